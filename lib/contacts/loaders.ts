import "server-only";
import type { RecordScope } from "../auth/permissions";
import { db } from "../db";
import { loadCohortCadence, type CohortCadence } from "./data";
import { TARGET_EACH, TARGET_GROUP } from "./schemas";

/**
 * Loaders: a record by the ids a form sends, with the facts that decide access (RecordScope).
 * Shared by the actions (the pipeline authorises on them) and by pages. No checks here.
 */

export interface PairForContact {
  scope: RecordScope & { pairId: string };
  cohort: CohortCadence;
  /** whom the contact is about, each with the pair whose group they are in */
  subjects: { pairId: string | null; subjectMembershipId: string }[];
}

/** The pair named in the form and the mentees a contact `target` names (one, each, or the group). */
export async function loadPairForContact(pairId: string, target: string): Promise<PairForContact | null> {
  const pair = await db().mentorPair.findUnique({
    where: { id: pairId },
    select: { id: true, cohortId: true, mentees: { select: { menteeId: true } } },
  });
  if (!pair) return null;
  let subjects: PairForContact["subjects"];
  if (target === TARGET_EACH || target === TARGET_GROUP) {
    subjects = pair.mentees.map((m) => ({ pairId: pair.id, subjectMembershipId: m.menteeId }));
    // a whole-group contact is about the group: the pair cell decides; each mentee is listed for "each" only
    if (target === TARGET_GROUP) subjects = [];
  } else {
    const assignment = await db().menteeAssignment.findFirst({
      where: { menteeId: target, cohortId: pair.cohortId },
      select: { pairId: true },
    });
    subjects = [{ pairId: assignment?.pairId ?? null, subjectMembershipId: target }];
  }
  const cohort = await loadCohortCadence(db(), pair.cohortId);
  if (!cohort) return null;
  return { scope: { cohortId: pair.cohortId, pairId: pair.id }, cohort, subjects };
}
