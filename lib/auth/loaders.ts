import "server-only";
import type { RecordScope, Role } from "./permissions";
import { chooseMembership, getViewer } from "./session";

/**
 * Loaders for actions whose record is the caller's own place in the programme (writing a library
 * template into "my cohort", opening times for "my pair"): the cohort is the one the page that sent
 * the action shows for that role (the cohort its URL names, else active first, then the newest:
 * chooseMembership), never an id from the form. The permission table
 * still decides on the record; these only find it.
 */

/** The caller's cohort for `role`, as a record to authorise on. */
export async function loadRoleCohort(role: Role): Promise<{ scope: RecordScope } | null> {
  const viewer = await getViewer();
  const m = viewer && (await chooseMembership(viewer, role));
  return m ? { scope: { cohortId: m.cohort.id } } : null;
}

/** The caller's own membership in `role` (their cohort for it), owner and subject of what they write. */
export async function loadOwnMembership(
  role: Role,
): Promise<{ scope: RecordScope & { ownerMembershipId: string }; timeZone: string } | null> {
  const viewer = await getViewer();
  const m = viewer && (await chooseMembership(viewer, role));
  return m
    ? {
        scope: { cohortId: m.cohort.id, ownerMembershipId: m.id, subjectMembershipId: m.id },
        timeZone: m.cohort.timeZone,
      }
    : null;
}
