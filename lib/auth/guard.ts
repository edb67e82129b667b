import "server-only";
import { refuse } from "../actions";
import { grantingRoles, type CohortActor, type RecordScope, type Resource, type Role, type Verb } from "./permissions";
import { loadCohortActor } from "./session";

/**
 * The two steps of authorisation, used by the action pipeline (lib/actions.ts) and by the area
 * loaders that pages share with it; nowhere else. A record outside the caller's reach gets the
 * same answer as a missing one.
 */

/** The caller's rights in the cohort of the record they touch, or a refusal. */
export async function actorFor(userId: string, cohortId: string): Promise<CohortActor> {
  const actor = await loadCohortActor(userId, cohortId);
  if (!actor) refuse();
  return actor;
}

/** Refuses unless the table grants `verb` on `resource` for this record; returns the granting roles. */
export function authorize(
  actor: CohortActor,
  verb: Verb,
  resource: Resource,
  record: RecordScope,
  as?: Role,
  refusal?: string,
): Role[] {
  const roles = grantingRoles(actor, verb, resource, record, as);
  if (roles.length === 0) refuse(refusal);
  return roles;
}
