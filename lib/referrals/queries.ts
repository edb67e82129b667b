import "server-only";
import { audit } from "../audit";
import { can, type CohortActor } from "../auth/permissions";
import { clock } from "../clock";
import { db } from "../db";
import { getEmergencyCentres } from "../support-centres/queries";
import { loadReferral } from "./loaders";
import {
  availableSteps,
  buildReport,
  compareQueue,
  contactLogProblem,
  isOverdue,
  median,
  OPEN_STATUSES as OPEN,
  reviewDueAt,
  type ReferralStatus,
  type SupportCategory,
  type Urgency,
} from "./rules";

export const OPEN_STATUSES = OPEN;

/**
 * Reads for referral pages. Lists carry who, what kind, how urgent and where it stands; the
 * reason, messages and outcome are returned only by getReferralView to the pair's mentors and
 * the supervisor, and each such read writes an AuditEvent ("referral.read", never the content).
 * Every read asks the permission table, in the one role the page acts in (`can(..., as)`): a
 * person with two roles gets the supervisor's page through the supervisor's cell only.
 */

async function ackHoursOf(cohortId: string) {
  const c = await db().cohort.findUnique({ where: { id: cohortId }, select: { referralAckHours: true } });
  return c?.referralAckHours ?? 24;
}

/**
 * The supervisor's queue: open referrals, urgent first, then oldest first; overdue reviews
 * flagged. One statement (decision 100): the cohort's review hours and the names are joined, not
 * read by one statement per nested relation.
 */
export async function getReferralQueue(actor: CohortActor, now = clock()) {
  if (!can(actor, "read", "referral.status", { cohortId: actor.cohortId }, "SUPERVISOR")) return null;
  const rows = await db().$queryRaw<
    {
      id: string;
      category: SupportCategory;
      urgency: Urgency;
      status: ReferralStatus;
      createdAt: Date;
      acknowledgedAt: Date | null;
      pairLabel: string;
      menteeName: string;
      mentorName: string;
      ackHours: number;
    }[]
  >`
    SELECT r.id, r.category::text AS category, r.urgency::text AS urgency, r.status::text AS status,
           r."createdAt", r."acknowledgedAt", p.label AS "pairLabel", eu.name AS "menteeName",
           mu.name AS "mentorName", c."referralAckHours" AS "ackHours"
      FROM "Referral" r
      JOIN "Cohort" c ON c.id = r."cohortId"
      JOIN "MentorPair" p ON p.id = r."pairId"
      JOIN "Membership" em ON em.id = r."menteeId" JOIN "User" eu ON eu.id = em."userId"
      JOIN "Membership" mm ON mm.id = r."referredById" JOIN "User" mu ON mu.id = mm."userId"
     WHERE r."cohortId" = ${actor.cohortId} AND r.status::text = ANY(${[...OPEN_STATUSES]}::text[])`;
  return rows
    .map((r) => ({
      id: r.id,
      category: r.category,
      urgency: r.urgency,
      status: r.status,
      createdAt: r.createdAt,
      acknowledgedAt: r.acknowledgedAt,
      pairLabel: r.pairLabel,
      menteeName: r.menteeName,
      mentorName: r.mentorName,
      overdue: isOverdue(r, r.ackHours, now),
      reviewDueAt: r.status === "SUBMITTED" ? reviewDueAt(r, r.ackHours) : null,
    }))
    .sort(compareQueue);
}

/** Recently finished referrals for the supervisor (status only, no content). One statement. */
export async function getRecentlyClosedReferrals(actor: CohortActor, take = 10) {
  if (!can(actor, "read", "referral.status", { cohortId: actor.cohortId }, "SUPERVISOR")) return null;
  return db().$queryRaw<
    { id: string; category: SupportCategory; status: ReferralStatus; closedAt: Date | null; menteeName: string }[]
  >`
    SELECT r.id, r.category::text AS category, r.status::text AS status, r."closedAt", eu.name AS "menteeName"
      FROM "Referral" r
      JOIN "Membership" em ON em.id = r."menteeId" JOIN "User" eu ON eu.id = em."userId"
     WHERE r."cohortId" = ${actor.cohortId} AND r.status IN ('CLOSED', 'DECLINED')
     ORDER BY r."closedAt" DESC NULLS LAST, r.id
     LIMIT ${take}`;
}

export type ViewAs = "SUPERVISOR" | "MENTOR" | "MENTEE";

/**
 * One referral for one viewer, acting as `as`:
 *  - SUPERVISOR (cohort) and MENTOR (the referring pair): the content, with its history; the
 *    read is audited;
 *  - MENTEE (the mentee concerned): that it exists, its kind of centre and its status;
 *  - anyone else: null (the page answers "not found", the same as for a missing id).
 */
export async function getReferralView(actor: CohortActor, referralId: string, as: ViewAs, now = clock()) {
  const base = await loadReferral(referralId);
  if (!base) return null;
  const { scope } = base;

  if (as === "MENTEE") {
    if (!can(actor, "read", "referral.status", scope, "MENTEE")) return null;
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

  if (!can(actor, "read", "referral.content", scope, as)) return null;
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
    ackHoursOf(scope.cohortId),
  ]);
  // Audited read: who, when, which referral, in which role; never the content.
  await audit(db(), {
    actorId: actor.userId,
    cohortId: scope.cohortId,
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
  const base = await loadReferral(referralId);
  if (!base || !can(actor, "read", "audit", base.scope, "SUPERVISOR")) return null;
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
  if (!pairId || !can(actor, "read", "referral.status", { cohortId: actor.cohortId, pairId }, "MENTOR")) return null;
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

/**
 * The referral form: the pair's mentees (the one in `menteeId` preselected when it is theirs),
 * the contact log it comes from (when it is this mentee's), and the emergency centres for guidance.
 */
export async function getReferralFormContext(actor: CohortActor, menteeId?: string, contactLogId?: string) {
  const pairId = actor.mentorPairId;
  if (!pairId || !can(actor, "write", "referral.status", { cohortId: actor.cohortId, pairId }, "MENTOR")) return null;
  const [assignments, emergencyCentres, log] = await Promise.all([
    db().menteeAssignment.findMany({
      where: { pairId },
      orderBy: { mentee: { user: { name: "asc" } } },
      select: { mentee: { select: { id: true, user: { select: { name: true } } } } },
    }),
    getEmergencyCentres(actor),
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
    log && selected && !contactLogProblem(log, { pairId, menteeId: selected.id })
      ? { id: log.id, occurredAt: log.occurredAt, channel: log.channel }
      : null;
  return { mentees, selectedMenteeId: selected?.id ?? "", contactLog, emergencyCentres: emergencyCentres ?? [] };
}

/** A mentee's own referrals: that they exist, the kind of centre, status. Never the reason. */
export async function getMenteeReferrals(actor: CohortActor) {
  const me = actor.membershipIds.MENTEE;
  if (!me || !can(actor, "read", "referral.status", { cohortId: actor.cohortId, subjectMembershipId: me }, "MENTEE"))
    return null;
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
  if (!can(actor, "read", "referral.counts", { cohortId: actor.cohortId }, "COORDINATOR")) return null;
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
  if (!can(actor, "read", "referral.counts", { cohortId: actor.cohortId }, "SUPERVISOR")) return null;
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
