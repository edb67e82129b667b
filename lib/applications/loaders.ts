import "server-only";
import { refuse } from "../actions";
import { db } from "../db";
import { cohortAcceptsApplications } from "./rules";

/**
 * Applications are the caller's own (accountAction): nothing here reads another person's
 * records. The cohort a student applies to is loaded only if it takes applications; the
 * application they withdraw only if it is theirs (scoped by their user id).
 */

/** Same answer for a missing cohort, a closed one and one whose applications are not open. */
export const NOT_TAKING_APPLICATIONS = "This cohort is not taking applications.";

/** The cohort a student applies to, if it takes applications (checked again under a lock in the action). */
export async function loadCohortTakingApplications(cohortId: string) {
  const cohort = await db().cohort.findUnique({
    where: { id: cohortId },
    select: { id: true, name: true, status: true, applicationsOpen: true },
  });
  if (!cohort || !cohortAcceptsApplications(cohort)) refuse(NOT_TAKING_APPLICATIONS);
  return cohort;
}

/** The caller's own application (a mentor or mentee membership), or null: someone else's is missing. */
export function loadOwnApplication(userId: string, membershipId: string) {
  return db().membership.findFirst({
    where: { id: membershipId, userId, role: { in: ["MENTOR", "MENTEE"] } },
    select: { id: true, userId: true, cohortId: true, status: true },
  });
}
