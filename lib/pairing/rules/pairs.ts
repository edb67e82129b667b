/**
 * Mentor pairs: training, who may form a pair, suggested pairs, who may join a group, and when a
 * pair may be dissolved. Pure: no Prisma, no next/*, no clock, no module state.
 */
import type { Gender, Phase } from "../../people/rules";
import { sameLanguage } from "./grouping";

/** A mentor is trained when every module of the cohort is recorded as completed. */
export function isTrained(completedModules: readonly string[], cohortModules: readonly string[]): boolean {
  return cohortModules.every((m) => completedModules.includes(m));
}

/**
 * Why a training date cannot be recorded (null = it can): a calendar date "YYYY-MM-DD" that is not
 * after `today` (both in the cohort's time zone). Returns a catalog key.
 */
export function trainingDateProblem(day: string, today: string): string | null {
  if (day === "") return "cohorts.mentorsPage.errors.dateMissing";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1)
    return "cohorts.mentorsPage.errors.dateInvalid";
  if (day > today) return "cohorts.mentorsPage.errors.dateFuture";
  return null;
}

export interface PairCandidate {
  id: string;
  userId: string;
  phase: Phase;
  status: string;
}

/** Why these two mentors cannot form a pair (null = they can). */
export function pairProblem(clinical: PairCandidate | null, preclinical: PairCandidate | null): string | null {
  if (!clinical || !preclinical) return "Choose one clinical and one preclinical mentor of this cohort.";
  if (clinical.phase !== "CLINICAL") return "The first mentor must be in the clinical phase.";
  if (preclinical.phase !== "PRECLINICAL") return "The second mentor must be in the preclinical phase.";
  if (clinical.status !== "ACTIVE" || preclinical.status !== "ACTIVE") return "Only accepted mentors can form a pair.";
  if (clinical.userId === preclinical.userId) return "A pair needs two different people.";
  return null;
}

/** The next `n` free labels "Group 1", "Group 2", … given the labels already taken. */
export function nextPairLabels(taken: Iterable<string>, n: number): string[] {
  const used = new Set(taken);
  const out: string[] = [];
  for (let i = 1; out.length < n; i++) if (!used.has(`Group ${i}`)) out.push(`Group ${i}`);
  return out;
}

export interface MentorTraits {
  id: string;
  gender: Gender;
  languages: readonly string[];
}

export interface PairOptions {
  mixGender: boolean;
  shareLanguage: boolean;
}

/**
 * Suggest pairs among unpaired mentors: each clinical mentor with one preclinical mentor,
 * greedily maximising the attributes the coordinator picked (mixed gender, a shared language).
 */
export function suggestPairs(
  clinical: readonly MentorTraits[],
  preclinical: readonly MentorTraits[],
  opts: PairOptions,
) {
  const score = (a: MentorTraits, b: MentorTraits) =>
    (opts.mixGender && a.gender !== b.gender && a.gender !== "UNDISCLOSED" && b.gender !== "UNDISCLOSED" ? 2 : 0) +
    (opts.shareLanguage && sameLanguage(a.languages, b.languages) ? 1 : 0);
  const free = [...preclinical];
  const pairs: { clinicalId: string; preclinicalId: string; score: number }[] = [];
  for (const c of clinical) {
    if (free.length === 0) break;
    let best = 0;
    for (let i = 1; i < free.length; i++) if (score(c, free[i]) > score(c, free[best])) best = i;
    const [p] = free.splice(best, 1);
    pairs.push({ clinicalId: c.id, preclinicalId: p.id, score: score(c, p) });
  }
  return pairs;
}

/** Why this mentee cannot join this group (null = they can); `overLimit` asks for confirmation. */
export function assignmentProblem(input: {
  groupCount: number; // mentees already in the target group (without this mentee)
  groupSize: number;
  maxMenteesPerMentor: number;
  mentorsTrained: boolean;
  trainingRequired: boolean;
  selfMentoring: boolean;
  menteeActive: boolean;
  confirmOverLimit: boolean;
}): { message: string; field: "pairId" | "confirmOverLimit" } | null {
  if (!input.menteeActive) return { message: "Only selected mentees can join a group.", field: "pairId" };
  if (input.selfMentoring) return { message: "No one can be in the group they mentor themselves.", field: "pairId" };
  if (input.trainingRequired && !input.mentorsTrained)
    return {
      message: "Both mentors of this pair must complete their training before they get mentees.",
      field: "pairId",
    };
  if (input.groupCount >= input.groupSize)
    return { message: `This group is full (${input.groupSize} mentees).`, field: "pairId" };
  if (input.groupCount + 1 > input.maxMenteesPerMentor && !input.confirmOverLimit)
    return {
      message: `This gives each mentor of the pair ${input.groupCount + 1} mentees, above the cohort's limit of ${input.maxMenteesPerMentor}. Tick the box to confirm.`,
      field: "confirmOverLimit",
    };
  return null;
}

/** What a pair's history holds: every record that must outlive a change of groups. */
export interface PairHistory {
  referrals: number;
  contactLogs: number;
  /** availability slots (meeting times offered by its mentors) */
  meetingTimes: number;
  /** bookings of those times (meetings booked, held or cancelled) */
  bookings: number;
}

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c" */
function list(parts: string[]): string {
  return parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * A pair is dissolved only while it has no history (docs/decisions/040-deletes-keep-history.md):
 * referrals, contact logs, meeting times and bookings stay readable, so a pair that has any is
 * refused with what it holds, and its mentees are moved instead. (Its group placements go with
 * it: they are where mentees are, not what happened.)
 */
export function dissolveProblem(h: PairHistory): string | null {
  const parts = [
    h.referrals ? counted(h.referrals, "referral") : null,
    h.contactLogs ? counted(h.contactLogs, "contact log") : null,
    h.meetingTimes ? counted(h.meetingTimes, "meeting time") : null,
    h.bookings ? counted(h.bookings, "booking") : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  return `This pair has ${list(parts)}: they stay on record, so the pair cannot be dissolved. Move its mentees to another group instead.`;
}
