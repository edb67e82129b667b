import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarFeed } from "@/components/booking/calendar-feed";
import { CancelBookingForm } from "@/components/booking/cancel-booking-form";
import { CreateSlotsForm } from "@/components/booking/create-slots-form";
import { CancelSlotForm, MarkAttendanceForm } from "@/components/booking/slot-actions";
import { Arrow } from "@/components/ui/arrow";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { clock } from "@/lib/clock";
import { STATUS_TONE } from "@/lib/booking/display";
import { getPairWeek } from "@/lib/booking/queries";
import { suggestSlotDefaults, WEEKS_SHOWN, weekDays, weekStart } from "@/lib/booking/rules";
import { hasCalendarFeed } from "@/lib/calendar/feed";
import { requestFormatter } from "@/lib/i18n/server";
import { addLocalDays, dbDateToLocal, localDate, startOfLocalDay } from "@/lib/time";

export async function generateMetadata() {
  const tm = await getTranslations("meetings.availability");
  return { title: tm("title") };
}

/**
 * The pair's opening times, four weeks at a time from the week asked for (this week by default),
 * so times opened for the coming weeks are in view without paging (decision 124).
 */
export default async function AvailabilityPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const { actor, membership, viewer } = await requireRole("MENTOR", "/mentor/availability");
  const t = await getTranslations("meetings");
  const tz = membership.cohort.timeZone;
  const { week } = await searchParams;
  const now = clock();
  const first =
    week && /^\d{4}-\d{2}-\d{2}$/.test(week) ? weekStart(startOfLocalDay(week, tz), tz) : weekStart(now, tz);
  const [data, feed] = await Promise.all([getPairWeek(actor, first, WEEKS_SHOWN), hasCalendarFeed(viewer.user.id)]);
  if (!data) {
    return (
      <>
        <PageHeader title={t("availability.title")} />
        <EmptyState title={t("availability.notPublished")}>{t("availability.notPublishedBody")}</EmptyState>
      </>
    );
  }
  const f = await requestFormatter(tz);
  const today = localDate(now, tz);
  const startsOn = dbDateToLocal(data.cohortStartsOn);
  const endsOn = dbDateToLocal(data.cohortEndsOn);
  const minDate = today > startsOn ? today : startsOn;
  const defaults = suggestSlotDefaults({
    now,
    timeZone: tz,
    last: data.lastMine,
    cohortStartsOn: startsOn,
    cohortEndsOn: endsOn,
  });
  const dayLabel = (day: string) => f.dateLong(startOfLocalDay(day, tz));
  const range = (a: Date, b: Date) => `${f.time(a)}–${f.time(b)}`;
  const mondays = Array.from({ length: WEEKS_SHOWN }, (_, i) => addLocalDays(first, 7 * i));
  const open = data.slots.filter((s) => !s.cancelled);
  const booked = data.slots.reduce((n, s) => n + s.bookings.filter((b) => b.status !== "CANCELLED").length, 0);
  return (
    <>
      <PageHeader
        title={t("availability.title")}
        description={t("availability.intro", { zone: tz.replace("_", " ") })}
        action={
          <a href="#open-heading" className={buttonClass("primary", "lg:hidden")}>
            {t("open.label")}
          </a>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="weeks-heading" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="weeks-heading" className="text-lg font-semibold text-stone-900">
              {t("availability.weeksFrom", { from: dayLabel(first) })}
            </h2>
            <nav aria-label={t("availability.weeksNav")} className="flex gap-2">
              <Link
                className={buttonClass("secondary")}
                href={`/mentor/availability?week=${addLocalDays(first, -7 * WEEKS_SHOWN)}`}
              >
                <Arrow to="back" /> {t("availability.earlier")}
              </Link>
              <Link
                className={buttonClass("secondary")}
                href={`/mentor/availability?week=${addLocalDays(first, 7 * WEEKS_SHOWN)}`}
              >
                {t("availability.later")} <Arrow to="forward" />
              </Link>
            </nav>
          </div>
          <p className="text-sm text-stone-600">
            {t("availability.summary", { weeks: WEEKS_SHOWN, times: open.length, bookings: booked })}
          </p>
          {mondays.map((monday) => {
            const inWeek = data.slots.filter((s) => {
              const d = localDate(s.startsAt, tz);
              return d >= monday && d < addLocalDays(monday, 7);
            });
            const days = weekDays(monday);
            return (
              <section
                key={monday}
                id={`week-${monday}`}
                aria-labelledby={`week-${monday}-heading`}
                className="scroll-mt-24 space-y-3"
              >
                <h3
                  id={`week-${monday}-heading`}
                  className="border-b border-stone-200 pb-1 text-base font-semibold text-stone-900"
                >
                  {t("availability.weekOf", { day: dayLabel(monday) })}
                  <span className="ms-2 text-sm font-normal text-stone-600">
                    {t("availability.weekCount", { count: inWeek.filter((s) => !s.cancelled).length })}
                  </span>
                </h3>
                {inWeek.length === 0 ? (
                  <p className="text-sm text-stone-600">{t("availability.noTimes")}</p>
                ) : (
                  days.map((day) => {
                    const daySlots = inWeek.filter((s) => localDate(s.startsAt, tz) === day);
                    if (daySlots.length === 0) return null;
                    return (
                      <section key={day} aria-label={dayLabel(day)}>
                        <h4 className="mb-2 text-sm font-semibold tracking-wide text-stone-600 uppercase">
                          {day === today ? t("availability.today", { day: dayLabel(day) }) : dayLabel(day)}
                        </h4>
                        <ul className="space-y-3">
                          {daySlots.map((s) => {
                            const active = s.bookings.filter((b) => b.status !== "CANCELLED");
                            const time = range(s.startsAt, s.endsAt);
                            return (
                              <li
                                key={s.id}
                                className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-xs"
                              >
                                <div className="flex flex-wrap items-start justify-between gap-2">
                                  <div>
                                    <p className="font-semibold text-stone-900">
                                      {time} · <bdi>{s.place}</bdi>
                                    </p>
                                    <p className="text-sm text-stone-600">
                                      {t("availability.offeredBy", { kind: s.kind, name: s.mentorName })}
                                    </p>
                                  </div>
                                  {s.cancelled ? (
                                    <Badge tone="neutral">{t("status.CANCELLED")}</Badge>
                                  ) : (
                                    <Badge tone={s.seatsLeft === 0 ? "success" : "brand"}>
                                      {t("availability.seats", {
                                        booked: active.length,
                                        capacity: s.capacity,
                                        left: s.seatsLeft,
                                      })}
                                    </Badge>
                                  )}
                                </div>
                                {s.cancelled && s.cancelReason ? (
                                  <p className="text-sm text-stone-600">
                                    {t("availability.cancelledBecause")} <bdi>{s.cancelReason}</bdi>
                                  </p>
                                ) : null}
                                {s.bookings.length > 0 ? (
                                  <ul
                                    className="space-y-2"
                                    aria-label={t("availability.bookingsAt", { time, day: dayLabel(day) })}
                                  >
                                    {s.bookings.map((b) => (
                                      <li key={b.id} className="space-y-1 rounded-lg bg-stone-50 p-2">
                                        <div className="flex flex-wrap items-center justify-between gap-2">
                                          <span className="flex flex-wrap items-center gap-2">
                                            <span className="font-medium text-stone-900">
                                              <bdi>{b.menteeName}</bdi>
                                            </span>
                                            <Badge tone={STATUS_TONE[b.status]}>{t(`status.${b.status}`)}</Badge>
                                            {b.overridden ? (
                                              <Badge tone="warning">{t("availability.insideNotice")}</Badge>
                                            ) : null}
                                          </span>
                                          {b.status === "BOOKED" && s.started ? (
                                            <MarkAttendanceForm bookingId={b.id} menteeName={b.menteeName} />
                                          ) : null}
                                          {b.status === "BOOKED" && !s.started ? (
                                            <CancelBookingForm
                                              bookingId={b.id}
                                              label={t("availability.cancelBooking", { name: b.menteeName })}
                                              needsOverride={s.insideNotice}
                                            />
                                          ) : null}
                                        </div>
                                        {b.cancelReason ? (
                                          <p className="text-sm text-stone-600">
                                            {t("availability.reason")} <bdi>{b.cancelReason}</bdi>
                                          </p>
                                        ) : null}
                                      </li>
                                    ))}
                                  </ul>
                                ) : null}
                                {!s.cancelled && !s.started ? (
                                  <CancelSlotForm slotId={s.id} booked={active.length} />
                                ) : null}
                              </li>
                            );
                          })}
                        </ul>
                      </section>
                    );
                  })
                )}
              </section>
            );
          })}
        </section>
        <div className="space-y-6">
          <Card aria-labelledby="open-heading">
            <CardHeader id="open-heading" title={t("open.label")} description={t("open.intro")} />
            {defaults ? (
              <CreateSlotsForm
                defaults={defaults}
                minDate={minDate}
                maxDate={endsOn}
                groupSize={data.groupSize}
                timeZone={tz}
              />
            ) : (
              <p className="text-sm text-stone-600">{t("open.ended")}</p>
            )}
          </Card>
          <Card aria-labelledby="feed-heading">
            <CardHeader id="feed-heading" title={t("mine.calendar")} />
            <CalendarFeed active={feed} />
          </Card>
        </div>
      </div>
    </>
  );
}
