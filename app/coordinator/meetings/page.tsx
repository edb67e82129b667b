import Link from "next/link";
import { CancelBookingForm } from "@/components/booking/cancel-booking-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageLinks } from "@/components/ui/page-links";
import { requestedCohortId, requireRole } from "@/lib/auth/session";
import { formatTimeRange } from "@/lib/booking/display";
import { getMeetingsByPairAndWeek, getUpcomingCohortBookings } from "@/lib/booking/queries";
import { COHORT_PARAM } from "@/lib/cohorts/url";
import { clock } from "@/lib/clock";
import { formatDate, formatDay } from "@/lib/format";
import { addLocalDays, localDate, localToDbDate } from "@/lib/time";

export const metadata = { title: "Meetings" };

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
  if (!data) return <EmptyState title="Not available" />;
  const tz = data.timeZone;
  const thisWeek = mondayOf(localDate(clock(), tz));
  // the window: four weeks back and four ahead (the query's), each week a link
  const weeks = Array.from({ length: 9 }, (_, i) => addLocalDays(thisWeek, (i - 4) * 7));
  const week = weeks.find((w) => w === sp.week) ?? thisWeek;
  const rows = data.rows.filter((r) => r.week === week);
  const quiet = data.pairs.filter((p) => !rows.some((r) => r.pairId === p.id));
  const href = (params: Record<string, string>) => {
    const q = new URLSearchParams(
      Object.entries({ [COHORT_PARAM]: cohortParam ?? "", ...params }).filter(([, v]) => v),
    ).toString();
    return q ? `/coordinator/meetings?${q}` : "/coordinator/meetings";
  };
  const weekLabel = (w: string) => formatDay(localToDbDate(w));
  const bookings = upcoming ?? [];
  const bookedPages = Math.max(1, Math.ceil(bookings.length / BOOKINGS_PER_PAGE));
  const bookedPage = Math.min(Math.max(1, Math.floor(Number(sp.booked) || 1)), bookedPages);
  const shownBookings = bookings.slice((bookedPage - 1) * BOOKINGS_PER_PAGE, bookedPage * BOOKINGS_PER_PAGE);
  return (
    <>
      <PageHeader
        title="Face-to-face meetings"
        description={`Times offered and booked per mentor pair, one week at a time, four weeks back and four ahead (weeks start on Monday, ${tz} time).`}
      />
      <nav aria-label="Weeks" className="mb-4 flex flex-wrap gap-2 text-sm">
        {weeks.map((w) => (
          <Link
            key={w}
            href={href({ week: w === thisWeek ? "" : w })}
            aria-current={w === week ? "page" : undefined}
            className={`inline-flex min-h-11 items-center rounded-lg border px-3 ${
              w === week ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 hover:bg-stone-100"
            }`}
          >
            {w === thisWeek ? `This week (${weekLabel(w)})` : weekLabel(w)}
          </Link>
        ))}
      </nav>
      <Card aria-labelledby="week-heading">
        <CardHeader
          id="week-heading"
          title={`Week of ${weekLabel(week)}`}
          description={`${rows.length} of ${data.pairs.length} pairs offered times.`}
        />
        {rows.length === 0 ? (
          <EmptyState title="No meetings this week">Mentors open times from their Availability page.</EmptyState>
        ) : (
          <DataTable
            caption={`Meetings per pair in the week of ${weekLabel(week)}`}
            rows={rows}
            rowKey={(r) => r.pairId}
            minWidth="min-w-[36rem]"
            columns={[
              { key: "pair", header: "Pair", rowHeader: true, cell: (r) => r.label },
              { key: "slots", header: "Times", numeric: true, cell: (r) => r.slots },
              { key: "seats", header: "Seats", numeric: true, cell: (r) => r.seats },
              { key: "booked", header: "Booked", numeric: true, cell: (r) => r.booked },
              { key: "attended", header: "Attended", numeric: true, cell: (r) => r.attended },
              { key: "noShow", header: "Did not come", numeric: true, cell: (r) => r.noShow },
              { key: "cancelled", header: "Cancelled", numeric: true, cell: (r) => r.cancelled },
            ]}
          />
        )}
        {quiet.length > 0 && rows.length > 0 ? (
          <p className="mt-3 text-sm text-stone-600">
            No times offered:{" "}
            {quiet
              .slice(0, 30)
              .map((p) => p.label)
              .join(", ")}
            {quiet.length > 30 ? ` and ${quiet.length - 30} more` : ""}.
          </p>
        ) : null}
      </Card>
      <Card aria-labelledby="upcoming-heading" className="mt-6">
        <CardHeader
          id="upcoming-heading"
          title="Booked in the next two weeks"
          description="Cancel a meeting for someone when needed. Inside the notice period you must give a reason; it is recorded with your name."
        />
        {shownBookings.length === 0 ? (
          <EmptyState title="No meetings booked in the next two weeks" />
        ) : (
          <ul className="divide-y divide-stone-100" aria-label="Booked meetings">
            {shownBookings.map((b) => (
              <li key={b.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div>
                  <p className="font-medium text-stone-900">
                    {formatDate(b.startsAt, tz)}, {formatTimeRange(b.startsAt, b.endsAt, tz)} · {b.menteeName}
                  </p>
                  <p className="text-sm text-stone-600">
                    {b.pairLabel} · with {b.mentorName} · {b.place}{" "}
                    {b.insideNotice ? <Badge tone="warning">Inside notice</Badge> : null}
                  </p>
                </div>
                <CancelBookingForm bookingId={b.id} label="Cancel for them" needsOverride={b.insideNotice} />
              </li>
            ))}
          </ul>
        )}
        {bookings.length >= 200 ? (
          <p className="mt-3 text-sm text-stone-600">The first 200 bookings of the next two weeks.</p>
        ) : null}
        <PageLinks
          page={bookedPage}
          pages={bookedPages}
          label="Pages of booked meetings"
          href={(n) =>
            href({ week: sp.week && weeks.includes(sp.week) ? sp.week : "", booked: n > 1 ? String(n) : "" })
          }
        />
      </Card>
    </>
  );
}
