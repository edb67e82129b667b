import "server-only";
import type { RecordScope, Role } from "../auth/permissions";
import { db } from "../db";

/**
 * A membership by the id a form sends, in the role the form is about (a mentor's application, a
 * mentee to move): a membership in another role is the same as a missing one. The person it is
 * about is its subject.
 */
export async function loadMembership(membershipId: string, role: Role) {
  const m = await db().membership.findFirst({
    where: { id: membershipId, role },
    select: { id: true, cohortId: true, userId: true, status: true },
  });
  return m ? { ...m, scope: { cohortId: m.cohortId, subjectMembershipId: m.id } satisfies RecordScope } : null;
}
