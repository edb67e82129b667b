import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CancelBookingForm } from "@/components/booking/cancel-booking-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageLinks } from "@/components/ui/page-links";
import { requestedCohortId, requireRole } from "@/lib/auth/session";
import { getMeetingsByPairAndWeek, getUpcomingCohortBookings } from "@/lib/booking/queries";
import { hrefWith } from "@/lib/cohorts/url";
import { clock } from "@/lib/clock";
import { requestFormatter } from "@/lib/i18n/server";
import { addLocalDays, localDate, localToDbDate } from "@/lib/time";

export async function generateMetadata() {
  const tm = await getTranslations("meetings.coordinator");
  return { title: tm("metaTitle") };
}

/** Bookings listed per page in "Booked in the next two weeks" (of the first 200 the query reads). */
const BOOKINGS_PER_PAGE = 25;

/** The Monday of the week of a local day "YYYY-MM-DD". */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addLocalDays(day, -((weekday + 6) % 7));
}

/**
 * Face-to-face meetings per pair, one week at a time (issue 17, item 3: the page no longer holds
 * eight weeks of every pair twice, a phone list and a table), and the bookings of the next two
 * weeks in pages of 25, each with its cancel form.
 */
export default async function CoordinatorMeetingsPage({
  searchParams,
}: {
  searchParams: Promise<{ week?: string; booked?: string }>;
}) {
  const { actor } = await requireRole("COORDINATOR", "/coordinator/meetings");
  const sp = await searchParams;
  const [data, upcoming, cohortParam] = await Promise.all([
    getMeetingsByPairAndWeek(actor),
    getUpcomingCohortBookings(actor),
    requestedCohortId(),
  ]);
  const t = await getTranslations("meetings.coordinator");
  if (!data) return <EmptyState title={t("notAvailable")} />;
  const tz = data.timeZone;
  const f = await requestFormatter(tz);
  const thisWeek = mondayOf(localDate(clock(), tz));
  // the window: four weeks back and four ahead (the query's), each week a link
  const weeks = Array.from({ length: 9 }, (_, i) => addLocalDays(thisWeek, (i - 4) * 7));
  const week = weeks.find((w) => w === sp.week) ?? thisWeek;
  const rows = data.rows.filter((r) => r.week === week);
  const quiet = data.pairs.filter((p) => !rows.some((r) => r.pairId === p.id));
  const quietList = f.list([
    ...quiet.slice(0, 30).map((p) => p.label),
    ...(quiet.length > 30 ? [t("quietMore", { more: quiet.length - 30 })] : []),
  ]);
  const href = (params: Record<string, string>) => hrefWith("/coordinator/meetings", params, cohortParam);
  const weekLabel = (w: string) => f.day(localToDbDate(w));
  const bookings = upcoming ?? [];
  const bookedPages = Math.max(1, Math.ceil(bookings.length / BOOKINGS_PER_PAGE));
  const bookedPage = Math.min(Math.max(1, Math.floor(Number(sp.booked) || 1)), bookedPages);
  const shownBookings = bookings.slice((bookedPage - 1) * BOOKINGS_PER_PAGE, bookedPage * BOOKINGS_PER_PAGE);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro", { zone: tz })} />
      <nav aria-label={t("weeks")} className="mb-4 flex flex-wrap gap-2 text-sm">
        {weeks.map((w) => (
          <Link
            key={w}
            href={href({ week: w === thisWeek ? "" : w })}
            aria-current={w === week ? "page" : undefined}
            className={`inline-flex min-h-11 items-center rounded-lg border px-3 ${
              w === week ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 hover:bg-stone-100"
            }`}
          >
            {w === thisWeek ? t("thisWeek", { day: weekLabel(w) }) : weekLabel(w)}
          </Link>
        ))}
      </nav>
      <Card aria-labelledby="week-heading">
        <CardHeader
          id="week-heading"
          title={t("weekOf", { day: weekLabel(week) })}
          description={t("offered", { offered: rows.length, count: data.pairs.length })}
        />
        {rows.length === 0 ? (
          <EmptyState title={t("noMeetings")}>{t("noMeetingsBody")}</EmptyState>
        ) : (
          <DataTable
            caption={t("caption", { day: weekLabel(week) })}
            rows={rows}
            rowKey={(r) => r.pairId}
            minWidth="min-w-[36rem]"
            columns={[
              { key: "pair", header: t("col.pair"), rowHeader: true, cell: (r) => r.label },
              { key: "slots", header: t("col.slots"), numeric: true, cell: (r) => f.number(r.slots) },
              { key: "seats", header: t("col.seats"), numeric: true, cell: (r) => f.number(r.seats) },
              { key: "booked", header: t("col.booked"), numeric: true, cell: (r) => f.number(r.booked) },
              { key: "attended", header: t("col.attended"), numeric: true, cell: (r) => f.number(r.attended) },
              { key: "noShow", header: t("col.noShow"), numeric: true, cell: (r) => f.number(r.noShow) },
              { key: "cancelled", header: t("col.cancelled"), numeric: true, cell: (r) => f.number(r.cancelled) },
            ]}
          />
        )}
        {quiet.length > 0 && rows.length > 0 ? (
          <p className="mt-3 text-sm text-stone-600">{t("quiet", { pairs: quietList })}</p>
        ) : null}
      </Card>
      <Card aria-labelledby="upcoming-heading" className="mt-6">
        <CardHeader id="upcoming-heading" title={t("upcoming")} description={t("upcomingIntro")} />
        {shownBookings.length === 0 ? (
          <EmptyState title={t("noUpcoming")} />
        ) : (
          <ul className="divide-y divide-stone-100" aria-label={t("bookedList")}>
            {shownBookings.map((b) => (
              <li key={b.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div>
                  <p className="font-medium text-stone-900">
                    {t("bookingWhen", { when: f.range(b.startsAt, b.endsAt), mentee: b.menteeName })}
                  </p>
                  <p className="text-sm text-stone-600">
                    {t("bookingWith", { pair: b.pairLabel, mentor: b.mentorName, place: b.place })}{" "}
                    {b.insideNotice ? <Badge tone="warning">{t("insideNotice")}</Badge> : null}
                  </p>
                </div>
                <CancelBookingForm bookingId={b.id} label={t("cancelFor")} needsOverride={b.insideNotice} />
              </li>
            ))}
          </ul>
        )}
        {bookings.length >= 200 ? <p className="mt-3 text-sm text-stone-600">{t("first200", { count: 200 })}</p> : null}
        <PageLinks
          page={bookedPage}
          pages={bookedPages}
          label={t("pages")}
          href={(n) =>
            href({ week: sp.week && weeks.includes(sp.week) ? sp.week : "", booked: n > 1 ? String(n) : "" })
          }
        />
      </Card>
    </>
  );
}
