import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { can, type CohortActor } from "../auth/permissions";
import { cohortActor, getSessionUserId, getViewer } from "../auth/session";
import { db } from "../db";
import { env } from "../env";
import { clock } from "../clock";
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
export const PEOPLE_ROLES = ["MENTEE", "MENTOR", "COORDINATOR", "SUPERVISOR", "ROLE_MODEL"] as const;
export const PEOPLE_STATUSES = ["CANDIDATE", "APPLIED", "ACTIVE", "DECLINED", "WITHDRAWN"] as const;
export interface PeopleFilter {
  q?: string;
  page?: number;
  role?: string;
  status?: string;
  /** a pair id, or "none": mentees and mentors without a group */
  group?: string;
}

/**
 * The People list (issue 10, item 2): 50 a page, by name or email, role, status and group, all in
 * the database (fast at 50,000 people: the (cohortId, role, status) index, no per-row reads).
 * Filters the URL names that are not values are ignored, never an error.
 */
export async function getPeoplePage(actor: CohortActor, opts: PeopleFilter = {}) {
  if (!can(actor, "read", "cohort.setup", { cohortId: actor.cohortId }, "COORDINATOR")) return null;
  const take = 50;
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const q = opts.q?.trim().slice(0, 200);
  const role = PEOPLE_ROLES.find((r) => r === opts.role);
  const status = PEOPLE_STATUSES.find((x) => x === opts.status);
  const group = opts.group && /^[A-Za-z0-9_-]{1,64}$/.test(opts.group) ? opts.group : undefined;
  const inGroup = (pairId: string) => ({
    OR: [{ assignment: { pairId } }, { pairAsClinical: { id: pairId } }, { pairAsPreclinical: { id: pairId } }],
  });
  const noGroup = {
    role: { in: ["MENTEE", "MENTOR"] as ("MENTEE" | "MENTOR")[] },
    assignment: null,
    pairAsClinical: null,
    pairAsPreclinical: null,
  };
  const where = {
    cohortId: actor.cohortId,
    AND: [role ? { role } : {}, status ? { status } : {}, group === "none" ? noGroup : group ? inGroup(group) : {}],
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
  const [counts, total, rows, groups] = await Promise.all([
    db().membership.groupBy({ by: ["role", "status"], where: { cohortId: actor.cohortId }, _count: { _all: true } }),
    db().membership.count({ where }),
    db().membership.findMany({
      where,
      orderBy: [{ role: "asc" }, { user: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * take,
      take,
      select: {
        id: true,
        role: true,
        status: true,
        phase: true,
        yearOfStudy: true,
        studentNumber: true,
        user: {
          select: { name: true, email: true, gender: true, international: true, languages: true, passwordHash: true },
        },
      },
    }),
    db().mentorPair.findMany({
      where: { cohortId: actor.cohortId },
      orderBy: [{ label: "asc" }, { id: "asc" }],
      select: { id: true, label: true },
    }),
  ]);
  const pages = Math.max(1, Math.ceil(total / take));
  return {
    counts: counts.map((c) => ({ role: c.role, status: c.status, n: c._count._all })),
    total,
    page,
    pages,
    filter: { q: q ?? "", role: role ?? "", status: status ?? "", group: group ?? "" },
    groups,
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

/**
 * One person of the cohort for the coordinator's person page (issue 10, item 2): who they are,
 * their place in this cohort (role, status, phase, year, group, student number), whether they
 * signed up or have an open invitation, and their memberships in the other cohorts this
 * coordinator runs (never cohorts the coordinator does not run). Two statements.
 */
export async function getPersonPage(actor: CohortActor, membershipId: string, now = clock()) {
  if (!can(actor, "read", "cohort.setup", { cohortId: actor.cohortId }, "COORDINATOR")) return null;
  const m = await db().membership.findFirst({
    where: { id: membershipId, cohortId: actor.cohortId },
    select: {
      id: true,
      role: true,
      status: true,
      phase: true,
      yearOfStudy: true,
      studentNumber: true,
      assignment: { select: { pair: { select: { id: true, label: true } } } },
      pairAsClinical: { select: { id: true, label: true } },
      pairAsPreclinical: { select: { id: true, label: true } },
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          phone: true,
          passwordHash: true,
          authTokens: {
            where: { purpose: "INVITATION", usedAt: null, expiresAt: { gt: now } },
            select: { id: true },
            take: 1,
          },
        },
      },
    },
  });
  if (!m) return null;
  const elsewhere = await db().membership.findMany({
    where: {
      userId: m.user.id,
      cohortId: { not: actor.cohortId },
      cohort: { memberships: { some: { userId: actor.userId, role: "COORDINATOR", status: "ACTIVE" } } },
    },
    orderBy: [{ cohort: { startsOn: "desc" } }, { id: "asc" }],
    select: { id: true, role: true, status: true, cohort: { select: { id: true, name: true } } },
  });
  const { passwordHash, authTokens, ...user } = m.user;
  return {
    id: m.id,
    role: m.role,
    status: m.status,
    phase: m.phase,
    yearOfStudy: m.yearOfStudy,
    studentNumber: m.studentNumber,
    group: m.assignment?.pair ?? m.pairAsClinical ?? m.pairAsPreclinical ?? null,
    user,
    account: passwordHash
      ? ("signed-up" as const)
      : authTokens.length
        ? ("invited" as const)
        : ("no-invitation" as const),
    elsewhere,
  };
}
