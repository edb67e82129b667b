import "server-only";
import type { CohortActor } from "../auth/permissions";
import { getSessionUserId, loadCohortActor, roleCohortId } from "../auth/session";
import type { ReportRole } from "./queries";

/** For report downloads (route handlers): the signed-in caller acting in `as`, or null. */
export async function reportActor(as: string | null): Promise<{ actor: CohortActor; as: ReportRole } | null> {
  if (as !== "COORDINATOR" && as !== "SUPERVISOR") return null;
  const userId = await getSessionUserId();
  if (!userId) return null;
  const cohortId = await roleCohortId(as);
  if (!cohortId) return null;
  const actor = await loadCohortActor(userId, cohortId);
  return actor ? { actor, as } : null;
}
