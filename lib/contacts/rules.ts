/**
 * Contact rules: the contact cadence (who is due, who is overdue), compliance, and what a
 * contact log may say. Pure: no Prisma, no next/*. Every page, the reminders job and the
 * coordinator's views use these functions, so they can never disagree.
 *
 * Days are the cohort's local calendar days ("YYYY-MM-DD" in its IANA zone, lib/time.ts);
 * an instant becomes a day with localDate(), so DST changes never shift a due date.
 * docs/decisions/009-contact-cadence.md explains the choices.
 */
import { addLocalDays, localDate, localDaysBetween } from "../time";
import { MAX_CONTACT_MINUTES } from "./schemas";

export interface CadenceCohort {
  /** local dates, inclusive */
  startsOn: string;
  endsOn: string;
  timeZone: string;
  firstIntervalDays: number;
  lastIntervalDays: number;
}

/** A period without expected contact (exam block, holiday): local dates, inclusive. */
export interface PausedPeriodDays {
  startsOn: string;
  endsOn: string;
}

export type CadenceStatus =
  | { kind: "on_track"; nextDueOn: string; daysLeft: number }
  | { kind: "due_today"; nextDueOn: string }
  | { kind: "overdue"; nextDueOn: string; daysOverdue: number }
  /** The next contact would fall after the cohort's last day: nothing more is expected. */
  | { kind: "complete"; nextDueOn: null };

export interface Cadence {
  status: CadenceStatus;
  /** the interval (days) in force at the last contact (or at the start) */
  intervalDays: number;
  /** the day the clock started from: the last completed contact's day, or the cohort's start */
  anchorOn: string;
}

const maxDay = (a: string, b: string) => (a > b ? a : b);

const minDay = (a: string, b: string) => (a < b ? a : b);

export function isPaused(day: string, paused: readonly PausedPeriodDays[]): boolean {
  return paused.some((p) => day >= p.startsOn && day <= p.endsOn);
}

/** Days in (from, to] that are not paused: the days the cadence clock runs on. */
export function activeDaysBetween(from: string, to: string, paused: readonly PausedPeriodDays[]): number {
  if (to <= from) return 0;
  let n = localDaysBetween(from, to);
  for (const p of paused) {
    const s = maxDay(p.startsOn, addLocalDays(from, 1));
    const e = minDay(p.endsOn, to);
    if (e >= s) n -= localDaysBetween(s, e) + 1;
  }
  return n;
}

/** The day that is `n` active (not paused) days after `from`; jumps over whole pauses. */
export function addActiveDays(from: string, n: number, paused: readonly PausedPeriodDays[]): string {
  let day = from;
  let left = n;
  for (;;) {
    const target = addLocalDays(day, left);
    // the earliest pause overlapping (day, target]
    let pause: PausedPeriodDays | undefined;
    for (const p of paused) {
      if (p.endsOn > day && p.startsOn <= target && (!pause || p.startsOn < pause.startsOn)) pause = p;
    }
    if (!pause) return target;
    // the active days before the pause count; then the clock resumes after it
    left -= Math.max(0, localDaysBetween(day, pause.startsOn) - 1);
    day = pause.endsOn;
  }
}

/**
 * The expected interval between contacts on a given day: linear from firstIntervalDays on the
 * cohort's first day to lastIntervalDays on its last day (rounded to whole days).
 */
export function intervalOn(cohort: CadenceCohort, day: string): number {
  const span = localDaysBetween(cohort.startsOn, cohort.endsOn);
  const into = localDaysBetween(cohort.startsOn, day);
  const f = span <= 0 ? 1 : Math.min(1, Math.max(0, into / span));
  return Math.max(1, Math.round(cohort.firstIntervalDays + (cohort.lastIntervalDays - cohort.firstIntervalDays) * f));
}

/** The next due day after a contact on `anchorOn` (null: after the cohort's last day). */
export function nextDueAfter(
  cohort: CadenceCohort,
  anchorOn: string,
  paused: readonly PausedPeriodDays[],
): string | null {
  const due = addActiveDays(anchorOn, intervalOn(cohort, anchorOn), paused);
  return due > cohort.endsOn ? null : due;
}

/**
 * THE cadence rule: a mentee's next due date and status.
 * - lastContactAt: the latest COMPLETED contact with this mentee by either mentor of the pair
 *   (a whole-group contact counts for every mentee of the group; NO_ANSWER never counts);
 *   null when there has been none (the clock starts on the cohort's first day).
 * - The clock stops during paused periods: paused days count neither towards the interval
 *   nor towards the days overdue.
 * - A next contact that would fall after the cohort's last day is not expected ("complete").
 */
export function contactCadence(input: {
  cohort: CadenceCohort;
  paused: readonly PausedPeriodDays[];
  /** an instant, or already a local day ("YYYY-MM-DD") */
  lastContactAt: Date | string | null;
  now: Date;
}): Cadence {
  const { cohort, paused, lastContactAt, now } = input;
  const today = localDate(now, cohort.timeZone);
  const lastDay =
    lastContactAt === null
      ? null
      : typeof lastContactAt === "string"
        ? lastContactAt
        : localDate(lastContactAt, cohort.timeZone);
  const anchorOn = lastDay && lastDay > cohort.startsOn ? lastDay : cohort.startsOn;
  const intervalDays = intervalOn(cohort, anchorOn);
  const due = nextDueAfter(cohort, anchorOn, paused);
  if (due === null) return { status: { kind: "complete", nextDueOn: null }, intervalDays, anchorOn };
  if (today < due) {
    return {
      status: { kind: "on_track", nextDueOn: due, daysLeft: localDaysBetween(today, due) },
      intervalDays,
      anchorOn,
    };
  }
  if (today === due) return { status: { kind: "due_today", nextDueOn: due }, intervalDays, anchorOn };
  // Paused days do not add to the days overdue (a contact missed just before an exam block stays
  // "overdue by 1" through the block); nor do days after the cohort's end.
  const daysOverdue = Math.max(1, activeDaysBetween(due, minDay(today, cohort.endsOn), paused));
  return { status: { kind: "overdue", nextDueOn: due, daysOverdue }, intervalDays, anchorOn };
}

/** Sort key: overdue first (most overdue first), then due today, then soonest due; complete last. */
export function urgency(status: CadenceStatus): number {
  switch (status.kind) {
    case "overdue":
      return -1000 - status.daysOverdue;
    case "due_today":
      return -500;
    case "on_track":
      return status.daysLeft;
    case "complete":
      return 100_000;
  }
}

export function statusLabel(status: CadenceStatus): string {
  switch (status.kind) {
    case "overdue":
      return `Overdue by ${status.daysOverdue} day${status.daysOverdue === 1 ? "" : "s"}`;
    case "due_today":
      return "Due today";
    case "on_track":
      return "On track";
    case "complete":
      return "No more contacts due";
  }
}

/** One expected contact: the day it was due by (or, after the last due day, the day it came) and whether it came in time. */
export interface ExpectedContact {
  dueOn: string;
  onTime: boolean;
}

/**
 * The expected contacts so far, in order: walks the mentee's completed contact days with the
 * cadence; each due date that has come is one expected contact, on time if a contact happened on
 * or before it. A currently overdue contact counts as late; one not yet due does not count. A
 * contact after nothing more was due counts as on time (on its own day).
 */
export function expectedContacts(input: {
  cohort: CadenceCohort;
  paused: readonly PausedPeriodDays[];
  /** local days of completed contacts with this mentee, any order, duplicates allowed */
  contactDays: readonly string[];
  now: Date;
}): ExpectedContact[] {
  const { cohort, paused, now } = input;
  const today = minDay(localDate(now, cohort.timeZone), cohort.endsOn);
  const days = [...new Set(input.contactDays)].filter((d) => d > cohort.startsOn && d <= today).sort();
  const out: ExpectedContact[] = [];
  let anchor = cohort.startsOn;
  let i = 0;
  for (;;) {
    const due = nextDueAfter(cohort, anchor, paused);
    // the next contact after the anchor
    while (i < days.length && days[i] <= anchor) i++;
    const next = i < days.length ? days[i] : null;
    if (next === null) {
      if (due !== null && due < today) out.push({ dueOn: due, onTime: false });
      break;
    }
    if (due === null) out.push({ dueOn: next, onTime: true });
    else out.push({ dueOn: due, onTime: next <= due });
    anchor = next;
  }
  return out;
}

/** Compliance: the share of due contacts so far that happened on time (see expectedContacts). */
export function contactCompliance(input: {
  cohort: CadenceCohort;
  paused: readonly PausedPeriodDays[];
  /** local days of completed contacts with this mentee, any order, duplicates allowed */
  contactDays: readonly string[];
  now: Date;
}): { onTime: number; late: number; share: number | null } {
  const expected = expectedContacts(input);
  const onTime = expected.filter((e) => e.onTime).length;
  const late = expected.length - onTime;
  const total = onTime + late;
  return { onTime, late, share: total === 0 ? null : onTime / total };
}

// ---------------------------------------------------------------- what a contact log may say

export { MAX_CONTACT_MINUTES };
/** Clock skew allowed for "now" from a phone. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** A contact happened in the past and inside the cohort (its local days). Returns a message key or null. */
export function contactTimeProblem(cohort: CadenceCohort, occurredAt: Date, now: Date): string | null {
  if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return "contacts.errors.future";
  const day = localDate(occurredAt, cohort.timeZone);
  if (day < cohort.startsOn) return "contacts.errors.beforeStart";
  if (day > cohort.endsOn) return "contacts.errors.afterEnd";
  return null;
}

/** Minutes: none for an unanswered call; otherwise optional and within a sane range. */
export function contactMinutesProblem(outcome: "COMPLETED" | "NO_ANSWER", minutes: number | null): string | null {
  if (minutes === null) return null;
  if (outcome === "NO_ANSWER" && minutes > 0) return "contacts.errors.noDuration";
  if (minutes < 1 || minutes > MAX_CONTACT_MINUTES) return "contacts.errors.minutesRange";
  return null;
}

/** Only a call (phone or video) can go unanswered. */
export function contactOutcomeProblem(outcome: "COMPLETED" | "NO_ANSWER", channel: string): string | null {
  if (outcome === "NO_ANSWER" && channel !== "PHONE" && channel !== "VIDEO") return "contacts.errors.onlyCall";
  return null;
}

/** A follow-up date lies between the contact's day and the cohort's last day (local dates). */
export function followUpProblem(followUpOn: string | null, contactDay: string, cohortEndsOn: string): string | null {
  if (!followUpOn) return null;
  if (followUpOn < contactDay) return "contacts.errors.followUpBefore";
  if (followUpOn > cohortEndsOn) return "contacts.errors.followUpAfterEnd";
  return null;
}

// ---------------------------------------------------------------- the cadence, told to a mentor

/**
 * What a mentor reads about the cadence for one mentee ("calls every 10 days now; every 3 weeks
 * from March"): the interval in force for the next contact, the interval it tapers to and the first
 * day that one is in force, and a pause in progress or coming. Pure; the page words it
 * (cadenceSentence) through the catalog.
 */
export interface CadenceSummary {
  kind: "running" | "paused" | "complete";
  /** the interval (days) the next contact is due in */
  nowDays: number;
  /** the interval at the cohort's end (the taper's target) */
  endDays: number;
  /** the first day from which a contact starts the end interval; null if already in force or no change */
  endFrom: string | null;
  /** the pause the cohort is in today (kind "paused"), or the next one to come */
  pause: PausedPeriodDays | null;
}

export function cadenceSummary(input: {
  cohort: CadenceCohort;
  paused: readonly PausedPeriodDays[];
  cadence: Cadence;
  now: Date;
}): CadenceSummary {
  const { cohort, paused, cadence, now } = input;
  const today = localDate(now, cohort.timeZone);
  const endDays = Math.max(1, cohort.lastIntervalDays);
  const current = [...paused].sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
  const inPause = current.find((p) => today >= p.startsOn && today <= p.endsOn) ?? null;
  const nextPause = current.find((p) => p.startsOn > today && p.startsOn <= cohort.endsOn) ?? null;
  // the interval grows (or shrinks) step by step; the first day on which it is the end interval
  let endFrom: string | null = null;
  const from = maxDay(today, cohort.startsOn);
  if (intervalOn(cohort, from) !== endDays && from <= cohort.endsOn) {
    // binary search on the days of the cohort: intervalOn is monotone in the day
    let lo = 0;
    let hi = localDaysBetween(from, cohort.endsOn);
    const grows = endDays > intervalOn(cohort, from);
    const reached = (d: string) => (grows ? intervalOn(cohort, d) >= endDays : intervalOn(cohort, d) <= endDays);
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (reached(addLocalDays(from, mid))) hi = mid;
      else lo = mid + 1;
    }
    endFrom = addLocalDays(from, lo);
  }
  if (cadence.status.kind === "complete" || today > cohort.endsOn) {
    return { kind: "complete", nowDays: cadence.intervalDays, endDays, endFrom: null, pause: null };
  }
  return {
    kind: inPause ? "paused" : "running",
    nowDays: cadence.intervalDays,
    endDays,
    endFrom,
    pause: inPause ?? nextPause,
  };
}
