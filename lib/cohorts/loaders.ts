import "server-only";
import type { RecordScope } from "../auth/permissions";
import { db } from "../db";

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
