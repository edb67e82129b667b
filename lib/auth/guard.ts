import "server-only";
import { refuse } from "../actions";
import { can, type CohortActor, type RecordScope, type Resource, type Verb } from "./permissions";
import { loadCohortActor } from "./session";

/**
 * For actions: the caller's rights in the cohort of the record they touch, or a refusal.
 * Load the record first (by its id, selecting its cohortId/pairId/subject), then:
 *   const actor = await actorFor(userId, record.cohortId);
 *   authorize(actor, "write", "contact.meta", { cohortId, pairId, subjectMembershipId });
 * A record outside the caller's reach gets the same answer as a missing one.
 * Call actorFor BEFORE opening a transaction: it reads through the outer client, which
 * deadlocks inside $transaction on PGlite (one connection).
 */
export async function actorFor(userId: string, cohortId: string): Promise<CohortActor> {
  const actor = await loadCohortActor(userId, cohortId);
  if (!actor) refuse();
  return actor;
}

export function authorize(actor: CohortActor, verb: Verb, resource: Resource, record: RecordScope): void {
  if (!can(actor, verb, resource, record)) refuse();
}
