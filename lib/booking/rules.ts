/**
 * Face-to-face meetings: the programme's booking rules. Pure: no Prisma, no next/*.
 * The actions (lib/booking/actions.ts) call these under row locks, so the answer they give is
 * the answer the database keeps; the migration 20261123130500_booking_integrity backs them.
 */
import { msg, type MsgDescriptor } from "../i18n/msg";
import { addLocalDays, localDate, localDateTime, zonedToUtc } from "../time";

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** Where mentees and mentors met in the programmes (DOMAIN.md); free text, these are hints. */
export const PLACE_SUGGESTIONS = [
  "Dormitory study room",
  "Lecture room",
  "Campus cafe",
  "Library group study room",
  "Online (video link)",
] as const;

export const DURATIONS = [30, 45, 60, 90, 120] as const;
export const MAX_WEEKS = 30;

export type BookingStatus = "BOOKED" | "CANCELLED" | "ATTENDED" | "NO_SHOW";

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

/** Half-open intervals [start, end): back-to-back meetings do not overlap. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

export function minutesBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / MINUTE);
}

// ---------------------------------------------------------------- slot generation

export interface SlotPlan {
  /** Local date of the first slot in the cohort's zone, "YYYY-MM-DD". */
  date: string;
  /** Local wall-clock start, "HH:mm". */
  time: string;
  durationMinutes: number;
  /** 1 = a one-off slot; n = the same wall-clock time on n consecutive weeks. */
  weeks: number;
  timeZone: string;
  /** The cohort's first and last day ("YYYY-MM-DD", inclusive). */
  cohortStartsOn: string;
  cohortEndsOn: string;
}

export type SlotPlanResult =
  | { ok: true; slots: Interval[]; skippedAfterEnd: number }
  | { ok: false; field: "date" | "time" | "weeks" | "durationMinutes"; message: MsgDescriptor };

/**
 * The slots of a one-off or weekly plan. Each week keeps the same LOCAL wall-clock time, so a
 * series crossing a DST change stays at 17:00 in the cohort's zone (its UTC time moves by an
 * hour). Weeks after the cohort's last day are dropped (and counted); a start before now or
 * outside the cohort's dates is refused.
 */
export function planSlots(plan: SlotPlan, now: Date): SlotPlanResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(plan.date))
    return { ok: false, field: "date", message: msg("meetings.errors.chooseDate") };
  if (!/^\d{2}:\d{2}$/.test(plan.time)) return { ok: false, field: "time", message: msg("meetings.errors.chooseTime") };
  if (plan.weeks < 1 || plan.weeks > MAX_WEEKS) {
    return { ok: false, field: "weeks", message: msg("meetings.errors.weeks", { max: MAX_WEEKS }) };
  }
  if (plan.durationMinutes < 15 || plan.durationMinutes > 240) {
    return { ok: false, field: "durationMinutes", message: msg("meetings.errors.duration") };
  }
  if (plan.date < plan.cohortStartsOn || plan.date > plan.cohortEndsOn) {
    return { ok: false, field: "date", message: msg("meetings.errors.outsideProgramme") };
  }
  const slots: Interval[] = [];
  let skippedAfterEnd = 0;
  for (let w = 0; w < plan.weeks; w++) {
    const day = addLocalDays(plan.date, 7 * w);
    if (day > plan.cohortEndsOn) {
      skippedAfterEnd++;
      continue;
    }
    const startsAt = zonedToUtc(`${day}T${plan.time}`, plan.timeZone);
    slots.push({ startsAt, endsAt: new Date(startsAt.getTime() + plan.durationMinutes * MINUTE) });
  }
  if (slots[0].startsAt.getTime() <= now.getTime()) {
    return { ok: false, field: "time", message: msg("meetings.errors.timePassed") };
  }
  return { ok: true, slots, skippedAfterEnd };
}

/** The first of `candidates` that overlaps one of `existing` (another slot of the same mentor). */
export function firstOverlap<T extends Interval>(
  candidates: Interval[],
  existing: T[],
): { candidate: Interval; existing: T } | null {
  for (const c of candidates) {
    const hit = existing.find((e) => overlaps(c, e));
    if (hit) return { candidate: c, existing: hit };
  }
  return null;
}

// ---------------------------------------------------------------- availability: the one function

export interface SlotFacts extends Interval {
  id: string;
  capacity: number;
  cancelledAt: Date | null;
}

/** One of the mentee's meetings: a booking (not cancelled) with its slot's times. */
export interface HeldMeeting extends Interval {
  bookingId: string;
  slotId: string;
  status: BookingStatus;
}

export type SlotOffer =
  /** the mentee already holds a seat in it (the same booking submitted twice: one booking) */
  | { kind: "mine"; bookingId: string; seatsLeft: number }
  | { kind: "open"; seatsLeft: number }
  | {
      kind: "closed";
      reason: "cancelled" | "past" | "full" | "overlap";
      message: MsgDescriptor;
      seatsLeft: number;
      /** reason "overlap": the mentee's meeting it clashes with */
      clashWith?: HeldMeeting;
    };

/** A lost race (the action adds the next free time: meetings.errors.slotTaken). */
export const SLOT_TAKEN = msg("meetings.errors.slotTaken", { next: "none" });

export function seatsLeft(capacity: number, seatsTaken: number): number {
  return Math.max(0, capacity - seatsTaken);
}

/**
 * Is this slot open to this mentee? The one availability rule: the booking page shows its answer,
 * the engine applies it under the row locks (lib/booking/engine.ts), and nextFreeSlot offers the
 * first slot it calls open. The Booking_integrity trigger is the database's second line.
 *
 * `seatsTaken`: the slot's active bookings (any status but CANCELLED), the mentee's own included;
 * `mine`: the mentee's meetings (bookings that are not cancelled, with their slot's times); a
 * caller may pass only those near the slot. In order: a seat the mentee already holds; a
 * cancelled slot; a start that is not in the future (booking needs only that: the minimum notice
 * limits cancelling and moving, and the page warns first); no free seat; an overlap with another
 * BOOKED meeting of the mentee (half-open: back to back is fine).
 */
export function slotOffer(f: {
  slot: SlotFacts;
  seatsTaken: number;
  mine: readonly HeldMeeting[];
  now: Date;
}): SlotOffer {
  const { slot } = f;
  const left = seatsLeft(slot.capacity, f.seatsTaken);
  const own = f.mine.find((m) => m.slotId === slot.id && m.status !== "CANCELLED");
  if (own) return { kind: "mine", bookingId: own.bookingId, seatsLeft: left };
  if (slot.cancelledAt)
    return { kind: "closed", reason: "cancelled", message: msg("meetings.errors.slotCancelled"), seatsLeft: left };
  if (slot.startsAt.getTime() <= f.now.getTime())
    return { kind: "closed", reason: "past", message: msg("meetings.errors.slotStarted"), seatsLeft: left };
  if (left === 0) return { kind: "closed", reason: "full", message: SLOT_TAKEN, seatsLeft: left };
  const clash = f.mine.find((m) => m.slotId !== slot.id && m.status === "BOOKED" && overlaps(m, slot));
  if (clash) {
    return {
      kind: "closed",
      reason: "overlap",
      message: msg("meetings.errors.overlap"),
      seatsLeft: left,
      clashWith: clash,
    };
  }
  return { kind: "open", seatsLeft: left };
}

// ---------------------------------------------------------------- a mentor cancels a slot

/** A mentor may cancel an open time until it starts (booked mentees are told). */
export function decideCancelSlot(f: {
  cancelledAt: Date | null;
  startsAt: Date;
  now: Date;
}): { ok: true } | { ok: false; message: MsgDescriptor } {
  if (f.cancelledAt) return { ok: false, message: msg("meetings.errors.slotAlreadyCancelled") };
  if (f.startsAt.getTime() <= f.now.getTime()) return { ok: false, message: msg("meetings.errors.slotStarted") };
  return { ok: true };
}

// ---------------------------------------------------------------- notice, cancel, reschedule

/** The last moment a mentee may cancel or reschedule without an override. */
export function noticeDeadline(startsAt: Date, noticeHours: number): Date {
  return new Date(startsAt.getTime() - noticeHours * HOUR);
}

/** Inside the window, a mentee can no longer cancel or move the meeting themself. */
export function insideNotice(startsAt: Date, now: Date, noticeHours: number): boolean {
  return now.getTime() > noticeDeadline(startsAt, noticeHours).getTime();
}

/** "up to 2 days" when the notice is whole days, else "up to 36 hours" (meetings.errors.notice). */
export function noticeMessage(noticeHours: number): MsgDescriptor {
  const days = noticeHours % 24 === 0 && noticeHours > 0;
  return msg("meetings.errors.notice", { unit: days ? "days" : "hours", n: days ? noticeHours / 24 : noticeHours });
}

export type CancelDecision =
  | { kind: "cancel"; override: boolean }
  | { kind: "refused"; field?: "overrideReason"; message: MsgDescriptor };

/**
 * Who may cancel a booked meeting, when: the mentee up to the notice deadline; a mentor of the
 * pair or a coordinator at any time before it starts, but inside the notice window only with a
 * recorded reason (the override).
 */
export function decideCancel(f: {
  status: BookingStatus;
  startsAt: Date;
  now: Date;
  noticeHours: number;
  by: "mentee" | "staff";
  overrideReason?: string | null;
}): CancelDecision {
  if (f.status !== "BOOKED") return { kind: "refused", message: msg("meetings.errors.notBooked") };
  if (f.startsAt.getTime() <= f.now.getTime())
    return { kind: "refused", message: msg("meetings.errors.meetingStarted") };
  if (!insideNotice(f.startsAt, f.now, f.noticeHours)) return { kind: "cancel", override: false };
  if (f.by === "mentee") return { kind: "refused", message: noticeMessage(f.noticeHours) };
  if (!f.overrideReason?.trim()) {
    return {
      kind: "refused",
      field: "overrideReason",
      message: msg("meetings.errors.overrideReason", { hours: f.noticeHours }),
    };
  }
  return { kind: "cancel", override: true };
}

// ---------------------------------------------------------------- attendance

export type AttendanceMark = "ATTENDED" | "NO_SHOW";

export function decideMark(f: {
  status: BookingStatus;
  startsAt: Date;
  now: Date;
}): { ok: true } | { ok: false; message: MsgDescriptor } {
  if (f.status !== "BOOKED") {
    return {
      ok: false,
      message: msg(
        f.status === "CANCELLED" ? "meetings.errors.bookingCancelled" : "meetings.errors.attendanceRecorded",
      ),
    };
  }
  if (f.startsAt.getTime() > f.now.getTime()) return { ok: false, message: msg("meetings.errors.attendanceTooEarly") };
  return { ok: true };
}

// ---------------------------------------------------------------- weeks

/** Monday (local date) of the week containing `instant` in the zone. */
export function weekStart(instant: Date, tz: string): string {
  const day = localDate(instant, tz);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addLocalDays(day, -weekday);
}

/** The seven local dates of the week that starts on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addLocalDays(monday, i));
}

// ---------------------------------------------------------------- the form's defaults

/** Weeks the availability page lists at once (the one asked for and the ones after it). */
export const WEEKS_SHOWN = 4;

export const DEFAULT_START_TIME = "17:00";
export const DEFAULT_DURATION = 45;

/** What the mentor opened last (their habit), if anything. */
export interface LastOpened {
  startsAt: Date;
  endsAt: Date;
  place: string;
  kind: "INDIVIDUAL" | "GROUP";
  capacity: number;
}

export interface SlotDefaults {
  date: string;
  time: string;
  durationMinutes: number;
  place: string;
  kind: "INDIVIDUAL" | "GROUP";
  capacity: number | null;
}

/**
 * The form's starting values (decision 124): the time of day, length, place and kind of the time
 * the mentor opened last (17:00, 45 minutes, one-to-one at first), on the first day that time is
 * still at least an hour away (today before it, else the next day), never before the programme starts;
 * `null` when no such day is left before the programme ends.
 */
export function suggestSlotDefaults(f: {
  now: Date;
  timeZone: string;
  last: LastOpened | null;
  cohortStartsOn: string;
  cohortEndsOn: string;
}): SlotDefaults | null {
  const time = f.last ? localDateTime(f.last.startsAt, f.timeZone).slice(11, 16) : DEFAULT_START_TIME;
  const durationMinutes = f.last
    ? Math.round((f.last.endsAt.getTime() - f.last.startsAt.getTime()) / MINUTE)
    : DEFAULT_DURATION;
  const today = localDate(f.now, f.timeZone);
  let date = today > f.cohortStartsOn ? today : f.cohortStartsOn;
  // (at 23:30 a 00:00 start tomorrow is only half an hour away: the day after)
  while (zonedToUtc(`${date}T${time}`, f.timeZone).getTime() < f.now.getTime() + HOUR) date = addLocalDays(date, 1);
  if (date > f.cohortEndsOn) return null;
  return {
    date,
    time,
    durationMinutes: (DURATIONS as readonly number[]).includes(durationMinutes) ? durationMinutes : DEFAULT_DURATION,
    place: f.last?.place ?? "",
    kind: f.last?.kind ?? "INDIVIDUAL",
    capacity: f.last?.kind === "GROUP" ? f.last.capacity : null,
  };
}
