import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { clock } from "../clock";
import { db } from "../db";
import { signInState, STAFF_ROLES } from "./rules";

/**
 * The staff of the coordinator's cohort (a few people: not paginated): who they are, their role,
 * whether they can sign in yet. One query. Removed staff are listed last, as history.
 */
export async function getStaff(actor: CohortActor) {
  if (!can(actor, "write", "cohort.setup", { cohortId: actor.cohortId }, "COORDINATOR")) return null;
  const now = clock();
  const rows = await db().membership.findMany({
    where: { cohortId: actor.cohortId, role: { in: [...STAFF_ROLES] } },
    orderBy: [{ status: "asc" }, { role: "asc" }, { user: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      status: true,
      userId: true,
      user: {
        select: {
          name: true,
          email: true,
          passwordHash: true,
          ssoSubject: true,
          authTokens: {
            where: { purpose: "INVITATION", usedAt: null, expiresAt: { gt: now } },
            select: { id: true },
            take: 1,
          },
        },
      },
    },
  });
  return rows.map((m) => ({
    id: m.id,
    role: m.role as (typeof STAFF_ROLES)[number],
    active: m.status === "ACTIVE",
    isYou: m.userId === actor.userId,
    name: m.user.name,
    email: m.user.email,
    signIn: signInState({
      hasPassword: !!m.user.passwordHash,
      hasSso: !!m.user.ssoSubject,
      openLink: m.user.authTokens.length > 0,
    }),
  }));
}
