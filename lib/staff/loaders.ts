import "server-only";
import type { RecordScope } from "../auth/permissions";
import { db } from "../db";
import { STAFF_ROLES } from "./rules";

/** A staff membership (coordinator, supervisor, role model) by the id a form sends. */
export async function loadStaffMembership(membershipId: string) {
  const m = await db().membership.findFirst({
    where: { id: membershipId, role: { in: [...STAFF_ROLES] } },
    select: { id: true, cohortId: true, userId: true, role: true, status: true },
  });
  return m ? { ...m, scope: { cohortId: m.cohortId, subjectMembershipId: m.id } satisfies RecordScope } : null;
}

/** Any membership of a cohort (a link is sent to the person behind it). */
export async function loadMember(membershipId: string) {
  const m = await db().membership.findUnique({
    where: { id: membershipId },
    select: { id: true, cohortId: true, userId: true, cohort: { select: { name: true } } },
  });
  return m ? { ...m, scope: { cohortId: m.cohortId, subjectMembershipId: m.id } satisfies RecordScope } : null;
}
