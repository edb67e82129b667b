import Link from "next/link";
import { CalendarFeed } from "@/components/booking/calendar-feed";
import { CancelBookingForm } from "@/components/booking/cancel-booking-form";
import { CreateSlotsForm } from "@/components/booking/create-slots-form";
import { CancelSlotForm, MarkAttendanceForm } from "@/components/booking/slot-actions";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { clock } from "@/lib/clock";
import { formatDayLong, formatTimeRange, STATUS_LABEL, STATUS_TONE } from "@/lib/booking/display";
import { getPairWeek } from "@/lib/booking/queries";
import { hasCalendarFeed } from "@/lib/calendar/feed";
import { weekDays, weekStart } from "@/lib/booking/rules";
import { addLocalDays, dbDateToLocal, localDate, startOfLocalDay } from "@/lib/time";

export const metadata = { title: "Availability" };

export default async function AvailabilityPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const { actor, membership, viewer } = await requireRole("MENTOR", "/mentor/availability");
  const tz = membership.cohort.timeZone;
  const { week } = await searchParams;
  const monday =
    week && /^\d{4}-\d{2}-\d{2}$/.test(week) ? weekStart(startOfLocalDay(week, tz), tz) : weekStart(clock(), tz);
  const [data, feed] = await Promise.all([getPairWeek(actor, monday), hasCalendarFeed(viewer.user.id)]);
  if (!data) {
    return (
      <>
        <PageHeader title="Availability" />
        <EmptyState title="Your group is not published yet">
          You can open times for your group once the coordinators publish pairs and groups.
        </EmptyState>
      </>
    );
  }
  const today = localDate(clock(), tz);
  const days = weekDays(monday);
  const startsOn = dbDateToLocal(data.cohortStartsOn);
  const endsOn = dbDateToLocal(data.cohortEndsOn);
  const minDate = today > startsOn ? today : startsOn;
  const booked = data.slots.reduce((n, s) => n + s.bookings.filter((b) => b.status !== "CANCELLED").length, 0);
  return (
    <>
      <PageHeader
        title="Availability"
        description={`Face-to-face times you and your co-mentor offer your group, in ${tz} time. Mentees book them from their phones; both of you see every booking.`}
        action={
          <a href="#open-heading" className={buttonClass("primary", "lg:hidden")}>
            Open new times
          </a>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="week-heading" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="week-heading" className="text-lg font-semibold text-stone-900">
              Week of {formatDayLong(startOfLocalDay(monday, tz), tz)}
            </h2>
            <nav aria-label="Weeks" className="flex gap-2">
              <Link className={buttonClass("secondary")} href={`/mentor/availability?week=${addLocalDays(monday, -7)}`}>
                ← Previous<span className="sr-only"> week</span>
              </Link>
              <Link className={buttonClass("secondary")} href={`/mentor/availability?week=${addLocalDays(monday, 7)}`}>
                Next<span className="sr-only"> week</span> →
              </Link>
            </nav>
          </div>
          <p className="text-sm text-stone-600">
            {data.slots.filter((s) => !s.cancelled).length} time(s) this week, {booked} booking(s).
          </p>
          {data.slots.length === 0 ? (
            <EmptyState title="No times this week">
              Open a time with the form; it appears here and on your mentees&apos; phones.
            </EmptyState>
          ) : (
            days.map((day) => {
              const daySlots = data.slots.filter((s) => localDate(s.startsAt, tz) === day);
              if (daySlots.length === 0) return null;
              return (
                <section key={day} aria-label={formatDayLong(startOfLocalDay(day, tz), tz)}>
                  <h3 className="mb-2 text-sm font-semibold tracking-wide text-stone-600 uppercase">
                    {formatDayLong(startOfLocalDay(day, tz), tz)}
                    {day === today ? " · today" : ""}
                  </h3>
                  <ul className="space-y-3">
                    {daySlots.map((s) => {
                      const active = s.bookings.filter((b) => b.status !== "CANCELLED");
                      return (
                        <li key={s.id} className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-xs">
                          <div className="flex flex-wrap items-start justify-between gap-2">
                            <div>
                              <p className="font-semibold text-stone-900">
                                {formatTimeRange(s.startsAt, s.endsAt, tz)} · {s.place}
                              </p>
                              <p className="text-sm text-stone-600">
                                {s.kind === "GROUP" ? "Group meeting" : "One-to-one"} offered by {s.mentorName}
                              </p>
                            </div>
                            {s.cancelled ? (
                              <Badge tone="neutral">Cancelled</Badge>
                            ) : (
                              <Badge tone={s.seatsLeft === 0 ? "success" : "brand"}>
                                {active.length} of {s.capacity} booked · {s.seatsLeft} free
                              </Badge>
                            )}
                          </div>
                          {s.cancelled && s.cancelReason ? (
                            <p className="text-sm text-stone-600">Cancelled: {s.cancelReason}</p>
                          ) : null}
                          {s.bookings.length > 0 ? (
                            <ul
                              className="space-y-2"
                              aria-label={`Bookings at ${formatTimeRange(s.startsAt, s.endsAt, tz)}`}
                            >
                              {s.bookings.map((b) => (
                                <li
                                  key={b.id}
                                  className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-stone-50 p-2"
                                >
                                  <span className="flex flex-wrap items-center gap-2">
                                    <span className="font-medium text-stone-900">{b.menteeName}</span>
                                    <Badge tone={STATUS_TONE[b.status]}>{STATUS_LABEL[b.status]}</Badge>
                                    {b.overridden ? <Badge tone="warning">Cancelled inside notice</Badge> : null}
                                  </span>
                                  {b.status === "BOOKED" && s.started ? (
                                    <MarkAttendanceForm bookingId={b.id} menteeName={b.menteeName} />
                                  ) : null}
                                  {b.status === "BOOKED" && !s.started ? (
                                    <CancelBookingForm
                                      bookingId={b.id}
                                      label={`Cancel ${b.menteeName}'s booking`}
                                      needsOverride={s.insideNotice}
                                    />
                                  ) : null}
                                </li>
                              ))}
                            </ul>
                          ) : null}
                          {!s.cancelled && !s.started ? <CancelSlotForm slotId={s.id} booked={active.length} /> : null}
                        </li>
                      );
                    })}
                  </ul>
                </section>
              );
            })
          )}
        </section>
        <div className="space-y-6">
          <Card aria-labelledby="open-heading">
            <CardHeader
              id="open-heading"
              title="Open new times"
              description="One-off or weekly. Times cannot overlap your other times."
            />
            <CreateSlotsForm
              defaultDate={minDate}
              minDate={minDate}
              maxDate={endsOn}
              groupSize={data.groupSize}
              timeZone={tz}
            />
          </Card>
          <Card aria-labelledby="feed-heading">
            <CardHeader id="feed-heading" title="Calendar" />
            <CalendarFeed active={feed} />
          </Card>
        </div>
      </div>
    </>
  );
}
