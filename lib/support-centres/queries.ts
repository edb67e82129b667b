import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";
import { CENTRE_SELECT, emergencyCentres } from "./data";

/**
 * Reads of the support-centre directory for pages. The directory is the university's public
 * information, read by the supervisor and the mentors of the cohort ("support.centre" read);
 * the coordinator's page keeps it.
 */

/** The cohort's directory, emergency contacts first (the supervisor's forward form). */
export async function getDirectory(actor: CohortActor) {
  if (!can(actor, "read", "support.centre", { cohortId: actor.cohortId })) return null;
  return db().supportCentre.findMany({
    where: { cohortId: actor.cohortId },
    orderBy: [{ emergency: "desc" }, { name: "asc" }],
    select: CENTRE_SELECT,
  });
}

/** The emergency contacts shown to a mentor filing (or looking at) an urgent referral. */
export async function getEmergencyCentres(actor: CohortActor) {
  if (!can(actor, "read", "support.centre", { cohortId: actor.cohortId })) return null;
  return emergencyCentres(db(), actor.cohortId);
}

/** The coordinator's directory page: this cohort's centres and earlier cohorts to copy from. */
export async function getSupportCentresForCoordinator(actor: CohortActor) {
  const scope = { cohortId: actor.cohortId };
  if (!can(actor, "write", "support.centre", scope, "COORDINATOR")) return null;
  const [centres, earlier, used] = await Promise.all([
    db().supportCentre.findMany({
      where: { cohortId: actor.cohortId },
      orderBy: [{ category: "asc" }, { name: "asc" }],
      select: CENTRE_SELECT,
    }),
    // Other cohorts the caller coordinates (copySupportCentresAction checks the source again).
    db().membership.findMany({
      where: { userId: actor.userId, role: "COORDINATOR", status: "ACTIVE", cohortId: { not: actor.cohortId } },
      orderBy: { cohort: { startsOn: "desc" } },
      select: { cohort: { select: { id: true, name: true, _count: { select: { supportCentres: true } } } } },
    }),
    // How many referrals went to each centre: a count, as the coordinator may see ("referral.counts").
    can(actor, "read", "referral.counts", scope)
      ? db().referral.groupBy({
          by: ["centreId"],
          where: { cohortId: actor.cohortId, centreId: { not: null } },
          _count: { _all: true },
        })
      : [],
  ]);
  const usedBy = new Map(used.map((u) => [u.centreId, u._count._all]));
  return {
    cohortId: actor.cohortId,
    centres: centres.map((c) => ({ ...c, referralCount: usedBy.get(c.id) ?? 0 })),
    earlierCohorts: earlier.map((m) => ({
      id: m.cohort.id,
      name: m.cohort.name,
      centres: m.cohort._count.supportCentres,
    })),
  };
}
