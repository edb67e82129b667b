import { CalendarFeed } from "@/components/booking/calendar-feed";
import { CancelBookingForm } from "@/components/booking/cancel-booking-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatDayLong, formatTimeRange, noticeLabel, STATUS_LABEL, STATUS_TONE } from "@/lib/booking/display";
import { getMyMeetings } from "@/lib/booking/queries";
import { hasCalendarFeed } from "@/lib/calendar/feed";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "My meetings" };

export default async function MyMeetingsPage() {
  const { actor, viewer } = await requireRole("MENTEE", "/mentee/meetings");
  const [data, feed] = await Promise.all([getMyMeetings(actor), hasCalendarFeed(viewer.user.id)]);
  if (!data) {
    return (
      <>
        <PageHeader title="My meetings" />
        <EmptyState title="No meetings yet" />
      </>
    );
  }
  const tz = data.timeZone;
  return (
    <>
      <PageHeader
        title="My meetings"
        description={`Face-to-face meetings with your mentors, in ${tz} time. Cancel or move a meeting up to ${noticeLabel(data.noticeHours).replace(" notice", "")} before it starts.`}
        action={<ButtonLink href="/mentee/book">Book a meeting</ButtonLink>}
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card aria-labelledby="upcoming-heading">
            <CardHeader id="upcoming-heading" title="Upcoming" />
            {data.upcoming.length === 0 ? (
              <EmptyState title="No upcoming meetings">Book a time your mentors have opened.</EmptyState>
            ) : (
              <ul className="space-y-4" aria-label="Upcoming meetings">
                {data.upcoming.map((m) => (
                  <li key={m.id} className="space-y-3 rounded-lg border border-stone-200 p-4">
                    <div>
                      <p className="font-semibold text-stone-900">
                        {formatDayLong(m.startsAt, tz)}, {formatTimeRange(m.startsAt, m.endsAt, tz)}
                      </p>
                      <p className="text-sm text-stone-600">
                        {m.kind === "GROUP" ? "Group meeting" : "One-to-one"} with {m.mentorName} · {m.place}
                      </p>
                      {!m.canChange ? (
                        <p className="mt-1 text-sm text-amber-800">
                          Inside the notice period since {formatDateTime(m.changeDeadline, tz)}: only your mentors can
                          cancel it now.
                        </p>
                      ) : null}
                    </div>
                    <div className="flex flex-wrap items-start gap-2">
                      <a href={`/api/calendar/booking/${m.id}`} download className={buttonClass("secondary")}>
                        Add to calendar (.ics)
                      </a>
                      {m.canChange ? (
                        <ButtonLink href={`/mentee/book?reschedule=${m.id}`} variant="secondary">
                          Move to another time
                        </ButtonLink>
                      ) : null}
                      <CancelBookingForm bookingId={m.id} label="Cancel meeting" />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card aria-labelledby="past-heading">
            <CardHeader id="past-heading" title="Past and cancelled" />
            {data.past.length === 0 ? (
              <EmptyState title="Nothing here yet" />
            ) : (
              <ul className="divide-y divide-stone-100" aria-label="Past and cancelled meetings">
                {data.past.map((m) => (
                  <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                    <div>
                      <p className="font-medium text-stone-900">{formatDateTime(m.startsAt, tz)}</p>
                      <p className="text-sm text-stone-600">
                        {m.mentorName} · {m.place}
                      </p>
                    </div>
                    <Badge tone={STATUS_TONE[m.status]}>
                      {m.status === "BOOKED" ? "Not recorded yet" : STATUS_LABEL[m.status]}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <Card aria-labelledby="feed-heading">
          <CardHeader id="feed-heading" title="Calendar" />
          <CalendarFeed active={feed} />
        </Card>
      </div>
    </>
  );
}
