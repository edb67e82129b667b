/**
 * Cohort rules: status changes and roll-over. Pure: no Prisma, no next/*.
 */
import { addLocalDays, localDaysBetween } from "../time";

export type CohortStatus = "DRAFT" | "ACTIVE" | "CLOSED";

export interface SetupFacts {
  groupsPublished: boolean;
  pairs: number;
  assignedMentees: number;
}

/** Why a cohort may not move from `from` to `to` (null = allowed): a catalog key (messages/<locale>/cohorts.json). */
export function statusChangeProblem(from: CohortStatus, to: CohortStatus, facts: SetupFacts): string | null {
  if (from === "CLOSED") return "cohorts.errors.closed";
  if (from === to)
    return to === "ACTIVE"
      ? "cohorts.errors.alreadyActive"
      : to === "DRAFT"
        ? "cohorts.errors.alreadyDraft"
        : "cohorts.errors.alreadyClosed";
  if (from === "DRAFT" && to === "ACTIVE") {
    if (facts.pairs === 0 || facts.assignedMentees === 0) return "cohorts.errors.pairWithMentees";
    if (!facts.groupsPublished) return "cohorts.errors.publishFirst";
    return null;
  }
  if (from === "ACTIVE" && to === "CLOSED") return null;
  if (from === "DRAFT" && to === "CLOSED") return null; // abandoning a draft
  return "cohorts.errors.impossible";
}

/** Another cohort of the same coordinator that is active while they activate one. */
export interface ActiveCohort {
  id: string;
  name: string;
}

export type ActivationDecision =
  /** activate, closing these (the ones the coordinator confirmed) in the same transaction */
  | { kind: "activate"; close: string[] }
  /** the coordinator has not confirmed closing every one of these: ask (nothing changes) */
  | { kind: "confirm"; others: ActiveCohort[] };

/**
 * Activating a cohort while another the coordinator runs is still active (next year's draft
 * while this year runs): the others are closed with it, but only those the coordinator saw and
 * confirmed on the page; one that became active meanwhile, or none confirmed, asks again.
 * Closing is what "activate" means here: one active year per coordinator, so no page jumps
 * between two running years (decision 114).
 */
export function activationDecision(
  othersActive: ActiveCohort[],
  confirmedClose: readonly string[],
): ActivationDecision {
  const confirmed = new Set(confirmedClose);
  if (othersActive.some((o) => !confirmed.has(o.id))) return { kind: "confirm", others: othersActive };
  return { kind: "activate", close: othersActive.map((o) => o.id) };
}

/**
 * A bulk action on some selected records (accept these applicants): all of them or none. Every
 * selected id must still be one the action applies to (an applicant of this cohort, undecided);
 * otherwise nothing is written and the page is out of date. Duplicates count once.
 */
export function bulkSelectionProblem(
  selected: readonly string[],
  applicable: readonly string[],
): { key: "none" } | { key: "stale"; stale: number } | null {
  const wanted = new Set(selected);
  if (wanted.size === 0) return { key: "none" };
  const ok = new Set(applicable);
  const stale = [...wanted].filter((id) => !ok.has(id)).length;
  return stale > 0 ? { key: "stale", stale } : null;
}

/** A closed cohort is read-only for every action. */
export function editProblem(status: CohortStatus): string | null {
  return status === "CLOSED" ? "cohorts.errors.readOnly" : null;
}

/** Paused periods typed one per line: "Exam block, 2027-01-18, 2027-01-29". */
export interface PausedPeriodInput {
  label: string;
  startsOn: string;
  endsOn: string;
}

export function parsePausedPeriods(text: string): { periods: PausedPeriodInput[]; problems: string[] } {
  const periods: PausedPeriodInput[] = [];
  const problems: string[] = [];
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .forEach((line, i) => {
      const m = /^(.+?)[,;]\s*(\d{4}-\d{2}-\d{2})\s*(?:[,;]|to|–|-)\s*(\d{4}-\d{2}-\d{2})$/.exec(line);
      if (!m) {
        problems.push(`Line ${i + 1}: write "label, YYYY-MM-DD, YYYY-MM-DD".`);
        return;
      }
      const [, label, startsOn, endsOn] = m;
      if (!isRealDate(startsOn) || !isRealDate(endsOn)) problems.push(`Line ${i + 1}: that is not a real date.`);
      else if (endsOn < startsOn) problems.push(`Line ${i + 1}: the period ends before it starts.`);
      else periods.push({ label: label.trim().slice(0, 80), startsOn, endsOn });
    });
  return { periods, problems };
}

export function formatPausedPeriods(periods: PausedPeriodInput[]): string {
  return periods.map((p) => `${p.label}, ${p.startsOn}, ${p.endsOn}`).join("\n");
}

export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Roll-over: paused periods keep their place relative to the cohort start. */
export function shiftPausedPeriods(
  periods: PausedPeriodInput[],
  oldStart: string,
  newStart: string,
): PausedPeriodInput[] {
  const days = localDaysBetween(oldStart, newStart);
  return periods.map((p) => ({ ...p, startsOn: addLocalDays(p.startsOn, days), endsOn: addLocalDays(p.endsOn, days) }));
}

/** "2026-2027" -> "2027-2028"; anything else is returned unchanged. */
export function nextAcademicYear(year: string): string {
  const m = /^(\d{4})-(\d{4})$/.exec(year);
  return m ? `${Number(m[1]) + 1}-${Number(m[2]) + 1}` : year;
}

export const DEFAULT_AGREEMENT = [
  "What help is given: the preclinical mentor helps with first-year courses and exams; the clinical mentor with professional identity, ethics and why basic science matters in the clinic. Psychological, educational or financial matters are referred to the university's support centres.",
  "How and how often we meet: a call every week at the start, gradually every three weeks by the end; face-to-face meetings, individual or as a group, booked in the app.",
  "Contact etiquette: reply within two days, tell each other in advance when you cannot make it, and keep what is said in the group confidential.",
].join("\n\n");
