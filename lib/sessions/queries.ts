import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";

/** The sessions a role model speaks at. */
export async function getSpeakerSessions(actor: CohortActor) {
  const me = actor.membershipIds.ROLE_MODEL;
  if (!me || !can(actor, "read", "session", { cohortId: actor.cohortId, subjectMembershipId: me })) return null;
  return db().programSession.findMany({
    where: { speakerId: me, cancelledAt: null },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      title: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      place: true,
      capacity: true,
      _count: { select: { attendance: { where: { status: { in: ["REGISTERED", "ATTENDED"] } } } } },
    },
  });
}
