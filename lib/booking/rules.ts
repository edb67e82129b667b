/**
 * Face-to-face meetings: the programme's booking rules. Pure: no Prisma, no next/*.
 * The actions (lib/booking/actions.ts) call these under row locks, so the answer they give is
 * the answer the database keeps; the migration 20261123130500_booking_integrity backs them.
 */
import { addLocalDays, localDate, zonedToUtc } from "../time";

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
  | { ok: false; field: "date" | "time" | "weeks" | "durationMinutes"; message: string };

/**
 * The slots of a one-off or weekly plan. Each week keeps the same LOCAL wall-clock time, so a
 * series crossing a DST change stays at 17:00 in the cohort's zone (its UTC time moves by an
 * hour). Weeks after the cohort's last day are dropped (and counted); a start before now or
 * outside the cohort's dates is refused.
 */
export function planSlots(plan: SlotPlan, now: Date): SlotPlanResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(plan.date)) return { ok: false, field: "date", message: "Choose a date." };
  if (!/^\d{2}:\d{2}$/.test(plan.time)) return { ok: false, field: "time", message: "Choose a start time." };
  if (plan.weeks < 1 || plan.weeks > MAX_WEEKS) {
    return { ok: false, field: "weeks", message: `Repeat for 1 to ${MAX_WEEKS} weeks.` };
  }
  if (plan.durationMinutes < 15 || plan.durationMinutes > 240) {
    return { ok: false, field: "durationMinutes", message: "A meeting lasts between 15 minutes and 4 hours." };
  }
  if (plan.date < plan.cohortStartsOn || plan.date > plan.cohortEndsOn) {
    return { ok: false, field: "date", message: "Choose a date within the programme's dates." };
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
    return { ok: false, field: "time", message: "That time has passed: choose a time in the future." };
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

// ---------------------------------------------------------------- booking

export interface SlotFacts extends Interval {
  capacity: number;
  cancelledAt: Date | null;
}

export type BookingDecision =
  | { kind: "book" }
  | { kind: "already-booked" } // the same booking submitted twice: one booking
  | { kind: "refused"; reason: "cancelled" | "past" | "full" | "overlap"; message: string };

export const SLOT_TAKEN = "That slot was just taken.";

/**
 * May this mentee take a seat in this slot? `seatsTaken`: other active bookings of the slot;
 * `ownActive`: the mentee already holds a seat in it; `overlapping`: the mentee holds another
 * booked meeting at an overlapping time. Booking needs only a start in the future: the
 * minimum notice limits cancelling and rescheduling (issue 5), and the page warns first.
 */
export function decideBooking(f: {
  slot: SlotFacts;
  seatsTaken: number;
  ownActive: boolean;
  overlapping: boolean;
  now: Date;
}): BookingDecision {
  if (f.ownActive) return { kind: "already-booked" };
  if (f.slot.cancelledAt)
    return { kind: "refused", reason: "cancelled", message: "This time was cancelled by your mentor." };
  if (f.slot.startsAt.getTime() <= f.now.getTime())
    return { kind: "refused", reason: "past", message: "This time has already started." };
  if (f.seatsTaken >= f.slot.capacity) return { kind: "refused", reason: "full", message: SLOT_TAKEN };
  if (f.overlapping) {
    return {
      kind: "refused",
      reason: "overlap",
      message: "You already have a meeting at that time. Cancel or reschedule it first.",
    };
  }
  return { kind: "book" };
}

export function seatsLeft(capacity: number, seatsTaken: number): number {
  return Math.max(0, capacity - seatsTaken);
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

export function noticeMessage(noticeHours: number): string {
  const span =
    noticeHours % 24 === 0 && noticeHours > 0
      ? `${noticeHours / 24} day${noticeHours === 24 ? "" : "s"}`
      : `${noticeHours} hours`;
  return `Meetings can be cancelled or moved up to ${span} before they start. Please contact your mentors directly; they can cancel it for you.`;
}

export type CancelDecision =
  | { kind: "cancel"; override: boolean }
  | { kind: "refused"; field?: "overrideReason"; message: string };

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
  if (f.status !== "BOOKED") return { kind: "refused", message: "This meeting is no longer booked." };
  if (f.startsAt.getTime() <= f.now.getTime()) return { kind: "refused", message: "This meeting has already started." };
  if (!insideNotice(f.startsAt, f.now, f.noticeHours)) return { kind: "cancel", override: false };
  if (f.by === "mentee") return { kind: "refused", message: noticeMessage(f.noticeHours) };
  if (!f.overrideReason?.trim()) {
    return {
      kind: "refused",
      field: "overrideReason",
      message: `This meeting starts within ${f.noticeHours} hours: say why you are cancelling it anyway.`,
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
}): { ok: true } | { ok: false; message: string } {
  if (f.status !== "BOOKED") {
    return {
      ok: false,
      message: f.status === "CANCELLED" ? "This booking was cancelled." : "Attendance is already recorded.",
    };
  }
  if (f.startsAt.getTime() > f.now.getTime())
    return { ok: false, message: "Attendance can be recorded once the meeting has started." };
  return { ok: true };
}

// ---------------------------------------------------------------- the state machine

export type BookingEvent = "cancel" | "reschedule-away" | "mark-attended" | "mark-no-show";

/** The booking's status after an event, or null when the event is not allowed from here. */
export function nextStatus(status: BookingStatus, event: BookingEvent): BookingStatus | null {
  if (status !== "BOOKED") return null; // CANCELLED, ATTENDED and NO_SHOW are final
  switch (event) {
    case "cancel":
    case "reschedule-away":
      return "CANCELLED";
    case "mark-attended":
      return "ATTENDED";
    case "mark-no-show":
      return "NO_SHOW";
  }
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
