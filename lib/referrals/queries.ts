import "server-only";
import { audit } from "../audit";
import { can, grantingRoles, type CohortActor } from "../auth/permissions";
import { db } from "../db";
import {
  availableSteps,
  buildReport,
  compareQueue,
  isOverdue,
  median,
  OPEN_STATUSES as OPEN,
  reviewDueAt,
  type ReferralStatus,
  type SupportCategory,
} from "./rules";

export const OPEN_STATUSES = OPEN;

/**
 * Reads for referral pages. Lists carry who, what kind, how urgent and where it stands; the
 * reason, messages and outcome are returned only by getReferralView to the pair's mentors and
 * the supervisor, and each such read writes an AuditEvent ("referral.read", never the content).
 */

async function ackHoursOf(cohortId: string) {
  const c = await db().cohort.findUnique({ where: { id: cohortId }, select: { referralAckHours: true } });
  return c?.referralAckHours ?? 24;
}

/** The supervisor's queue: open referrals, urgent first, then oldest first; overdue reviews flagged. */
export async function getReferralQueue(actor: CohortActor, now = new Date()) {
  if (!actor.roles.has("SUPERVISOR") || !can(actor, "read", "referral.status", { cohortId: actor.cohortId }))
    return null;
  const [rows, ackHours] = await Promise.all([
    db().referral.findMany({
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
    }),
    ackHoursOf(actor.cohortId),
  ]);
  return rows
    .map((r) => ({
      id: r.id,
      category: r.category,
      urgency: r.urgency,
      status: r.status,
      createdAt: r.createdAt,
      acknowledgedAt: r.acknowledgedAt,
      pairLabel: r.pair.label,
      menteeName: r.mentee.user.name,
      mentorName: r.referredBy.user.name,
      overdue: isOverdue(r, ackHours, now),
      reviewDueAt: r.status === "SUBMITTED" ? reviewDueAt(r, ackHours) : null,
    }))
    .sort(compareQueue);
}

/** Recently finished referrals for the supervisor (status only, no content). */
export async function getRecentlyClosedReferrals(actor: CohortActor, take = 10) {
  if (!actor.roles.has("SUPERVISOR") || !can(actor, "read", "referral.status", { cohortId: actor.cohortId }))
    return null;
  const rows = await db().referral.findMany({
    where: { cohortId: actor.cohortId, status: { in: ["CLOSED", "DECLINED"] } },
    orderBy: { closedAt: "desc" },
    take,
    select: {
      id: true,
      category: true,
      status: true,
      closedAt: true,
      mentee: { select: { user: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    status: r.status,
    closedAt: r.closedAt,
    menteeName: r.mentee.user.name,
  }));
}

export type ViewAs = "SUPERVISOR" | "MENTOR" | "MENTEE";

/**
 * One referral for one viewer, acting as `as`:
 *  - SUPERVISOR (cohort) and MENTOR (the referring pair): the content, with its history; the
 *    read is audited;
 *  - MENTEE (the mentee concerned): that it exists, its kind of centre and its status;
 *  - anyone else: null (the page answers "not found", the same as for a missing id).
 */
export async function getReferralView(actor: CohortActor, referralId: string, as: ViewAs, now = new Date()) {
  const base = await db().referral.findUnique({
    where: { id: referralId },
    select: { id: true, cohortId: true, pairId: true, menteeId: true },
  });
  if (!base) return null;
  const scope = { cohortId: base.cohortId, pairId: base.pairId, subjectMembershipId: base.menteeId };

  if (as === "MENTEE") {
    if (!grantingRoles(actor, "read", "referral.status", scope).includes("MENTEE")) return null;
    const r = await db().referral.findUniqueOrThrow({
      where: { id: base.id },
      select: {
        id: true,
        category: true,
        status: true,
        createdAt: true,
        updatedAt: true,
        centre: { select: { name: true } },
      },
    });
    return {
      kind: "status" as const,
      id: r.id,
      category: r.category,
      status: r.status,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      centreName: r.centre?.name ?? null,
    };
  }

  if (!grantingRoles(actor, "read", "referral.content", scope).includes(as)) return null;
  const [r, ackHours] = await Promise.all([
    db().referral.findUniqueOrThrow({
      where: { id: base.id },
      select: {
        id: true,
        category: true,
        urgency: true,
        status: true,
        reason: true,
        menteeInformed: true,
        menteeConsented: true,
        supervisorMessage: true,
        outcome: true,
        createdAt: true,
        acknowledgedAt: true,
        closedAt: true,
        pair: { select: { label: true } },
        mentee: { select: { id: true, user: { select: { name: true } } } },
        referredBy: { select: { phase: true, user: { select: { name: true } } } },
        contactLog: { select: { occurredAt: true, channel: true } },
        centre: { select: { id: true, name: true, contact: true, hours: true } },
        events: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            fromStatus: true,
            toStatus: true,
            message: true,
            createdAt: true,
            actor: { select: { name: true } },
          },
        },
      },
    }),
    ackHoursOf(base.cohortId),
  ]);
  // Audited read: who, when, which referral, in which role; never the content.
  await audit(db(), {
    actorId: actor.userId,
    cohortId: base.cohortId,
    action: "referral.read",
    entity: "Referral",
    entityId: base.id,
    detail: { as },
  });
  return {
    kind: "content" as const,
    id: r.id,
    category: r.category,
    urgency: r.urgency,
    status: r.status,
    reason: r.reason,
    menteeInformed: r.menteeInformed,
    menteeConsented: r.menteeConsented,
    supervisorMessage: r.supervisorMessage,
    outcome: r.outcome,
    createdAt: r.createdAt,
    acknowledgedAt: r.acknowledgedAt,
    closedAt: r.closedAt,
    pairLabel: r.pair.label,
    menteeName: r.mentee.user.name,
    mentorName: r.referredBy.user.name,
    contactLog: r.contactLog,
    centre: r.centre,
    events: r.events.map((e) => ({
      id: e.id,
      from: e.fromStatus,
      to: e.toStatus,
      message: e.message,
      at: e.createdAt,
      by: e.actor.name,
    })),
    overdue: isOverdue(r, ackHours, now),
    steps: availableSteps(r.status, as === "SUPERVISOR" ? "SUPERVISOR" : "MENTOR"),
  };
}

/** The audit trail of one referral, for the supervisor: who read or changed it, and when. */
export async function getReferralAuditTrail(actor: CohortActor, referralId: string) {
  const base = await db().referral.findUnique({ where: { id: referralId }, select: { cohortId: true } });
  if (
    !base ||
    !actor.roles.has("SUPERVISOR") ||
    !grantingRoles(actor, "read", "audit", { cohortId: base.cohortId }).includes("SUPERVISOR")
  )
    return null;
  const rows = await db().auditEvent.findMany({
    where: { entity: "Referral", entityId: referralId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, action: true, createdAt: true, detail: true, actor: { select: { name: true } } },
  });
  return rows.map((e) => ({
    id: e.id,
    action: e.action,
    at: e.createdAt,
    by: e.actor?.name ?? "System",
    as:
      e.detail && typeof e.detail === "object" && !Array.isArray(e.detail) && typeof e.detail.as === "string"
        ? e.detail.as
        : null,
  }));
}

/** A mentor's referrals: those of their pair's group (no content in the list). */
export async function getPairReferrals(actor: CohortActor) {
  const pairId = actor.mentorPairId;
  if (!pairId || !can(actor, "read", "referral.status", { cohortId: actor.cohortId, pairId })) return null;
  const rows = await db().referral.findMany({
    where: { pairId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      category: true,
      urgency: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      mentee: { select: { user: { select: { name: true } } } },
      referredBy: { select: { user: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    urgency: r.urgency,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    menteeName: r.mentee.user.name,
    mentorName: r.referredBy.user.name,
  }));
}

/** The cohort's support-centre directory (public information for every member of the cohort). */
export async function getDirectory(actor: CohortActor) {
  if (actor.roles.size === 0) return [];
  return db().supportCentre.findMany({
    where: { cohortId: actor.cohortId },
    orderBy: [{ emergency: "desc" }, { name: "asc" }],
    select: { id: true, name: true, category: true, contact: true, hours: true, howToRefer: true, emergency: true },
  });
}

/**
 * The referral form: the pair's mentees (the one in `menteeId` preselected when it is theirs),
 * the contact log it comes from (when it is this mentee's), and the directory for guidance.
 */
export async function getReferralFormContext(actor: CohortActor, menteeId?: string, contactLogId?: string) {
  const pairId = actor.mentorPairId;
  if (
    !pairId ||
    !actor.roles.has("MENTOR") ||
    !can(actor, "write", "referral.status", { cohortId: actor.cohortId, pairId })
  )
    return null;
  const [assignments, directory, log] = await Promise.all([
    db().menteeAssignment.findMany({
      where: { pairId },
      orderBy: { mentee: { user: { name: "asc" } } },
      select: { mentee: { select: { id: true, user: { select: { name: true } } } } },
    }),
    getDirectory(actor),
    contactLogId
      ? db().contactLog.findUnique({
          where: { id: contactLogId },
          select: { id: true, pairId: true, menteeId: true, occurredAt: true, channel: true },
        })
      : null,
  ]);
  const mentees = assignments.map((a) => ({ id: a.mentee.id, name: a.mentee.user.name }));
  const selected = mentees.find((m) => m.id === menteeId) ?? null;
  const contactLog =
    log && log.pairId === pairId && selected && (log.menteeId === null || log.menteeId === selected.id)
      ? { id: log.id, occurredAt: log.occurredAt, channel: log.channel }
      : null;
  return { mentees, selectedMenteeId: selected?.id ?? "", contactLog, directory };
}

/** A mentee's own referrals: that they exist, the kind of centre, status. Never the reason. */
export async function getMenteeReferrals(actor: CohortActor) {
  const me = actor.membershipIds.MENTEE;
  if (!me || !can(actor, "read", "referral.status", { cohortId: actor.cohortId, subjectMembershipId: me })) return null;
  const rows = await db().referral.findMany({
    where: { menteeId: me },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      category: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      centre: { select: { name: true, contact: true, hours: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    centre: r.status === "FORWARDED" || r.status === "CLOSED" ? r.centre : null,
  }));
}

/** The coordinator's numbers: counts by category and status, and time to review. No content, no names. */
export async function getReferralCounts(actor: CohortActor) {
  if (!can(actor, "read", "referral.counts", { cohortId: actor.cohortId })) return null;
  const [grouped, times] = await Promise.all([
    db().referral.groupBy({ by: ["category", "status"], where: { cohortId: actor.cohortId }, _count: { _all: true } }),
    db().referral.findMany({
      where: { cohortId: actor.cohortId, acknowledgedAt: { not: null } },
      select: { createdAt: true, acknowledgedAt: true },
    }),
  ]);
  const counts: Partial<Record<SupportCategory, Partial<Record<ReferralStatus, number>>>> = {};
  let total = 0;
  for (const g of grouped) {
    (counts[g.category] ??= {})[g.status] = g._count._all;
    total += g._count._all;
  }
  const hours = times.map((t) => (t.acknowledgedAt!.getTime() - t.createdAt.getTime()) / 3_600_000);
  return { total, counts, reviewed: hours.length, medianHoursToReview: median(hours) };
}

/** The supervisor's report: open and closed by centre and by category; median times. One query. */
export async function getReferralReport(actor: CohortActor) {
  if (!actor.roles.has("SUPERVISOR") || !can(actor, "read", "referral.counts", { cohortId: actor.cohortId }))
    return null;
  const rows = await db().referral.findMany({
    where: { cohortId: actor.cohortId },
    select: {
      category: true,
      status: true,
      createdAt: true,
      acknowledgedAt: true,
      closedAt: true,
      centre: { select: { name: true } },
    },
  });
  return buildReport(rows.map((r) => ({ ...r, centreName: r.centre?.name ?? null })));
}

/** The coordinator's directory page: this cohort's centres and earlier cohorts to copy from. */
export async function getSupportCentresForCoordinator(actor: CohortActor) {
  if (!actor.roles.has("COORDINATOR") || !can(actor, "write", "cohort.setup", { cohortId: actor.cohortId }))
    return null;
  const [centres, earlier, used] = await Promise.all([
    db().supportCentre.findMany({
      where: { cohortId: actor.cohortId },
      orderBy: [{ category: "asc" }, { name: "asc" }],
      select: { id: true, name: true, category: true, contact: true, hours: true, howToRefer: true, emergency: true },
    }),
    db().membership.findMany({
      where: { userId: actor.userId, role: "COORDINATOR", status: "ACTIVE", cohortId: { not: actor.cohortId } },
      orderBy: { cohort: { startsOn: "desc" } },
      select: { cohort: { select: { id: true, name: true, _count: { select: { supportCentres: true } } } } },
    }),
    db().referral.groupBy({
      by: ["centreId"],
      where: { cohortId: actor.cohortId, centreId: { not: null } },
      _count: { _all: true },
    }),
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
