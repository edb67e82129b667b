import { getTranslations } from "next-intl/server";
import { BookingDone } from "@/components/booking/booking-done";
import { CalendarFeed } from "@/components/booking/calendar-feed";
import { CancelBookingForm } from "@/components/booking/cancel-booking-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { noticeSpan, STATUS_TONE } from "@/lib/booking/display";
import { getBookingDone, getMyMeetings } from "@/lib/booking/queries";
import { hasCalendarFeed } from "@/lib/calendar/feed";
import { requestFormatter } from "@/lib/i18n/server";

export async function generateMetadata() {
  const tm = await getTranslations("meetings.mine");
  return { title: tm("title") };
}

export default async function MyMeetingsPage({
  searchParams,
}: {
  searchParams: Promise<{ moved?: string; cancelled?: string }>;
}) {
  const { actor, viewer } = await requireRole("MENTEE", "/mentee/meetings");
  const t = await getTranslations("meetings");
  const { moved, cancelled } = await searchParams;
  const doneId = typeof moved === "string" ? moved : typeof cancelled === "string" ? cancelled : null;
  const [data, feed, done] = await Promise.all([
    getMyMeetings(actor),
    hasCalendarFeed(viewer.user.id),
    doneId ? getBookingDone(actor, doneId) : Promise.resolve(null),
  ]);
  if (!data) {
    return (
      <>
        <PageHeader title={t("mine.title")} />
        <EmptyState title={t("mine.none")} />
      </>
    );
  }
  const tz = data.timeZone;
  const f = await requestFormatter(tz);
  const notice = t("noticeSpan", noticeSpan(data.noticeHours));
  const when = (m: { startsAt: Date; endsAt: Date }) =>
    `${f.dateLong(m.startsAt)}, ${f.time(m.startsAt)}–${f.time(m.endsAt)}`;
  return (
    <>
      <PageHeader
        title={t("mine.title")}
        description={t("mine.intro", { zone: tz.replace("_", " "), notice })}
        action={<ButtonLink href="/mentee/book">{t("mine.book")}</ButtonLink>}
      />
      {done && moved ? (
        <BookingDone
          key={`moved-${done.id}`}
          message={t("done.moved", { when: f.dateTime(done.startsAt) })}
          calendarHint={t("done.movedCalendar")}
          icsHref={`/api/calendar/booking/${done.id}`}
          icsLabel={t("done.updatedIcs")}
        />
      ) : done && done.status === "CANCELLED" ? (
        <BookingDone
          key={`cancelled-${done.id}`}
          message={t("done.cancelled", { when: f.dateTime(done.startsAt) })}
          calendarHint={t("done.cancelledCalendar")}
          icsHref={`/api/calendar/booking/${done.id}`}
          icsLabel={t("done.cancelIcs")}
        />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card aria-labelledby="upcoming-heading">
            <CardHeader id="upcoming-heading" title={t("mine.upcoming")} />
            {data.upcoming.length === 0 ? (
              <EmptyState title={t("mine.noUpcoming")}>{t("mine.noUpcomingBody")}</EmptyState>
            ) : (
              <ul className="space-y-4" aria-label={t("mine.upcomingList")}>
                {data.upcoming.map((m) => (
                  <li key={m.id} className="space-y-3 rounded-lg border border-stone-200 p-4">
                    <div>
                      <p className="font-semibold text-stone-900">{when(m)}</p>
                      <p className="text-sm text-stone-600">
                        {t("list.with", { kind: m.kind, name: m.mentorName, place: m.place })}
                      </p>
                      {!m.canChange ? (
                        <p className="mt-1 text-sm text-amber-800">
                          {t("mine.insideNotice", { when: f.dateTime(m.changeDeadline) })}
                        </p>
                      ) : null}
                    </div>
                    <div className="flex flex-wrap items-start gap-2">
                      <a href={`/api/calendar/booking/${m.id}`} download className={buttonClass("secondary")}>
                        {t("mine.ics")}
                      </a>
                      {m.canChange ? (
                        <ButtonLink href={`/mentee/book?reschedule=${m.id}`} variant="secondary">
                          {t("mine.move")}
                        </ButtonLink>
                      ) : null}
                      <CancelBookingForm bookingId={m.id} label={t("mine.cancel")} doneHref="/mentee/meetings" />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card aria-labelledby="past-heading">
            <CardHeader id="past-heading" title={t("mine.past")} />
            {data.past.length === 0 ? (
              <EmptyState title={t("mine.nothing")} />
            ) : (
              <ul className="divide-y divide-stone-100" aria-label={t("mine.pastList")}>
                {data.past.map((m) => (
                  <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                    <div>
                      <p className="font-medium text-stone-900">{f.dateTime(m.startsAt)}</p>
                      <p className="text-sm text-stone-600">
                        <bdi>{m.mentorName}</bdi> · <bdi>{m.place}</bdi>
                      </p>
                    </div>
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={m.moved ? "neutral" : STATUS_TONE[m.status]}>
                        {m.moved
                          ? t("status.MOVED")
                          : m.status === "BOOKED"
                            ? t("status.NOT_RECORDED")
                            : t(`status.${m.status}`)}
                      </Badge>
                      {/* a moved meeting's file is its current version; a cancelled one's removes it */}
                      {m.moved ? null : (
                        <a
                          href={`/api/calendar/booking/${m.id}`}
                          download
                          className="text-brand-700 inline-flex min-h-11 items-center text-sm font-medium underline"
                        >
                          {t("mine.icsPast")}
                        </a>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <Card aria-labelledby="feed-heading">
          <CardHeader id="feed-heading" title={t("mine.calendar")} />
          <CalendarFeed active={feed} />
        </Card>
      </div>
    </>
  );
}
