import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";

/** For the data-rights pages: the cohort's people (to ask about), its requests, the retention period. */
export async function getDataRights(actor: CohortActor) {
  const scope = { cohortId: actor.cohortId };
  if (!can(actor, "read", "person.erasure", scope)) return null;
  const [people, requests, setting] = await Promise.all([
    can(actor, "write", "person.erasure", scope, "COORDINATOR")
      ? db().membership.findMany({
          where: { cohortId: actor.cohortId, user: { anonymisedAt: null } },
          select: { id: true, role: true, user: { select: { name: true, email: true } } },
          orderBy: [{ user: { name: "asc" } }, { role: "asc" }],
          take: 2000,
        })
      : Promise.resolve([]),
    db().dataRightsRequest.findMany({
      where: { cohortId: actor.cohortId },
      select: {
        id: true,
        kind: true,
        status: true,
        reason: true,
        requestedAt: true,
        decidedAt: true,
        subject: { select: { name: true } },
      },
      orderBy: { requestedAt: "desc" },
      take: 200,
    }),
    db().schoolSetting.findUnique({ where: { id: "school" }, select: { retentionYears: true } }),
  ]);
  return { people, requests, retentionYears: setting?.retentionYears ?? null };
}
