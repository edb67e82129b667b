import "server-only";
import type { RecordScope } from "../auth/permissions";
import { db } from "../db";

/**
 * Loaders: a referral (or the mentee a new one is about) by the ids a form sends, with the facts
 * that decide access (RecordScope). Shared by the actions (the pipeline authorises on them) and
 * the page queries. No checks here: the permission table decides.
 */

export interface ReferralRecord {
  id: string;
  scope: RecordScope & { pairId: string; subjectMembershipId: string };
}

/** A referral by id: its cohort, the referring pair and the mentee it is about. */
export async function loadReferral(referralId: string): Promise<ReferralRecord | null> {
  const r = await db().referral.findUnique({
    where: { id: referralId },
    select: { id: true, cohortId: true, pairId: true, menteeId: true },
  });
  return r ? { id: r.id, scope: { cohortId: r.cohortId, pairId: r.pairId, subjectMembershipId: r.menteeId } } : null;
}

export interface MenteeForReferral {
  menteeId: string;
  /** the pair whose group the mentee is in (from the mentee's assignment, never from the caller) */
  scope: RecordScope & { subjectMembershipId: string };
  /** the contact log named in the form, if it exists (whether it fits is a rule: contactLogProblem) */
  contactLog: { id: string; pairId: string; menteeId: string | null } | null;
}

/**
 * The mentee a new referral is about (an active mentee membership), with the pair whose group
 * they are in, and the contact log the referral comes from. A mentee in no group has no pair:
 * the table's pair cell then refuses.
 */
export async function loadMenteeForReferral(
  menteeId: string,
  contactLogId: string | null,
): Promise<MenteeForReferral | null> {
  const [mentee, log] = await Promise.all([
    db().membership.findFirst({
      where: { id: menteeId, role: "MENTEE", status: "ACTIVE" },
      select: { id: true, cohortId: true, assignment: { select: { pairId: true } } },
    }),
    contactLogId
      ? db().contactLog.findUnique({ where: { id: contactLogId }, select: { id: true, pairId: true, menteeId: true } })
      : null,
  ]);
  if (!mentee) return null;
  return {
    menteeId: mentee.id,
    scope: { cohortId: mentee.cohortId, pairId: mentee.assignment?.pairId ?? null, subjectMembershipId: mentee.id },
    contactLog: log,
  };
}
