import "server-only";
import { can, type RecordScope } from "../auth/permissions";
import { loadCohortActor } from "../auth/session";
import { db } from "../db";

/**
 * Loaders: a centre (or the directory a rollover copies) by the ids a form sends, with the facts
 * that decide access (RecordScope). The pipeline authorises on them (lib/actions.ts).
 */

/** A centre by id, in its cohort's directory. */
export async function loadCentre(centreId: string): Promise<{ id: string; scope: RecordScope } | null> {
  const c = await db().supportCentre.findUnique({ where: { id: centreId }, select: { id: true, cohortId: true } });
  return c ? { id: c.id, scope: { cohortId: c.cohortId } } : null;
}

/**
 * A rollover: the record is the directory copied INTO (the pipeline checks the write there); the
 * source is the directory of an earlier cohort the caller coordinates. The pipeline authorises in
 * one cohort, so the source is found here through the same table, as the caller may read it in
 * the coordinator's cell ("support.centre" read, as COORDINATOR): any other cohort is no source
 * (null), and the action is refused like a missing record.
 */
export async function loadCentreCopy(
  userId: string,
  fromCohortId: string,
  toCohortId: string,
): Promise<{ scope: RecordScope; fromCohortId: string } | null> {
  const source = await loadCohortActor(userId, fromCohortId);
  if (!source || !can(source, "read", "support.centre", { cohortId: fromCohortId }, "COORDINATOR")) return null;
  const target = await db().cohort.findUnique({ where: { id: toCohortId }, select: { id: true } });
  return target ? { scope: { cohortId: target.id }, fromCohortId } : null;
}
