import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { can, type CohortActor } from "../auth/permissions";
import { cohortActor, getSessionUserId, getViewer } from "../auth/session";
import { db } from "../db";
import { env } from "../env";
import { dbDateToLocal } from "../time";
import { formatPausedPeriods, nextAcademicYear } from "./rules";

/** The coordinator's cohort overview: settings, people by role and phase, pairs and groups. */
export async function getCohortOverview(actor: CohortActor) {
  if (!can(actor, "read", "cohort.setup", { cohortId: actor.cohortId }, "COORDINATOR")) return null;
  const cohortId = actor.cohortId;
  const [cohort, byRole, mentorsByPhase, pairs, menteeGender, referralCounts] = await Promise.all([
    db().cohort.findUnique({
      where: { id: cohortId },
      select: {
        name: true,
        academicYear: true,
        startsOn: true,
        endsOn: true,
        timeZone: true,
        status: true,
        groupSize: true,
        firstIntervalDays: true,
        lastIntervalDays: true,
        groupsPublishedAt: true,
      },
    }),
    db().membership.groupBy({ by: ["role", "status"], where: { cohortId }, _count: { _all: true } }),
    db().membership.groupBy({
      by: ["phase"],
      where: { cohortId, role: "MENTOR", status: "ACTIVE" },
      _count: { _all: true },
    }),
    // One statement for the pairs, both mentors' names and the group sizes (decision 100).
    db().$queryRaw<{ id: string; label: string; clinical: string; preclinical: string; mentees: number }[]>`
        SELECT p.id, p.label, cu.name AS clinical, pu.name AS preclinical,
               (SELECT count(*)::int FROM "MenteeAssignment" a WHERE a."pairId" = p.id) AS mentees
          FROM "MentorPair" p
          JOIN "Membership" cm ON cm.id = p."clinicalMentorId" JOIN "User" cu ON cu.id = cm."userId"
          JOIN "Membership" pm ON pm.id = p."preclinicalMentorId" JOIN "User" pu ON pu.id = pm."userId"
         WHERE p."cohortId" = ${cohortId}
         ORDER BY p.label`.then((rows) =>
      rows.map((r) => ({
        id: r.id,
        label: r.label,
        clinicalMentor: { user: { name: r.clinical } },
        preclinicalMentor: { user: { name: r.preclinical } },
        _count: { mentees: r.mentees },
      })),
    ),
    db().user.groupBy({
      by: ["gender"],
      where: { memberships: { some: { cohortId, role: "MENTEE", status: "ACTIVE" } } },
      _count: { _all: true },
    }),
    db().referral.groupBy({ by: ["status"], where: { cohortId }, _count: { _all: true } }),
  ]);
  if (!cohort) return null;
  const count = (role: string, status = "ACTIVE") =>
    byRole.find((r) => r.role === role && r.status === status)?._count._all ?? 0;
  const phase = (p: string) => mentorsByPhase.find((r) => r.phase === p)?._count._all ?? 0;
  const assigned = pairs.reduce((n, p) => n + p._count.mentees, 0);
  return {
    cohort,
    people: {
      coordinators: count("COORDINATOR"),
      supervisors: count("SUPERVISOR"),
      roleModels: count("ROLE_MODEL"),
      mentorsClinical: phase("CLINICAL"),
      mentorsPreclinical: phase("PRECLINICAL"),
      mentorApplicants: count("MENTOR", "APPLIED"),
      mentees: count("MENTEE"),
      menteesAssigned: assigned,
      firstYearPool: count("MENTEE", "CANDIDATE"),
      menteesFemale: menteeGender.find((g) => g.gender === "FEMALE")?._count._all ?? 0,
    },
    pairs: pairs.map((p) => ({
      id: p.id,
      label: p.label,
      clinical: p.clinicalMentor.user.name,
      preclinical: p.preclinicalMentor.user.name,
      mentees: p._count.mentees,
    })),
    groups: pairs.filter((p) => p._count.mentees > 0).length,
    // Counts only: the coordinator never sees referral content (ARCHITECTURE.md).
    referrals: Object.fromEntries(referralCounts.map((r) => [r.status, r._count._all])) as Record<string, number>,
  };
}

// ---------------------------------------------------------------- cohort setup pages

/** The cohorts the caller coordinates, newest first. */
export async function listCoordinatedCohorts(userId: string) {
  const rows = await db().membership.findMany({
    where: { userId, role: "COORDINATOR", status: "ACTIVE" },
    orderBy: { cohort: { startsOn: "desc" } },
    select: {
      cohort: {
        select: {
          id: true,
          name: true,
          academicYear: true,
          status: true,
          startsOn: true,
          endsOn: true,
          groupsPublishedAt: true,
          _count: { select: { pairs: true, memberships: true } },
        },
      },
    },
  });
  return rows.map((r) => r.cohort);
}

/**
 * For pages under /coordinator/cohorts/[cohortId]: the caller as a coordinator of THAT cohort,
 * or a 404 (a coordinator of another cohort learns nothing about it).
 */
export const requireCohortCoordinator = cache(async (cohortId: string): Promise<CohortActor> => {
  const userId = await getSessionUserId();
  if (!userId) redirect(`/login?callbackUrl=${encodeURIComponent(`/coordinator/cohorts/${cohortId}`)}`);
  const actor = await cohortActor(userId, cohortId);
  if (!actor || !can(actor, "write", "cohort.setup", { cohortId }, "COORDINATOR")) notFound();
  return actor;
});

/**
 * The other cohorts the signed-in caller coordinates (from the request's identity facts: no
 * statement), for the switcher's neighbours, the copy forms and the activation warning. Display
 * only: every action checks the cohort it touches again.
 */
export async function otherCoordinatedCohorts(cohortId: string | null) {
  const viewer = await getViewer();
  return (viewer?.memberships ?? [])
    .filter((m) => m.role === "COORDINATOR" && m.cohort.id !== cohortId)
    .map((m) => ({ id: m.cohort.id, name: m.cohort.name, status: m.cohort.status }));
}

export async function getCohortSettings(actor: CohortActor) {
  if (!can(actor, "read", "cohort.setup", { cohortId: actor.cohortId }, "COORDINATOR")) return null;
  const cohort = await db().cohort.findUnique({
    where: { id: actor.cohortId },
    select: {
      id: true,
      name: true,
      academicYear: true,
      startsOn: true,
      endsOn: true,
      timeZone: true,
      status: true,
      groupSize: true,
      maxMenteesPerMentor: true,
      firstIntervalDays: true,
      lastIntervalDays: true,
      trainingRequired: true,
      trainingModules: true,
      selectionCriteria: true,
      applicationsOpen: true,
      agreementText: true,
      groupsPublishedAt: true,
      menteeDrawSeed: true,
      defaultLocale: true,
      rolledOverFrom: { select: { id: true, name: true } },
      pausedPeriods: { orderBy: { startsOn: "asc" }, select: { label: true, startsOn: true, endsOn: true } },
      _count: { select: { pairs: true, assignments: true, templates: true, supportCentres: true } },
    },
  });
  if (!cohort) return null;
  return {
    ...cohort,
    pausedText: formatPausedPeriods(
      cohort.pausedPeriods.map((p) => ({
        label: p.label,
        startsOn: dbDateToLocal(p.startsOn),
        endsOn: dbDateToLocal(p.endsOn),
      })),
    ),
    nextYear: nextAcademicYear(cohort.academicYear),
  };
}

/** People of the cohort by role and status (counts), and one page of them. */
export async function getPeoplePage(actor: CohortActor, opts: { q?: string; page?: number } = {}) {
  if (!can(actor, "read", "cohort.setup", { cohortId: actor.cohortId }, "COORDINATOR")) return null;
  const take = 50;
  const page = Math.max(1, opts.page ?? 1);
  const q = opts.q?.trim();
  const where = {
    cohortId: actor.cohortId,
    ...(q
      ? {
          user: {
            OR: [
              { name: { contains: q, mode: "insensitive" as const } },
              { email: { contains: q, mode: "insensitive" as const } },
            ],
          },
        }
      : {}),
  };
  const [counts, total, rows] = await Promise.all([
    db().membership.groupBy({ by: ["role", "status"], where: { cohortId: actor.cohortId }, _count: { _all: true } }),
    db().membership.count({ where }),
    db().membership.findMany({
      where,
      orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
      skip: (page - 1) * take,
      take,
      select: {
        id: true,
        role: true,
        status: true,
        phase: true,
        yearOfStudy: true,
        user: {
          select: { name: true, email: true, gender: true, international: true, languages: true, passwordHash: true },
        },
      },
    }),
  ]);
  return {
    counts: counts.map((c) => ({ role: c.role, status: c.status, n: c._count._all })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / take)),
    rows: rows.map(({ user: { passwordHash, ...user }, ...m }) => ({ ...m, user, invited: !passwordHash })),
  };
}

/**
 * The outbox as the coordinator sees it while no mail server is configured (development and
 * demos): the latest emails to people of the cohorts they coordinate. With SMTP_URL set, mail
 * leaves the building and this page is not offered.
 */
export async function listOutboxForCoordinator(userId: string, opts: { to?: string } = {}) {
  if (env.SMTP_URL) return null;
  const cohorts = await db().membership.findMany({
    where: { userId, role: "COORDINATOR", status: "ACTIVE" },
    select: { cohortId: true },
  });
  if (cohorts.length === 0) return null;
  return db().outbox.findMany({
    where: {
      user: { memberships: { some: { cohortId: { in: cohorts.map((c) => c.cohortId) } } } },
      // A reset link is a credential for its owner alone: never on a coordinator's screen (issue 16).
      kind: { not: "password.reset" },
      ...(opts.to?.trim() ? { toEmail: { contains: opts.to.trim().toLowerCase() } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, toEmail: true, subject: true, body: true, kind: true, status: true, createdAt: true },
  });
}
