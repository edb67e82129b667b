import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";

export const OPEN_STATUSES = ["SUBMITTED", "ACKNOWLEDGED", "INFO_REQUESTED", "FORWARDED"] as const;

/**
 * The supervisor's queue: open referrals, urgent first, then oldest first. Lists who, what kind,
 * how urgent and where it stands; the reason is read (and audited) only on a referral's own page.
 */
export async function getReferralQueue(actor: CohortActor) {
  if (!actor.roles.has("SUPERVISOR") || !can(actor, "read", "referral.status", { cohortId: actor.cohortId })) return null;
  const rows = await db().referral.findMany({
    where: { cohortId: actor.cohortId, status: { in: [...OPEN_STATUSES] } },
    // Urgency is declared ROUTINE < SOON < URGENT, so descending puts urgent first.
    orderBy: [{ urgency: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      category: true,
      urgency: true,
      status: true,
      createdAt: true,
      acknowledgedAt: true,
      pair: { select: { label: true } },
      mentee: { select: { user: { select: { name: true } } } },
      referredBy: { select: { phase: true, user: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    urgency: r.urgency,
    status: r.status,
    createdAt: r.createdAt,
    acknowledgedAt: r.acknowledgedAt,
    pairLabel: r.pair.label,
    menteeName: r.mentee.user.name,
    mentorName: r.referredBy.user.name,
  }));
}
