import "server-only";
import { refuse, ruleError } from "../actions";
import { actorFor, authorize } from "../auth/guard";
import type { CohortActor } from "../auth/permissions";
import type { Db } from "../db/client";
import { editProblem, type CohortStatus } from "./rules";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * For setup actions: the caller must be a coordinator OF THIS cohort (a coordinator of another
 * cohort gets the same refusal as anyone else). Call before the transaction.
 */
export async function coordinatorOf(userId: string, cohortId: string): Promise<CohortActor> {
  const actor = await actorFor(userId, cohortId);
  authorize(actor, "write", "cohort.setup", { cohortId });
  return actor;
}

export interface LockedCohort {
  id: string;
  status: CohortStatus;
  groupsPublishedAt: Date | null;
  groupSize: number;
  maxMenteesPerMentor: number;
  trainingRequired: boolean;
  trainingModules: string[];
  menteeDrawSeed: string | null;
}

/**
 * Locks the cohort row for the rest of the transaction (status changes and setup changes of one
 * cohort queue behind each other) and refuses any change to a closed cohort.
 */
export async function lockEditableCohort(tx: Tx, cohortId: string): Promise<LockedCohort> {
  const rows = await tx.$queryRaw<LockedCohort[]>`
    SELECT id, status::text AS status, "groupsPublishedAt", "groupSize", "maxMenteesPerMentor",
           "trainingRequired", "trainingModules", "menteeDrawSeed"
    FROM "Cohort" WHERE id = ${cohortId} FOR UPDATE`;
  const cohort = rows[0];
  if (!cohort) refuse();
  const problem = editProblem(cohort.status);
  if (problem) ruleError(problem);
  return cohort;
}

export type { Tx };
