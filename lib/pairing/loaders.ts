import "server-only";
import type { RecordScope } from "../auth/permissions";
import { db } from "../db";

/** A mentor pair by id, with its cohort and itself as the scope (coordinator decisions, the agreement). */
export async function loadPair(pairId: string) {
  const pair = await db().mentorPair.findUnique({
    where: { id: pairId },
    select: { id: true, cohortId: true, label: true },
  });
  return pair ? { ...pair, scope: { cohortId: pair.cohortId, pairId: pair.id } satisfies RecordScope } : null;
}
