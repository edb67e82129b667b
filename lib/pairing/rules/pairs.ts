/**
 * Mentor pairs: training, who may form a pair, suggested pairs, who may join a group, and when a
 * pair may be dissolved. Pure: no Prisma, no next/*, no clock, no module state. Messages are
 * catalog descriptors (msg).
 */
import { msg, type Msg } from "../../i18n/msg";
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
export function pairProblem(clinical: PairCandidate | null, preclinical: PairCandidate | null): Msg | null {
  if (!clinical || !preclinical) return msg("pairing.errors.choosePairMentors");
  if (clinical.phase !== "CLINICAL") return msg("pairing.errors.firstNotClinical");
  if (preclinical.phase !== "PRECLINICAL") return msg("pairing.errors.secondNotPreclinical");
  if (clinical.status !== "ACTIVE" || preclinical.status !== "ACTIVE") return msg("pairing.errors.pairNotAccepted");
  if (clinical.userId === preclinical.userId) return msg("pairing.errors.pairSamePerson");
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
}): { message: Msg; field: "pairId" | "confirmOverLimit" } | null {
  if (!input.menteeActive) return { message: msg("pairing.errors.menteeNotSelected"), field: "pairId" };
  if (input.selfMentoring) return { message: msg("pairing.errors.selfMentoring"), field: "pairId" };
  if (input.trainingRequired && !input.mentorsTrained)
    return { message: msg("pairing.errors.mentorsUntrained"), field: "pairId" };
  if (input.groupCount >= input.groupSize)
    return { message: msg("pairing.errors.groupFull", { size: input.groupSize }), field: "pairId" };
  if (input.groupCount + 1 > input.maxMenteesPerMentor && !input.confirmOverLimit)
    return {
      message: msg("pairing.errors.overLimit", { count: input.groupCount + 1, limit: input.maxMenteesPerMentor }),
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

/**
 * A pair is dissolved only while it has no history (docs/decisions/040-deletes-keep-history.md):
 * referrals, contact logs, meeting times and bookings stay readable, so a pair that has any is
 * refused with what it holds, and its mentees are moved instead. (Its group placements go with
 * it: they are where mentees are, not what happened.)
 */
export function dissolveProblem(h: PairHistory): Msg | null {
  const kinds = (["referrals", "contactLogs", "meetingTimes", "bookings"] as const).filter((k) => h[k] > 0);
  if (kinds.length === 0) return null;
  // The catalog lists the kinds held, "a, b and c": after each one, a separator the language
  // spells ("comma" or "and") or none (the last one, and the kinds not held).
  const after = (k: "referrals" | "contactLogs" | "meetingTimes") => {
    const i = kinds.indexOf(k);
    return i < 0 || i === kinds.length - 1 ? "none" : i === kinds.length - 2 ? "and" : "comma";
  };
  return msg("pairing.errors.pairHistory", {
    ...h,
    afterReferrals: after("referrals"),
    afterContactLogs: after("contactLogs"),
    afterMeetingTimes: after("meetingTimes"),
  });
}
