/**
 * Who may apply to a cohort themselves (pure: no Prisma, no next/*).
 * - Only a cohort with applications open and not closed takes applications.
 * - One application per role and cohort (the unique (userId, cohortId, role) key decides races).
 * - Not mentor and mentee of the same cohort: an application or place in the other role blocks
 *   (a first-year CANDIDATE who was not drawn is not a mentee yet and may still apply).
 * - Coordinators, supervisors and role models of a cohort do not apply to it.
 * - A mentor's phase matches the year of study: preclinical years 2-3, clinical years 4-6.
 * - Voluntary mentees are first-year students.
 */
import type { Phase } from "../people/rules";

export type { Phase };
export type ApplyRole = "MENTOR" | "MENTEE";
export type MembershipStatus = "CANDIDATE" | "APPLIED" | "ACTIVE" | "DECLINED" | "WITHDRAWN";
export type Role = "COORDINATOR" | "SUPERVISOR" | "MENTOR" | "MENTEE" | "ROLE_MODEL";

export interface ApplyCohort {
  status: "DRAFT" | "ACTIVE" | "CLOSED";
  applicationsOpen: boolean;
}

export const PHASE_YEARS: Record<Phase, [number, number]> = { PRECLINICAL: [2, 3], CLINICAL: [4, 6] };
export const MENTEE_YEAR = 1;

export function cohortAcceptsApplications(c: ApplyCohort): boolean {
  return c.applicationsOpen && c.status !== "CLOSED";
}

/** A problem with the year and phase given on a mentor application, or null. */
export function phaseYearProblem(phase: Phase, year: number): string | null {
  const [min, max] = PHASE_YEARS[phase];
  if (year < min || year > max) {
    return phase === "PRECLINICAL"
      ? `Preclinical mentors are in year ${min} or ${max}.`
      : `Clinical mentors are in years ${min} to ${max}.`;
  }
  return null;
}

export interface ApplyCheck {
  cohort: ApplyCohort;
  role: ApplyRole;
  /** the applicant's memberships in this cohort */
  existing: { role: Role; status: MembershipStatus }[];
  yearOfStudy: number;
  phase?: Phase | null;
}

export type ApplyOutcome =
  | { ok: true; mode: "create" }
  /** a first-year candidate volunteers: their CANDIDATE membership becomes APPLIED */
  | { ok: true; mode: "volunteer" }
  | { ok: false; problem: string; field?: string };

export function applyDecision(c: ApplyCheck): ApplyOutcome {
  if (!cohortAcceptsApplications(c.cohort)) return { ok: false, problem: "This cohort is not taking applications." };
  if (c.existing.some((m) => m.role === "COORDINATOR" || m.role === "SUPERVISOR" || m.role === "ROLE_MODEL")) {
    return { ok: false, problem: "You already have a role in this cohort." };
  }
  const other: ApplyRole = c.role === "MENTOR" ? "MENTEE" : "MENTOR";
  if (c.existing.some((m) => m.role === other && (m.status === "APPLIED" || m.status === "ACTIVE"))) {
    return {
      ok: false,
      problem:
        c.role === "MENTOR"
          ? "You are a mentee (or applied to be one) in this cohort: you cannot also mentor in it."
          : "You mentor (or applied to mentor) in this cohort: you cannot also be mentored in it.",
    };
  }
  if (c.role === "MENTOR") {
    if (!c.phase) return { ok: false, problem: "Choose your phase.", field: "phase" };
    const p = phaseYearProblem(c.phase, c.yearOfStudy);
    if (p) return { ok: false, problem: p, field: "yearOfStudy" };
  } else if (c.yearOfStudy !== MENTEE_YEAR) {
    return { ok: false, problem: "Mentees are first-year students.", field: "yearOfStudy" };
  }
  const same = c.existing.find((m) => m.role === c.role);
  if (same) {
    if (c.role === "MENTEE" && same.status === "CANDIDATE") return { ok: true, mode: "volunteer" };
    return { ok: false, problem: "You have already applied." };
  }
  return { ok: true, mode: "create" };
}

/** An application can be withdrawn only while it is open (whose it is: the loader's scope). */
export function withdrawProblem(m: { status: MembershipStatus }): string | null {
  if (m.status !== "APPLIED") return "This application was already decided or withdrawn.";
  return null;
}

/** Languages typed as "German; English" or one per line: trimmed, de-duplicated, at most 8. */
export function parseLanguages(text: string): string[] {
  const seen = new Map<string, string>();
  for (const raw of text.split(/[;,\n]/)) {
    const l = raw.trim().replace(/\s+/g, " ");
    if (l && !seen.has(l.toLowerCase())) seen.set(l.toLowerCase(), l);
  }
  return [...seen.values()].slice(0, 8);
}
