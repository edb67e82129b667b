import "server-only";
import { can, type RecordScope } from "../auth/permissions";
import { loadCohortActor } from "../auth/session";
import { db } from "../db";
import type { ActiveCohort } from "./rules";

/**
 * Loaders of the setup areas (cohorts, people, pairing, applications) that act on a whole
 * cohort: the cohort by the id a form sends, with its scope. No checks here: the pipeline
 * (lib/actions.ts) authorises on the record, pages ask can() on it.
 */

export interface CohortRecord {
  id: string;
  name: string;
  scope: RecordScope;
}

/** The cohort named by a setup form (settings, import, draw, groups, publish …). */
export async function loadCohort(cohortId: string): Promise<CohortRecord | null> {
  const cohort = await db().cohort.findUnique({ where: { id: cohortId }, select: { id: true, name: true } });
  return cohort ? { ...cohort, scope: { cohortId: cohort.id } } : null;
}

/**
 * A cohort to change the status of, with the OTHER active cohorts the caller coordinates (the
 * table's write cell of cohort.setup as COORDINATOR, asked on each): activating this one closes
 * them once the coordinator confirmed it (decision 114). Active cohorts of other coordinators are
 * not theirs to close and are not affected.
 */
export async function loadCohortForStatus(
  userId: string,
  cohortId: string,
): Promise<(CohortRecord & { othersActive: ActiveCohort[] }) | null> {
  const cohort = await loadCohort(cohortId);
  if (!cohort) return null;
  const candidates = await db().cohort.findMany({
    where: {
      id: { not: cohortId },
      status: "ACTIVE",
      memberships: { some: { userId, role: "COORDINATOR", status: "ACTIVE" } },
    },
    orderBy: { id: "asc" },
    select: { id: true, name: true },
  });
  const othersActive: ActiveCohort[] = [];
  for (const c of candidates) {
    const actor = await loadCohortActor(userId, c.id);
    if (actor && can(actor, "write", "cohort.setup", { cohortId: c.id }, "COORDINATOR")) othersActive.push(c);
  }
  return { ...cohort, othersActive };
}

/**
 * A cohort to copy templates and support centres FROM (creating a cohort, or later): one the
 * caller may read as its coordinator (the table's read cell of cohort.setup); any other is none.
 */
export async function loadCopySource(userId: string, cohortId: string): Promise<string | null> {
  const actor = await loadCohortActor(userId, cohortId);
  return actor && can(actor, "read", "cohort.setup", { cohortId }, "COORDINATOR") ? cohortId : null;
}
