/**
 * Programme sessions (issue 12): who is in a session's audience, when an RSVP or a cancellation is
 * still possible, where an RSVP goes (a seat or the waitlist), whom a freed seat promotes, the
 * weekly inter-mentor series, attendance and feedback. Pure: no Prisma, no next/*, no clock.
 * Decisions: docs/decisions/080-sessions-rsvp-and-waitlist.md, 081-minutes-privacy.md.
 */
import { nextPlace, type Place } from "../places";
import type { MsgDescriptor } from "../i18n/msg";
import { msg } from "../i18n/msg";
import { addLocalDays, localDate, zonedToUtc } from "../time";

export const SESSION_KINDS = ["ROLE_MODEL", "INTER_MENTOR", "BRIEFING", "TRAINING"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const AUDIENCES = ["EVERYONE", "MENTORS", "MENTEES"] as const;
export type Audience = (typeof AUDIENCES)[number];
export type AttendeeRole = "MENTOR" | "MENTEE";

/** Attendance statuses: an RSVP (going, waiting, not going) and, once taken, the attendance. */
export type AttendanceStatus = "REGISTERED" | "WAITLISTED" | "ATTENDED" | "EXCUSED" | "ABSENT" | "CANCELLED";
/** What the person taking attendance taps: present / excused / absent. */
export const MARKS = ["ATTENDED", "EXCUSED", "ABSENT"] as const;
export type Mark = (typeof MARKS)[number];

/** Kinds whose attendees may rate the session afterwards. */
export const FEEDBACK_KINDS: readonly SessionKind[] = ["ROLE_MODEL", "BRIEFING", "TRAINING"];
/** Fewer answers than this: the speaker and the coordinator see "not enough answers yet". */
export const MIN_FEEDBACK_ANSWERS = 3;
/** How long before the start attendance may be taken (people arrive early). */
export const ATTENDANCE_OPENS_MINUTES = 60;

// i18n-keys: sessions.errors.*
const err = (key: string, values?: Record<string, string | number>): MsgDescriptor =>
  msg(`sessions.errors.${key}`, values);

/** Inter-mentor sessions are for mentors only, whatever was chosen. */
export function effectiveAudience(kind: SessionKind, audience: Audience): Audience {
  return kind === "INTER_MENTOR" ? "MENTORS" : audience;
}

/** Is a person in this role invited to a session for this audience? */
export function inAudience(audience: Audience, role: AttendeeRole): boolean {
  if (audience === "EVERYONE") return true;
  return audience === "MENTORS" ? role === "MENTOR" : role === "MENTEE";
}

/** The roles a session for this audience invites (the RSVP's role, the attendance list). */
export function audienceRoles(audience: Audience): AttendeeRole[] {
  return audience === "EVERYONE" ? ["MENTOR", "MENTEE"] : audience === "MENTORS" ? ["MENTOR"] : ["MENTEE"];
}

export interface SessionFacts {
  kind: SessionKind;
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
  audience: Audience;
}

/** Why this person cannot say "going" (or "not going") now; null: they can. */
export function rsvpProblem(s: SessionFacts, role: AttendeeRole | null, now: Date): MsgDescriptor | null {
  if (!role || !inAudience(effectiveAudience(s.kind, s.audience), role)) return err("notInAudience");
  if (s.cancelledAt) return err("cancelled");
  if (now.getTime() >= s.startsAt.getTime()) return err("started");
  return null;
}

/** Where a "going" goes: a seat, else the end of the waitlist (it has no limit). */
export function rsvpPlace(f: { capacity: number | null; taken: number; waiting: number }): Place {
  return nextPlace({ ...f, waitlist: Infinity });
}

/** The state an RSVP row ends in after "going": a seat is REGISTERED, the waitlist WAITLISTED. */
export function statusForPlace(place: Place): "REGISTERED" | "WAITLISTED" {
  return place.kind === "seat" ? "REGISTERED" : "WAITLISTED";
}

export interface Holder {
  id: string;
  status: AttendanceStatus;
  registeredAt: Date;
}

/**
 * The waitlist promotion rule: after a seat frees up, the first waiting arrivals (first come,
 * first served: registeredAt, then id) take the free seats. Returns the ids to promote, in order.
 */
export function promotions(capacity: number | null, holders: readonly Holder[]): string[] {
  const seats = holders.filter((h) => h.status === "REGISTERED" || h.status === "ATTENDED").length;
  const waiting = holders
    .filter((h) => h.status === "WAITLISTED")
    .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const free = capacity === null ? waiting.length : Math.max(0, capacity - seats);
  return waiting.slice(0, free).map((h) => h.id);
}

/** A person's position on the waitlist (1 = next in line), from the holders in arrival order. */
export function waitlistPosition(holders: readonly Holder[], id: string): number | null {
  const waiting = holders
    .filter((h) => h.status === "WAITLISTED")
    .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || (a.id < b.id ? -1 : 1));
  const i = waiting.findIndex((h) => h.id === id);
  return i < 0 ? null : i + 1;
}

/** May attendance be taken now? From an hour before the start; never for a cancelled session. */
export function attendanceProblem(s: Pick<SessionFacts, "startsAt" | "cancelledAt">, now: Date): MsgDescriptor | null {
  if (s.cancelledAt) return err("cancelled");
  if (now.getTime() < s.startsAt.getTime() - ATTENDANCE_OPENS_MINUTES * 60_000) return err("attendanceNotYet");
  return null;
}

/** May the session still be edited or cancelled? Not once it has ended, nor when cancelled. */
export function editProblem(s: Pick<SessionFacts, "endsAt" | "cancelledAt">, now: Date): MsgDescriptor | null {
  if (s.cancelledAt) return err("cancelled");
  if (now.getTime() >= s.endsAt.getTime()) return err("ended");
  return null;
}

/** Start and end in order, the end the same day or later, not in the past for a new session. */
export function timesProblem(startsAt: Date, endsAt: Date, now: Date): { field: string; msg: MsgDescriptor } | null {
  if (endsAt.getTime() <= startsAt.getTime()) return { field: "endTime", msg: err("endBeforeStart") };
  if (endsAt.getTime() - startsAt.getTime() > 12 * 3_600_000) return { field: "endTime", msg: err("tooLong") };
  if (startsAt.getTime() < now.getTime()) return { field: "date", msg: err("inThePast") };
  return null;
}

/** The training modules a workshop may cover: only the cohort's own, at least one. */
export function trainingModulesProblem(kind: SessionKind, modules: string[], cohortModules: readonly string[]) {
  if (kind !== "TRAINING") return null;
  if (modules.length === 0) return err("trainingModulesRequired");
  if (modules.some((m) => !cohortModules.includes(m))) return err("trainingModuleUnknown");
  return null;
}

/** A training workshop: the modules each present mentor completes by attending it. */
export function trainingCompletions(kind: SessionKind, modules: readonly string[], mark: Mark, role: string): string[] {
  return kind === "TRAINING" && mark === "ATTENDED" && role === "MENTOR" ? [...modules] : [];
}

// ---------------------------------------------------------------- the weekly series

export interface PausedDays {
  /** local dates, inclusive */
  startsOn: string;
  endsOn: string;
}

/**
 * The occurrences of a weekly inter-mentor series: every week on the weekday of `firstDay`, from
 * `firstDay` to `lastDay` (local dates, inclusive), at the same wall-clock time in the cohort's
 * zone (so a DST change keeps 18:30 at 18:30), skipping days inside a paused period.
 */
export function weeklyOccurrences(f: {
  firstDay: string;
  lastDay: string;
  startTime: string; // "18:30"
  minutes: number;
  timeZone: string;
  paused: readonly PausedDays[];
}): { day: string; startsAt: Date; endsAt: Date }[] {
  const out: { day: string; startsAt: Date; endsAt: Date }[] = [];
  for (let day = f.firstDay; day <= f.lastDay; day = addLocalDays(day, 7)) {
    if (f.paused.some((p) => p.startsOn <= day && day <= p.endsOn)) continue;
    const startsAt = zonedToUtc(`${day}T${f.startTime}`, f.timeZone);
    out.push({ day, startsAt, endsAt: new Date(startsAt.getTime() + f.minutes * 60_000) });
    if (out.length > 60) break; // a year of weeks is the most a cohort has
  }
  return out;
}

/** The local calendar date of an instant (for comparisons with paused periods). */
export const sessionDay = localDate;

// ---------------------------------------------------------------- feedback

/** Why this person cannot leave feedback; null: they can (once, after the end, having attended). */
export function feedbackProblem(
  s: Pick<SessionFacts, "kind" | "endsAt" | "cancelledAt">,
  attendance: AttendanceStatus | null,
  already: boolean,
  now: Date,
): MsgDescriptor | null {
  if (!FEEDBACK_KINDS.includes(s.kind)) return err("noFeedbackForKind");
  if (s.cancelledAt) return err("cancelled");
  if (now.getTime() < s.endsAt.getTime()) return err("feedbackNotYet");
  if (attendance !== "ATTENDED") return err("feedbackOnlyAttendees");
  if (already) return err("feedbackAlready");
  return null;
}

export type FeedbackSummary =
  | { kind: "tooFew"; count: number; needed: number }
  | { kind: "shown"; count: number; average: number; comments: string[] };

/**
 * The minimum-answers rule: the average, the count and the comments (no names), only once at least
 * MIN_FEEDBACK_ANSWERS people answered; below that only how many answered. Comments are sorted so
 * their order says nothing about who wrote them.
 */
export function feedbackSummary(
  answers: readonly { rating: number; comment: string | null }[],
  min = MIN_FEEDBACK_ANSWERS,
): FeedbackSummary {
  if (answers.length < min) return { kind: "tooFew", count: answers.length, needed: min };
  const average = Math.round((answers.reduce((n, a) => n + a.rating, 0) / answers.length) * 10) / 10;
  const comments = answers
    .map((a) => a.comment?.trim() ?? "")
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b));
  return { kind: "shown", count: answers.length, average, comments };
}

// ---------------------------------------------------------------- attendance rates

/**
 * A mentor who missed `n` inter-mentor sessions in a row (the most recent past ones, oldest first
 * in `marks`) is flagged. Excused counts as missed for this purpose? No: excused is not a miss.
 */
export function missedInARow(marks: readonly (AttendanceStatus | null)[], n = 3): boolean {
  let run = 0;
  for (const m of marks) {
    run = m === "ATTENDED" || m === "EXCUSED" ? 0 : run + 1;
  }
  return run >= n;
}

/** Attendance rate: present among those marked (null when nobody was marked). */
export function attendanceRate(marks: readonly (AttendanceStatus | null)[]): number | null {
  const marked = marks.filter((m) => m === "ATTENDED" || m === "EXCUSED" || m === "ABSENT");
  if (marked.length === 0) return null;
  return marked.filter((m) => m === "ATTENDED").length / marked.length;
}
