import "server-only";
import type { RecordScope } from "../auth/permissions";
import { db } from "../db";

/** An active mentor membership by id, with its cohort's zone; whom the hours are about. */
export async function loadMentor(membershipId: string) {
  const m = await db().membership.findFirst({
    where: { id: membershipId, role: "MENTOR", status: "ACTIVE" },
    select: { id: true, cohortId: true, cohort: { select: { timeZone: true } } },
  });
  return m
    ? {
        id: m.id,
        cohortId: m.cohortId,
        timeZone: m.cohort.timeZone,
        scope: { cohortId: m.cohortId, subjectMembershipId: m.id } satisfies RecordScope,
      }
    : null;
}
