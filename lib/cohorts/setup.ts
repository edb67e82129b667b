import "server-only";
import { refuse, ruleError, type Tx } from "../actions";
import { editProblem, type CohortStatus } from "./rules";

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
 * Inside a setup action's transaction (after the pipeline authorised the caller on the cohort):
 * locks the cohort row for the rest of the transaction, so status changes and setup changes of
 * one cohort queue behind each other, and refuses any change to a closed cohort.
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
