import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";

/** The coordinator's cohort overview: settings, people by role and phase, pairs and groups. */
export async function getCohortOverview(actor: CohortActor) {
  if (!can(actor, "read", "cohort.setup", { cohortId: actor.cohortId }) || !actor.roles.has("COORDINATOR")) return null;
  const cohortId = actor.cohortId;
  const [cohort, byRole, mentorsByPhase, pairs, menteeGender, referralCounts] = await Promise.all([
    db().cohort.findUnique({
      where: { id: cohortId },
      select: {
        name: true, academicYear: true, startsOn: true, endsOn: true, timeZone: true, status: true,
        groupSize: true, firstIntervalDays: true, lastIntervalDays: true, groupsPublishedAt: true,
      },
    }),
    db().membership.groupBy({ by: ["role", "status"], where: { cohortId }, _count: { _all: true } }),
    db().membership.groupBy({ by: ["phase"], where: { cohortId, role: "MENTOR", status: "ACTIVE" }, _count: { _all: true } }),
    db().mentorPair.findMany({
      where: { cohortId },
      orderBy: { label: "asc" },
      select: {
        id: true,
        label: true,
        clinicalMentor: { select: { user: { select: { name: true } } } },
        preclinicalMentor: { select: { user: { select: { name: true } } } },
        _count: { select: { mentees: true } },
      },
    }),
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
