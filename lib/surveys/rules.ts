/**
 * The surveys area's pure rules (issue 13): when a survey can be answered, who is asked which
 * item, what makes an answer valid, and the cell-size rules that keep answers anonymous.
 * No Prisma, no next/*, no clock: `now` comes in as an argument.
 */

export type SurveyRole = "MENTOR" | "MENTEE";
export type AudienceValue = "EVERYONE" | "MENTORS" | "MENTEES";
export type ItemKind = "LIKERT_5" | "TEXT" | "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "NUMBER";

/** Below this many answers a cell of a results table is suppressed (ARCHITECTURE.md: privacy). */
export const MIN_CELL = 5;
/** A mentor sees the feedback about themself once at least this many mentees answered (issue 13). */
export const MIN_FEEDBACK = 3;

export type SurveyPhase = "draft" | "scheduled" | "open" | "closed";

export interface SurveyWindow {
  draft: boolean;
  opensAt: Date;
  closesAt: Date;
}

export function surveyPhase(s: SurveyWindow, now: Date): SurveyPhase {
  if (s.draft) return "draft";
  if (now.getTime() < s.opensAt.getTime()) return "scheduled";
  if (now.getTime() >= s.closesAt.getTime()) return "closed";
  return "open";
}

export function audienceIncludes(audience: AudienceValue, role: SurveyRole): boolean {
  return audience === "EVERYONE" || (audience === "MENTORS" ? role === "MENTOR" : role === "MENTEE");
}

/** The items one respondent is asked: the survey's audience, then each item's own. */
export function itemsFor<T extends { audience: AudienceValue }>(items: readonly T[], role: SurveyRole): T[] {
  return items.filter((i) => audienceIncludes(i.audience, role));
}

/** Why the caller may not answer now (a catalog key), or null. */
export function answerProblem(
  s: SurveyWindow & { audience: AudienceValue },
  role: SurveyRole,
  now: Date,
): string | null {
  if (!audienceIncludes(s.audience, role)) return "surveys.errors.notForYou";
  const phase = surveyPhase(s, now);
  if (phase === "draft" || phase === "scheduled") return "surveys.errors.notOpenYet";
  if (phase === "closed") return "surveys.errors.closed";
  // a submitted response stays changeable until the window closes (issue 13)
  return null;
}

export function openProblem(s: SurveyWindow & { itemCount: number }, now: Date): string | null {
  if (!s.draft && surveyPhase(s, now) !== "scheduled") return "surveys.errors.alreadyOpen";
  if (s.itemCount === 0) return "surveys.errors.noItems";
  if (s.closesAt.getTime() <= now.getTime()) return "surveys.errors.closesInPast";
  return null;
}

export function closeProblem(s: SurveyWindow, now: Date): string | null {
  return surveyPhase(s, now) === "open" ? null : "surveys.errors.notOpen";
}

/**
 * New dates for a survey (decision 095), as instants (the first local day at 00:00, the day after
 * the last day at 00:00). A closed survey's dates are history; an open survey keeps its opening
 * (people have answered) and may close later or sooner, but not before now; a draft or scheduled
 * survey opens today at the earliest. The close is always after the opening.
 * Returns a catalog key and the field it is about, or null.
 */
export function rescheduleProblem(
  s: SurveyWindow,
  next: { opensAt: Date; closesAt: Date },
  now: Date,
  startOfToday: Date,
): { key: string; field: "opensOn" | "closesOn" | null } | null {
  const phase = surveyPhase(s, now);
  if (phase === "closed") return { key: "surveys.errors.alreadyClosed", field: null };
  const opensAt = phase === "open" ? s.opensAt : next.opensAt;
  if (phase !== "open" && opensAt.getTime() < startOfToday.getTime())
    return { key: "surveys.errors.opensInPast", field: "opensOn" };
  if (next.closesAt.getTime() <= now.getTime()) return { key: "surveys.errors.lastDayPast", field: "closesOn" };
  if (next.closesAt.getTime() <= opensAt.getTime())
    return { key: "surveys.errors.closesBeforeOpens", field: "closesOn" };
  return null;
}

// ---------------------------------------------------------------- semesters (decision 094)

/** The end-of-semester survey opens this many days before the semester's last day (its last week)… */
export const SEMESTER_SURVEY_OPENS_BEFORE_END = 6;
/** …and its last day is this many days after the semester's last day. */
export const SEMESTER_SURVEY_DAYS_AFTER_END = 14;

/** Local days ("YYYY-MM-DD"), inclusive. */
export interface DaySpan {
  startsOn: string;
  endsOn: string;
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The window of a semester's survey in local days: its first day and its last day (inclusive). */
export function semesterSurveyWindow(endsOn: string): { opensOn: string; lastDay: string } {
  return {
    opensOn: addDays(endsOn, -SEMESTER_SURVEY_OPENS_BEFORE_END),
    lastDay: addDays(endsOn, SEMESTER_SURVEY_DAYS_AFTER_END),
  };
}

/**
 * Is the end-of-semester survey due on this local day: inside its window and not made yet? A
 * job that missed the first days still opens it (the same closing day); after the window, never.
 */
export function semesterSurveyDue(semester: { endsOn: string; hasSurvey: boolean }, today: string): boolean {
  if (semester.hasSurvey) return false;
  const w = semesterSurveyWindow(semester.endsOn);
  return today >= w.opensOn && today <= w.lastDay;
}

/** A new semester: ends on or after its first day, inside the cohort's dates, overlapping no other. */
export function semesterProblem(
  s: DaySpan,
  cohort: DaySpan,
  others: readonly DaySpan[],
): { key: string; field: "startsOn" | "endsOn" } | null {
  if (s.endsOn < s.startsOn) return { key: "surveys.errors.semesterEndsBeforeStart", field: "endsOn" };
  if (s.startsOn < cohort.startsOn) return { key: "surveys.errors.semesterOutsideCohort", field: "startsOn" };
  if (s.endsOn > cohort.endsOn) return { key: "surveys.errors.semesterOutsideCohort", field: "endsOn" };
  if (others.some((o) => o.startsOn <= s.endsOn && s.startsOn <= o.endsOn))
    return { key: "surveys.errors.semesterOverlaps", field: "startsOn" };
  return null;
}

/** What one respondent sent for one item (strings from the form). */
export interface RawAnswer {
  value?: string;
  values?: string[];
}

export interface CleanAnswer {
  likert: number | null;
  text: string | null;
  number: number | null;
  choices: string[];
}

export interface ItemRule {
  id: string;
  kind: ItemKind;
  required: boolean;
  options: readonly string[];
}

export const MAX_TEXT = 2000;

/**
 * Checks and cleans the answers. `final`: a submit (required items must be answered); a draft
 * save accepts gaps. Returns the clean answers (only answered items) and the problems by item id.
 */
export function checkAnswers(
  items: readonly ItemRule[],
  raw: Readonly<Record<string, RawAnswer | undefined>>,
  final: boolean,
): { answers: Map<string, CleanAnswer>; problems: Record<string, string> } {
  const answers = new Map<string, CleanAnswer>();
  const problems: Record<string, string> = {};
  for (const item of items) {
    const r = raw[item.id] ?? {};
    const value = (r.value ?? "").trim();
    const values = (r.values ?? []).filter((v) => v !== "");
    const blank = item.kind === "MULTIPLE_CHOICE" ? values.length === 0 : value === "";
    if (blank) {
      if (final && item.required) problems[item.id] = "surveys.errors.required";
      continue;
    }
    const clean: CleanAnswer = { likert: null, text: null, number: null, choices: [] };
    switch (item.kind) {
      case "LIKERT_5": {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 5) problems[item.id] = "surveys.errors.likertRange";
        else clean.likert = n;
        break;
      }
      case "NUMBER": {
        const n = Number(value);
        if (!Number.isFinite(n) || Math.abs(n) > 1e9) problems[item.id] = "surveys.errors.number";
        else clean.number = n;
        break;
      }
      case "SINGLE_CHOICE":
        if (!item.options.includes(value)) problems[item.id] = "surveys.errors.choice";
        else clean.choices = [value];
        break;
      case "MULTIPLE_CHOICE":
        if (values.some((v) => !item.options.includes(v)) || new Set(values).size !== values.length)
          problems[item.id] = "surveys.errors.choice";
        else clean.choices = item.options.filter((o) => values.includes(o));
        break;
      case "TEXT":
        if (value.length > MAX_TEXT) problems[item.id] = "surveys.errors.textTooLong";
        else clean.text = value;
        break;
    }
    if (!problems[item.id]) answers.set(item.id, clean);
  }
  return { answers, problems };
}

/** A cell of a results table: shown only with at least MIN_CELL answers. */
export function cellShown(n: number): boolean {
  return n >= MIN_CELL;
}

/** A mentor's own feedback: shown once MIN_FEEDBACK mentees answered. */
export function feedbackShown(respondents: number): boolean {
  return respondents >= MIN_FEEDBACK;
}

/** Response rate as a fraction (null with nobody invited). */
export function responseRate(responded: number, invited: number): number | null {
  return invited > 0 ? responded / invited : null;
}

/** The results group of a respondent: their role, and for mentors their phase. */
export type ResultsGroup = "MENTOR" | "MENTEE" | "CLINICAL" | "PRECLINICAL";

export function groupsOf(role: SurveyRole, phase: "CLINICAL" | "PRECLINICAL" | null): ResultsGroup[] {
  return role === "MENTOR" ? ["MENTOR", ...(phase ? [phase] : [])] : ["MENTEE"];
}

type Phase = "CLINICAL" | "PRECLINICAL" | null;

/**
 * The groups one response counts in. A survey about mentors (mentees' feedback on each of their
 * mentors) is split by the phase of the mentor it is about: clinical vs preclinical mentors; any
 * other survey by the respondent's role and, for a mentor, their own phase. Cells of 5 either way.
 */
export function answerGroups(
  r: { role: SurveyRole; phase: Phase; subjectPhase: Phase },
  aboutMentors: boolean,
): ResultsGroup[] {
  if (!aboutMentors) return groupsOf(r.role, r.phase);
  return [r.role === "MENTOR" ? "MENTOR" : "MENTEE", ...(r.subjectPhase ? [r.subjectPhase] : [])];
}

/**
 * Order in which anonymous rows leave the app (CSV, free-text lists): by a random key, never by
 * submission time or name, so a row cannot be matched to a person by position.
 */
export function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.max(0, Math.floor(random() * (i + 1)))) || 0; // any random() stays in range
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** A respondent code for an anonymised export: R001, R002… in the shuffled order. */
export function respondentCode(index: number): string {
  return `R${String(index + 1).padStart(3, "0")}`;
}

/** CSV field quoting (RFC 4180), with a leading quote on values a spreadsheet would run as formulas. */
export function csvField(v: string | number | null): string {
  if (v === null) return "";
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** Reminders to those who have not answered: this many days after opening, and this many before the close. */
export const REMIND_AFTER_DAYS = 3;
export const REMIND_BEFORE_CLOSE_DAYS = 2;

/**
 * Which reminder is due now (1: a few days after opening, 2: shortly before the close), or null:
 * none before the first point, and none once the survey has closed (the stop on close). Each
 * reminder has its own dedupe key, so each is sent once per person however often the job runs.
 */
export function reminderDue(s: SurveyWindow, now: Date): 1 | 2 | null {
  if (surveyPhase(s, now) !== "open") return null;
  const DAY = 86_400_000;
  const t = now.getTime();
  if (
    t >= s.closesAt.getTime() - REMIND_BEFORE_CLOSE_DAYS * DAY &&
    s.closesAt.getTime() - s.opensAt.getTime() > 3 * DAY
  )
    return 2;
  if (t >= s.opensAt.getTime() + REMIND_AFTER_DAYS * DAY) return 1;
  return null;
}

// ---------------------------------------------------------------- results per pair (group)

/**
 * Are a survey's results split per pair (a group: its two mentors and their mentees)? Only when
 * its audience includes mentees and it is not feedback on mentors: a mentors-only survey has at
 * most two answers per pair (never a cell of MIN_CELL), and feedback on mentors per pair would
 * show the coordinator one pair's mentors (they see the programme level; decision 091).
 */
export function pairSplitApplies(s: { audience: AudienceValue; aboutMentors: boolean }): boolean {
  return !s.aboutMentors && s.audience !== "MENTORS";
}

/**
 * One item's answers per pair: each answer counts in its respondent's pair (a mentor's own pair, a
 * mentee's group); an answer whose respondent is in no pair counts in none. Every pair listed gets
 * its cell, in the order given; a cell with fewer than MIN_CELL answers (`shown`) has no values.
 */
export function valuesByPair<P extends { id: string }>(
  pairs: readonly P[],
  answers: readonly { pairId: string | null; value: number }[],
  shown: (n: number) => boolean = cellShown,
): { pair: P; values: number[] | null }[] {
  const by = new Map<string, number[]>();
  for (const a of answers) {
    if (a.pairId === null) continue;
    const list = by.get(a.pairId) ?? [];
    list.push(a.value);
    by.set(a.pairId, list);
  }
  return pairs.map((pair) => {
    const values = by.get(pair.id) ?? [];
    return { pair, values: shown(values.length) ? values : null };
  });
}
