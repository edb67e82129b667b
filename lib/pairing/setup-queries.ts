import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { clock } from "../clock";
import { db } from "../db";
import { cadenceOf, lastCompletedContacts, loadCohortCadence } from "../contacts/data";
import { loadGroupingInput } from "./grouping-data";
import { balanceReport } from "./rules/balance";
import type { DrawGender } from "./rules/draw";
import { DEFAULT_WEIGHTS } from "./rules/grouping";
import { isTrained } from "./rules/pairs";

/** The coordinator's setup pages: the table's cell, through the coordinator role only. */
const isCoordinator = (actor: CohortActor) =>
  can(actor, "read", "cohort.setup", { cohortId: actor.cohortId }, "COORDINATOR");

/** Mentor applicants and accepted mentors with their training, for the recruitment page. */
export async function getMentorsPage(actor: CohortActor) {
  if (!isCoordinator(actor)) return null;
  const [cohort, mentors] = await Promise.all([
    db().cohort.findUniqueOrThrow({
      where: { id: actor.cohortId },
      select: { status: true, selectionCriteria: true, trainingModules: true, trainingRequired: true },
    }),
    db().membership.findMany({
      where: { cohortId: actor.cohortId, role: "MENTOR" },
      orderBy: [{ phase: "asc" }, { user: { name: "asc" } }],
      select: {
        id: true,
        status: true,
        phase: true,
        yearOfStudy: true,
        motivation: true,
        availabilityNote: true,
        decisionReason: true,
        user: { select: { name: true, email: true, gender: true, languages: true } },
        trainings: { select: { module: true } },
      },
    }),
  ]);
  return {
    cohort,
    applicants: mentors.filter((m) => m.status === "APPLIED"),
    accepted: mentors
      .filter((m) => m.status === "ACTIVE")
      .map((m) => ({
        ...m,
        modules: m.trainings.map((t) => t.module),
        trained: isTrained(
          m.trainings.map((t) => t.module),
          cohort.trainingModules,
        ),
      })),
    declined: mentors.filter((m) => m.status === "DECLINED" || m.status === "WITHDRAWN"),
  };
}

export type GroupsBoard = NonNullable<Awaited<ReturnType<typeof getGroupsBoard>>>;

/** Pairs, groups, the balance report, mentor load and agreement status, for the groups page. */
export async function getGroupsBoard(actor: CohortActor, now = clock()) {
  if (!isCoordinator(actor)) return null;
  const cohortId = actor.cohortId;
  const [cohort, data, freeMentors, pool, acks, contacts, meetings, cadence, lastContacts] = await Promise.all([
    db().cohort.findUniqueOrThrow({
      where: { id: cohortId },
      select: {
        status: true,
        groupSize: true,
        maxMenteesPerMentor: true,
        trainingRequired: true,
        menteeDrawSeed: true,
        groupsPublishedAt: true,
      },
    }),
    loadGroupingInput(db(), cohortId),
    db().membership.findMany({
      where: { cohortId, role: "MENTOR", status: "ACTIVE", pairAsClinical: null, pairAsPreclinical: null },
      orderBy: { user: { name: "asc" } },
      select: { id: true, phase: true, user: { select: { name: true } } },
    }),
    db().$queryRaw<{ drawn: boolean; gender: DrawGender; n: number }[]>`
      SELECT (m.status = 'ACTIVE') AS drawn, u.gender::text AS gender, COUNT(*)::int AS n
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."cohortId" = ${cohortId} AND m.role = 'MENTEE'
        AND (m.status = 'CANDIDATE' OR (m.status = 'ACTIVE' AND m."drawnAt" IS NOT NULL))
      GROUP BY 1, 2`,
    db().agreementAcknowledgement.findMany({
      where: { pair: { cohortId } },
      select: { pairId: true, membershipId: true },
    }),
    db().contactLog.groupBy({ by: ["mentorId"], where: { cohortId }, _count: { _all: true } }),
    db().booking.groupBy({
      by: ["slotId"],
      where: { slot: { cohortId }, status: { in: ["BOOKED", "ATTENDED"] } },
      _count: { _all: true },
    }),
    loadCohortCadence(db(), cohortId),
    lastCompletedContacts(db(), cohortId),
  ]);
  // Overdue contacts per pair, from the same cadence rule the mentors' homes use.
  const overdueByPair = new Map<string, number>();
  if (cadence) {
    for (const m of cadenceOf(cadence, lastContacts, now)) {
      if (m.status.kind === "overdue") overdueByPair.set(m.pairId, (overdueByPair.get(m.pairId) ?? 0) + 1);
    }
  }
  const slotMentor = meetings.length
    ? new Map(
        (
          await db().availabilitySlot.findMany({
            where: { id: { in: meetings.map((m) => m.slotId) } },
            select: { id: true, mentorId: true },
          })
        ).map((s) => [s.id, s.mentorId]),
      )
    : new Map<string, string>();
  const meetingsByMentor = new Map<string, number>();
  for (const m of meetings) {
    const mentor = slotMentor.get(m.slotId);
    if (mentor) meetingsByMentor.set(mentor, (meetingsByMentor.get(mentor) ?? 0) + m._count._all);
  }
  const contactsByMentor = new Map(contacts.map((c) => [c.mentorId, c._count._all]));
  const byGender = (drawn: boolean) => {
    const out: Record<DrawGender, number> = { FEMALE: 0, MALE: 0, OTHER: 0, UNDISCLOSED: 0 };
    for (const row of pool) if (row.drawn === drawn) out[row.gender] += row.n;
    return out;
  };
  const waiting = byGender(false);
  // Who is drawn and who waits, by name: only while the draw can still change (redo, swap).
  const people =
    cohort.menteeDrawSeed && !cohort.groupsPublishedAt
      ? await db().$queryRaw<{ id: string; name: string; email: string; gender: DrawGender; drawn: boolean }[]>`
          SELECT m.id, u.name, u.email, u.gender::text AS gender, (m.status = 'ACTIVE') AS drawn
          FROM "Membership" m JOIN "User" u ON u.id = m."userId"
          WHERE m."cohortId" = ${cohortId} AND m.role = 'MENTEE'
            AND (m.status = 'CANDIDATE' OR (m.status = 'ACTIVE' AND m."drawnAt" IS NOT NULL))
          ORDER BY u.name, u.email, m.id`
      : [];
  const draw = {
    waitingByGender: waiting,
    drawnByGender: byGender(true),
    drawn: people.filter((p) => p.drawn).map(({ drawn: _, ...p }) => p),
    candidates: people.filter((p) => !p.drawn).map(({ drawn: _, ...p }) => p),
  };
  const pairRows = await db().mentorPair.findMany({
    where: { cohortId },
    select: { id: true, clinicalMentorId: true, preclinicalMentorId: true },
  });
  const mentorIds = new Map(pairRows.map((p) => [p.id, p]));
  const acked = new Set(acks.map((a) => `${a.pairId}:${a.membershipId}`));
  const menteeById = new Map(data.mentees.map((m) => [m.id, m]));
  const groups = data.pairs.map((p) => {
    const ids = mentorIds.get(p.id)!;
    const members = data.assignments
      .filter((a) => a.pairId === p.id)
      .map((a) => menteeById.get(a.menteeId)!)
      .filter(Boolean);
    const notAcked = [
      ...(!acked.has(`${p.id}:${ids.clinicalMentorId}`) ? [p.clinicalName] : []),
      ...(!acked.has(`${p.id}:${ids.preclinicalMentorId}`) ? [p.preclinicalName] : []),
      ...members.filter((m) => !acked.has(`${p.id}:${m.id}`)).map((m) => m.name),
    ];
    return { ...p, mentees: members, notAcknowledged: notAcked };
  });
  // Load: mentees, contacts, meetings and overdue contacts per mentor (a pair's overdue mentees
  // are both mentors' concern: either contact resets the clock).
  const load = data.pairs.flatMap((p) => {
    const ids = mentorIds.get(p.id)!;
    const mentees = groups.find((g) => g.id === p.id)!.mentees.length;
    return [
      { membershipId: ids.clinicalMentorId, name: p.clinicalName, phase: "CLINICAL" as const, pair: p.label },
      { membershipId: ids.preclinicalMentorId, name: p.preclinicalName, phase: "PRECLINICAL" as const, pair: p.label },
    ].map((m) => ({
      ...m,
      mentees,
      contacts: contactsByMentor.get(m.membershipId) ?? 0,
      meetings: meetingsByMentor.get(m.membershipId) ?? 0,
      overdue: overdueByPair.get(p.id) ?? 0,
      atLimit: mentees >= cohort.maxMenteesPerMentor,
      overLimit: mentees > cohort.maxMenteesPerMentor,
    }));
  });
  const assigned = new Set(data.assignments.map((a) => a.menteeId));
  return {
    cohort,
    groups,
    freeMentors,
    candidatePool: Object.values(waiting).reduce((a, b) => a + b, 0),
    draw,
    unassigned: data.mentees.filter((m) => !assigned.has(m.id)),
    mentees: data.mentees.length,
    balance: balanceReport(data.pairs, data.assignments, data.mentees, DEFAULT_WEIGHTS),
    load,
  };
}

/** The mentoring agreement card on a mentor's or mentee's home (after publishing). */
export async function getAgreementCard(actor: CohortActor, role: "MENTOR" | "MENTEE") {
  const pairId = role === "MENTOR" ? actor.mentorPairId : actor.menteePairId;
  const membershipId = actor.membershipIds[role];
  if (!pairId || !membershipId || !can(actor, "read", "cohort.setup", { cohortId: actor.cohortId, pairId }, role))
    return null;
  // One statement: the cohort's text and the caller's acknowledgement.
  const [row] = await db().$queryRaw<{ text: string | null; acknowledgedAt: Date | null }[]>`
    SELECT c."agreementText" AS text, a."acknowledgedAt"
      FROM "Cohort" c
      LEFT JOIN "AgreementAcknowledgement" a ON a."pairId" = ${pairId} AND a."membershipId" = ${membershipId}
     WHERE c.id = ${actor.cohortId}`;
  return { pairId, role, text: row?.text ?? null, acknowledgedAt: row?.acknowledgedAt ?? null };
}
