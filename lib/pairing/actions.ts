"use server";
import { randomBytes } from "node:crypto";
import { Prisma } from "../../generated/prisma/client";
import { defineAction, ruleError, type Tx } from "../actions";
import { inTurn } from "../db/in-turn";
import { clock } from "../clock";
import { msg } from "../i18n/msg";
import { localDate, zonedToUtc } from "../time";
import { loadCohort } from "../cohorts/loaders";
import { lockEditableCohort } from "../cohorts/setup";
import { loadMembership } from "../people/loaders";
import { inviteMembersWhoCannotSignIn } from "../people/invitations";
import { notifyMemberships } from "../people/notify";
import { loadGroupingInput } from "./grouping-data";
import { loadPair } from "./loaders";
import {
  DRAW_METHOD,
  drawProblem,
  drawStratified,
  redoProblem,
  swapProblem,
  waitingByGender,
  type DrawGender,
  type Strata,
} from "./rules/draw";
import { suggestGroups } from "./rules/grouping";
import {
  assignmentProblem,
  dissolveProblem,
  isTrained,
  nextPairLabels,
  pairProblem,
  suggestPairs,
  trainingDateProblem,
} from "./rules/pairs";
import {
  acknowledgeAgreementSchema,
  createPairSchema,
  decideApplicationSchema,
  deletePairSchema,
  drawMenteesSchema,
  redrawMenteesSchema,
  swapMenteeSchema,
  moveMenteeSchema,
  publishSchema,
  recordTrainingSchema,
  suggestGroupsSchema,
  suggestPairsSchema,
} from "./schemas";

/**
 * Mentor recruitment, pairs, the mentee draw, groups and publishing: coordinator decisions on a
 * record (the cohort, a membership or a pair), each through the pipeline with the table's write
 * cell of cohort.setup; and the agreement, which a mentor or mentee acknowledges for their own
 * pair (the table's agreement cell). Changes after publishing are audited and announced.
 */
const SETUP = { verb: "write", resource: "cohort.setup" } as const;

const groupsPath = (cohortId: string) => `/coordinator/cohorts/${cohortId}/groups`;
const mentorsPath = (cohortId: string) => `/coordinator/cohorts/${cohortId}/mentors`;

/** The mentors of some pairs (for the emails a change of groups sends). */
async function mentorsOf(tx: Tx, pairIds: readonly string[]): Promise<string[]> {
  if (pairIds.length === 0) return [];
  const pairs = await tx.mentorPair.findMany({
    where: { id: { in: [...new Set(pairIds)] } },
    select: { clinicalMentorId: true, preclinicalMentorId: true },
  });
  return pairs.flatMap((p) => [p.clinicalMentorId, p.preclinicalMentorId]);
}

// ---------------------------------------------------------------- mentor recruitment and training

export const decideApplicationAction = defineAction({
  name: "pairing.decide_application",
  schema: decideApplicationSchema,
  successMessage: (d: { status: string; cohortId: string }) =>
    msg(d.status === "ACTIVE" ? "pairing.done.accepted" : "pairing.done.declined"),
  revalidate: (d: { status: string; cohortId: string }) => [mentorsPath(d.cohortId)],
  load: ({ input }) => loadMembership(input.membershipId, "MENTOR"),
  permission: SETUP,
  async run({ input, record: m, tx }) {
    const status = input.decision === "ACCEPT" ? ("ACTIVE" as const) : ("DECLINED" as const);
    await lockEditableCohort(tx, m.cohortId);
    const { count } = await tx.membership.updateMany({
      where: { id: m.id, status: "APPLIED" },
      data: { status, decisionReason: input.reason || null, decidedAt: clock() },
    });
    if (count !== 1) ruleError(msg("pairing.errors.alreadyDecided"));
    await notifyMemberships(tx, [m.id], status === "ACTIVE" ? "mentor.accepted" : "mentor.declined", (p) => p);
    // An accepted mentor has something to do now: an invitation if they cannot sign in yet.
    if (status === "ACTIVE") await inviteMembersWhoCannotSignIn(tx, [m.id]);
    return { status, cohortId: m.cohortId };
  },
  // A role change: audited (the reason is the coordinator's text: not copied into the trail).
  audit: (d, { record }) => ({
    action: d.status === "ACTIVE" ? "membership.mentor_accepted" : "membership.mentor_declined",
    entity: "Membership",
    entityId: record.id,
  }),
});

/** Records one training module as completed by the ticked mentors (idempotent). */
export const recordTrainingAction = defineAction({
  name: "pairing.record_training",
  schema: recordTrainingSchema,
  successMessage: (d: { recorded: number; newlyRecorded: number; completedOn: string }) =>
    msg("pairing.done.trainingRecorded", { count: d.recorded }),
  revalidate: (_d, input) => [mentorsPath(input.cohortId), groupsPath(input.cohortId)],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ userId, input, record: cohort, tx }) {
    const locked = await lockEditableCohort(tx, cohort.id);
    if (!locked.trainingModules.includes(input.module)) ruleError(msg("pairing.errors.notAModule"), "module");
    const mentors = await tx.membership.findMany({
      where: { id: { in: input.membershipIds }, cohortId: cohort.id, role: "MENTOR", status: "ACTIVE" },
      select: { id: true },
    });
    if (mentors.length !== new Set(input.membershipIds).size)
      ruleError(msg("pairing.errors.notAcceptedMentors"), "membershipIds");
    const now = clock();
    const { timeZone } = await tx.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { timeZone: true } });
    const today = localDate(now, timeZone);
    const day = input.completedOn ?? today;
    const dateProblem = trainingDateProblem(day, today);
    if (dateProblem) ruleError(msg(dateProblem), "completedOn");
    // today: the moment it is recorded; an earlier day: its noon in the cohort's zone
    const completedAt = day === today ? now : zonedToUtc(`${day}T12:00`, timeZone);
    const { count } = await tx.trainingCompletion.createMany({
      data: mentors.map((m) => ({ membershipId: m.id, module: input.module, completedAt, recordedById: userId })),
      skipDuplicates: true,
    });
    // trainingCompletedAt: set when every module of the cohort is complete
    const done = await tx.trainingCompletion.groupBy({
      by: ["membershipId"],
      where: { membershipId: { in: mentors.map((m) => m.id) }, module: { in: locked.trainingModules } },
      _count: { _all: true },
    });
    const complete = done.filter((d) => d._count._all >= locked.trainingModules.length).map((d) => d.membershipId);
    if (complete.length)
      await tx.membership.updateMany({
        where: { id: { in: complete }, trainingCompletedAt: null },
        data: { trainingCompletedAt: completedAt },
      });
    return { recorded: mentors.length, newlyRecorded: count, completedOn: day };
  },
  audit: (d, { input, record }) => ({
    action: "training.recorded",
    entity: "Cohort",
    entityId: record.id,
    detail: { module: input.module, mentors: d.recorded, newlyRecorded: d.newlyRecorded, completedOn: d.completedOn },
  }),
});

// ---------------------------------------------------------------- pairs

async function takenLabels(tx: Tx, cohortId: string) {
  return (await tx.mentorPair.findMany({ where: { cohortId }, select: { label: true } })).map((p) => p.label);
}

export const createPairAction = defineAction({
  name: "pairing.create_pair",
  schema: createPairSchema,
  successMessage: msg("pairing.done.pairFormed"),
  revalidate: (_d, input) => [groupsPath(input.cohortId)],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }) {
    const locked = await lockEditableCohort(tx, cohort.id);
    const mentors = await tx.membership.findMany({
      where: { id: { in: [input.clinicalMentorId, input.preclinicalMentorId] }, cohortId: cohort.id, role: "MENTOR" },
      select: { id: true, userId: true, phase: true, status: true },
    });
    const find = (id: string) => {
      const m = mentors.find((x) => x.id === id);
      return m && m.phase ? { ...m, phase: m.phase } : null;
    };
    const problem = pairProblem(find(input.clinicalMentorId), find(input.preclinicalMentorId));
    if (problem) ruleError(problem, "clinicalMentorId");
    const label = input.label || nextPairLabels(await takenLabels(tx, cohort.id), 1)[0];
    const pair = await tx.mentorPair.create({
      data: {
        cohortId: cohort.id,
        label,
        clinicalMentorId: input.clinicalMentorId,
        preclinicalMentorId: input.preclinicalMentorId,
      },
      select: { id: true },
    });
    const published = !!locked.groupsPublishedAt;
    if (published)
      await notifyMemberships(tx, [input.clinicalMentorId, input.preclinicalMentorId], "pair.formed", (p) => ({
        name: p.name,
        label,
      }));
    return { pairId: pair.id, label, published };
  },
  audit: (d: { pairId: string; published: boolean }) =>
    d.published && { action: "pair.created_after_publishing", entity: "MentorPair", entityId: d.pairId },
});

/**
 * Dissolves a pair that has no history (dissolveProblem): its group placements go with it (the
 * mentees become unassigned) and, after publishing, everyone in it is told. A pair with
 * referrals, contact logs, meeting times or bookings is refused with what it holds; the database
 * refuses the delete as well (every such relation is ON DELETE RESTRICT, decision 040).
 */
export const deletePairAction = defineAction({
  name: "pairing.delete_pair",
  schema: deletePairSchema,
  successMessage: msg("pairing.done.pairDissolved"),
  revalidate: (d: { cohortId: string; published: boolean; mentees: number; acknowledgements: number }) => [
    groupsPath(d.cohortId),
  ],
  load: ({ input }) => loadPair(input.pairId),
  permission: SETUP,
  async run({ record: pair, tx }) {
    const locked = await lockEditableCohort(tx, pair.cohortId);
    // Lock the pair: a contact or a slot written meanwhile waits for the delete (and then fails
    // on the missing pair) instead of slipping in after the count.
    await tx.$queryRaw`SELECT id FROM "MentorPair" WHERE id = ${pair.id} FOR UPDATE`;
    const [referrals, contactLogs, meetingTimes, bookings, members] = await inTurn(
      () => tx.referral.count({ where: { pairId: pair.id } }),
      () => tx.contactLog.count({ where: { pairId: pair.id } }),
      () => tx.availabilitySlot.count({ where: { pairId: pair.id } }),
      () => tx.booking.count({ where: { slot: { pairId: pair.id } } }),
      () =>
        tx.mentorPair.findUniqueOrThrow({
          where: { id: pair.id },
          select: {
            clinicalMentorId: true,
            preclinicalMentorId: true,
            mentees: { select: { menteeId: true } },
            _count: { select: { agreementAcks: true } },
          },
        }),
    );
    const problem = dissolveProblem({ referrals, contactLogs, meetingTimes, bookings });
    if (problem) ruleError(problem);
    await tx.mentorPair.delete({ where: { id: pair.id }, select: { id: true } });
    const published = !!locked.groupsPublishedAt;
    if (published)
      await notifyMemberships(
        tx,
        [members.clinicalMentorId, members.preclinicalMentorId, ...members.mentees.map((m) => m.menteeId)],
        "pair.dissolved",
        (p) => ({ name: p.name, label: pair.label }),
      );
    return {
      cohortId: pair.cohortId,
      published,
      mentees: members.mentees.length,
      acknowledgements: members._count.agreementAcks,
    };
  },
  audit: (d, { record }) =>
    d.published && {
      action: "pair.deleted_after_publishing",
      entity: "MentorPair",
      entityId: record.id,
      detail: { label: record.label, mentees: d.mentees, acknowledgements: d.acknowledgements },
    },
});

/** Pairs every unpaired clinical mentor with an unpaired preclinical mentor (drafts until published). */
export const suggestPairsAction = defineAction({
  name: "pairing.suggest_pairs",
  schema: suggestPairsSchema,
  successMessage: (d: { created: number }) =>
    d.created ? msg("pairing.done.pairsSuggested", { count: d.created }) : msg("pairing.done.allPaired"),
  revalidate: (_d, input) => [groupsPath(input.cohortId)],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }) {
    const locked = await lockEditableCohort(tx, cohort.id);
    if (locked.groupsPublishedAt) ruleError(msg("pairing.errors.pairsPublished"));
    const free = await tx.membership.findMany({
      where: { cohortId: cohort.id, role: "MENTOR", status: "ACTIVE", pairAsClinical: null, pairAsPreclinical: null },
      orderBy: { user: { email: "asc" } },
      select: { id: true, phase: true, user: { select: { gender: true, languages: true } } },
    });
    const traits = (phase: string) =>
      free
        .filter((m) => m.phase === phase)
        .map((m) => ({ id: m.id, gender: m.user.gender, languages: m.user.languages }));
    const pairs = suggestPairs(traits("CLINICAL"), traits("PRECLINICAL"), input);
    const labels = nextPairLabels(await takenLabels(tx, cohort.id), pairs.length);
    await tx.mentorPair.createMany({
      data: pairs.map((p, i) => ({
        cohortId: cohort.id,
        label: labels[i],
        clinicalMentorId: p.clinicalId,
        preclinicalMentorId: p.preclinicalId,
      })),
    });
    return { created: pairs.length };
  },
  audit: (d, { input, record }) => ({
    action: "pairs.suggested",
    entity: "Cohort",
    entityId: record.id,
    detail: { pairs: d.created, mixGender: input.mixGender, shareLanguage: input.shareLanguage },
  }),
});

// ---------------------------------------------------------------- mentees and groups

const newSeed = () => randomBytes(8).toString("hex");

/** The drawn mentees' history: what a redo or a swap must never lose (nothing exists before publishing, normally). */
async function withHistory(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const list = Prisma.join(ids);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT m.id FROM "Membership" m WHERE m.id IN (${list}) AND (
      EXISTS (SELECT 1 FROM "ContactLog" x WHERE x."menteeId" = m.id)
      OR EXISTS (SELECT 1 FROM "TemplateSend" x WHERE x."menteeId" = m.id)
      OR EXISTS (SELECT 1 FROM "Booking" x WHERE x."menteeId" = m.id)
      OR EXISTS (SELECT 1 FROM "Referral" x WHERE x."menteeId" = m.id)
      OR EXISTS (SELECT 1 FROM "Attendance" x WHERE x."membershipId" = m.id)
      OR EXISTS (SELECT 1 FROM "SessionFeedback" x WHERE x."membershipId" = m.id)
      OR EXISTS (SELECT 1 FROM "SurveyResponse" x WHERE x."respondentId" = m.id OR x."subjectId" = m.id)
      OR EXISTS (SELECT 1 FROM "AgreementAcknowledgement" x WHERE x."membershipId" = m.id))`;
  return new Set(rows.map((r) => r.id));
}

interface DrawResult {
  drawn: number;
  pool: number;
  seed: string;
  strata: Strata;
  byGender: Record<DrawGender, number>;
}

/**
 * The draw itself, in the caller's transaction (cohort locked): the waiting first-years in a
 * stable order (drawOrder: by membership id, never the database's collation), drawStratified,
 * and the drawn become ACTIVE mentees with their drawnAt.
 */
async function drawInto(
  tx: Tx,
  cohortId: string,
  input: { strata: Strata; seed: string },
  alreadyDrawn: boolean,
): Promise<DrawResult> {
  const seed = input.seed || newSeed();
  const rows = await tx.membership.findMany({
    where: { cohortId, role: "MENTEE", status: "CANDIDATE" },
    select: { id: true, user: { select: { gender: true } } },
  });
  const candidates = rows.map((r) => ({ id: r.id, gender: r.user.gender }));
  const problem = drawProblem({ alreadyDrawn, waiting: waitingByGender(candidates), strata: input.strata });
  if (problem) ruleError(problem.message, problem.field);
  const drawn = drawStratified(candidates, input.strata, seed);
  const now = clock();
  const { count } = await tx.membership.updateMany({
    where: { id: { in: drawn.map((d) => d.id) }, status: "CANDIDATE" },
    data: { status: "ACTIVE", decidedAt: now, drawnAt: now },
  });
  if (count !== drawn.length) ruleError(msg("pairing.errors.firstYearsChanged"));
  return { drawn: drawn.length, pool: candidates.length, seed, strata: input.strata, byGender: waitingByGender(drawn) };
}

const drawRevalidate = (cohortId: string) => [
  groupsPath(cohortId),
  `/coordinator/cohorts/${cohortId}/people`,
  "/coordinator",
];

/**
 * The random draw of first-year students: a total, or so many of each gender; with the
 * coordinator's seed or a generated one, shown on the groups page and in the audit trail.
 */
export const drawMenteesAction = defineAction({
  name: "pairing.draw_mentees",
  schema: drawMenteesSchema,
  successMessage: (d: DrawResult) => msg("pairing.done.drawn", { count: d.drawn, seed: d.seed }),
  revalidate: (_d, input) => drawRevalidate(input.cohortId),
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }) {
    const locked = await lockEditableCohort(tx, cohort.id);
    const result = await drawInto(tx, cohort.id, input, !!locked.menteeDrawSeed);
    const { count } = await tx.cohort.updateMany({
      where: { id: cohort.id, menteeDrawSeed: null },
      data: { menteeDrawSeed: result.seed },
    });
    if (count !== 1) ruleError(msg("pairing.errors.drawnMeanwhile"));
    return result;
  },
  audit: (d, { record }) => ({
    action: "mentees.drawn",
    entity: "Cohort",
    entityId: record.id,
    detail: { seed: d.seed, count: d.drawn, pool: d.pool, strata: d.strata, byGender: d.byGender, order: DRAW_METHOD },
  }),
});

interface RedrawResult extends DrawResult {
  oldSeed: string;
  returned: number;
  unassigned: number;
}

/**
 * Redo the draw before publishing (confirmed): the drawn mentees (drawnAt, still active) leave
 * their unpublished groups and wait again as candidates, then the draw is made anew. Accepted
 * voluntary applicants are not drawn and stay. Refused after publishing, and if any drawn
 * mentee already has records (nothing is ever deleted but the unpublished group places).
 */
export const redrawMenteesAction = defineAction({
  name: "pairing.redraw_mentees",
  schema: redrawMenteesSchema,
  successMessage: (d: RedrawResult) =>
    msg("pairing.done.redrawn", { count: d.drawn, seed: d.seed, oldSeed: d.oldSeed }),
  revalidate: (_d, input) => drawRevalidate(input.cohortId),
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }): Promise<RedrawResult> {
    const locked = await lockEditableCohort(tx, cohort.id);
    const drawnRows = await tx.membership.findMany({
      where: { cohortId: cohort.id, role: "MENTEE", status: "ACTIVE", drawnAt: { not: null } },
      select: { id: true },
    });
    const ids = drawnRows.map((m) => m.id);
    const problem = redoProblem({
      drawn: !!locked.menteeDrawSeed,
      published: !!locked.groupsPublishedAt,
      withHistory: (await withHistory(tx, ids)).size,
    });
    if (problem) ruleError(problem);
    const oldSeed = locked.menteeDrawSeed!;
    const { count: unassigned } = await tx.menteeAssignment.deleteMany({
      where: { cohortId: cohort.id, menteeId: { in: ids } },
    });
    await tx.membership.updateMany({
      where: { id: { in: ids } },
      data: { status: "CANDIDATE", decidedAt: null, drawnAt: null },
    });
    const result = await drawInto(tx, cohort.id, input, false);
    const { count } = await tx.cohort.updateMany({
      where: { id: cohort.id, menteeDrawSeed: oldSeed, groupsPublishedAt: null },
      data: { menteeDrawSeed: result.seed },
    });
    if (count !== 1) ruleError(msg("pairing.errors.drawChanged"));
    return { ...result, oldSeed, returned: ids.length, unassigned };
  },
  audit: (d, { record }) => ({
    action: "mentees.redrawn",
    entity: "Cohort",
    entityId: record.id,
    detail: {
      oldSeed: d.oldSeed,
      seed: d.seed,
      returned: d.returned,
      unassigned: d.unassigned,
      count: d.drawn,
      pool: d.pool,
      strata: d.strata,
      byGender: d.byGender,
      order: DRAW_METHOD,
    },
  }),
});

interface SwapResult {
  cohortId: string;
  outId: string;
  inId: string;
  outName: string;
  inName: string;
  unassignedFrom: string | null;
}

/**
 * Before publishing: one drawn mentee goes back to the candidates and a waiting first-year is
 * drawn instead, for a reason (required). The one taken out leaves their unpublished group
 * place (suggest groups or a move fills it). The reason is the coordinator's text: it is kept
 * on the taken-out membership's decision reason, not copied into the trail (lib/audit.ts), which
 * records who swapped whom for whom.
 */
export const swapMenteeAction = defineAction({
  name: "pairing.swap_mentee",
  schema: swapMenteeSchema,
  successMessage: (d: SwapResult) => msg("pairing.done.swapped", { inName: d.inName, outName: d.outName }),
  revalidate: (d: SwapResult) => drawRevalidate(d.cohortId),
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }): Promise<SwapResult> {
    const locked = await lockEditableCohort(tx, cohort.id);
    // A typed first-year (issue 10, item 4: no list of every waiting first-year on the page): by
    // student number or email, among this cohort's waiting first-years only.
    let inId = input.inId;
    if (!inId) {
      const typed = input.incoming ?? "";
      const found = await tx.membership.findFirst({
        where: {
          cohortId: cohort.id,
          role: "MENTEE",
          status: "CANDIDATE",
          OR: [{ studentNumber: typed.toUpperCase() }, { user: { email: typed.toLowerCase() } }],
        },
        orderBy: { id: "asc" },
        select: { id: true },
      });
      if (!found) ruleError(msg("cohorts.swap.noWaiting"), "incoming");
      inId = found.id;
    }
    const people = await tx.membership.findMany({
      where: { id: { in: [input.outId, inId] }, cohortId: cohort.id, role: "MENTEE" },
      select: { id: true, status: true, drawnAt: true, user: { select: { name: true } } },
    });
    const outRow = people.find((p) => p.id === input.outId && p.status === "ACTIVE" && p.drawnAt);
    const inRow = people.find((p) => p.id === inId && p.status === "CANDIDATE");
    const history = outRow ? await withHistory(tx, [outRow.id]) : new Set<string>();
    const problem = swapProblem({
      published: !!locked.groupsPublishedAt,
      out: outRow ? { hasHistory: history.has(outRow.id) } : null,
      inIsCandidate: !!inRow,
    });
    if (problem) ruleError(problem.message, problem.field === "inId" && !input.inId ? "incoming" : problem.field);
    const assignment = await tx.menteeAssignment.findUnique({
      where: { menteeId_cohortId: { menteeId: outRow!.id, cohortId: cohort.id } },
      select: { id: true, pairId: true },
    });
    if (assignment) await tx.menteeAssignment.delete({ where: { id: assignment.id }, select: { id: true } });
    const now = clock();
    const { count: out } = await tx.membership.updateMany({
      where: { id: outRow!.id, status: "ACTIVE" },
      data: { status: "CANDIDATE", decidedAt: now, drawnAt: null, decisionReason: input.reason },
    });
    const { count: inn } = await tx.membership.updateMany({
      where: { id: inRow!.id, status: "CANDIDATE" },
      data: { status: "ACTIVE", decidedAt: now, drawnAt: now },
    });
    if (out !== 1 || inn !== 1) ruleError(msg("pairing.errors.swapChanged"));
    return {
      cohortId: cohort.id,
      outId: outRow!.id,
      inId: inRow!.id,
      outName: outRow!.user.name,
      inName: inRow!.user.name,
      unassignedFrom: assignment?.pairId ?? null,
    };
  },
  audit: (d, { record }) => ({
    action: "mentees.swapped",
    entity: "Cohort",
    entityId: record.id,
    detail: { out: d.outId, in: d.inId, unassignedFrom: d.unassignedFrom, reasonOn: "Membership.decisionReason" },
  }),
});

/** Places unassigned mentees into the pairs' free places, balancing gender and matching traits. */
export const suggestGroupsAction = defineAction({
  name: "pairing.suggest_groups",
  schema: suggestGroupsSchema,
  successMessage: (d: { placed: number; left: number; published: boolean; weights: object }) =>
    msg("pairing.done.groupsSuggested", { placed: d.placed, left: d.left }),
  revalidate: (_d, input) => [groupsPath(input.cohortId)],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }) {
    const locked = await lockEditableCohort(tx, cohort.id);
    const data = await loadGroupingInput(tx, cohort.id);
    const assigned = new Set(data.assignments.map((a) => a.menteeId));
    const waiting = data.mentees.filter((m) => !assigned.has(m.id));
    const weights = {
      language: input.weightLanguage,
      international: input.weightInternational,
      dormitory: input.weightDormitory,
    };
    const placements = suggestGroups(data.pairs, waiting, weights);
    // The capacity trigger re-checks every row under a lock of its pair.
    await tx.menteeAssignment.createMany({
      data: placements.map((p) => ({ cohortId: cohort.id, pairId: p.pairId, menteeId: p.menteeId })),
    });
    const published = !!locked.groupsPublishedAt;
    if (published && placements.length)
      await notifyMemberships(
        tx,
        [
          ...placements.map((p) => p.menteeId),
          ...(await mentorsOf(
            tx,
            placements.map((p) => p.pairId),
          )),
        ],
        "group.placed",
        (p) => p,
      );
    if (published && placements.length)
      await inviteMembersWhoCannotSignIn(
        tx,
        placements.map((p) => p.menteeId),
      );
    return { placed: placements.length, left: waiting.length - placements.length, weights, published };
  },
  audit: (d, { record }) => ({
    action: d.published ? "groups.suggested_after_publishing" : "groups.suggested",
    entity: "Cohort",
    entityId: record.id,
    detail: { placed: d.placed, weights: d.weights },
  }),
});

interface MoveResult {
  /** the label of the group moved into (null: taken out) */
  to: string | null;
  cohortId: string;
  published: boolean;
  from: string | null;
  toPairId: string | null;
}

/** Moves a mentee into a group (or out of any group); after publishing: audited and announced. */
export const moveMenteeAction = defineAction({
  name: "pairing.move_mentee",
  schema: moveMenteeSchema,
  successMessage: (d: MoveResult) => (d.to ? msg("pairing.done.moved", { label: d.to }) : msg("pairing.done.takenOut")),
  conflicts: {
    MenteeAssignment_menteeId_cohortId_key: {
      message: "pairing.errors.placedMeanwhile",
      field: "pairId",
    },
  },
  revalidate: (d: MoveResult) => [groupsPath(d.cohortId)],
  load: ({ input }) => loadMembership(input.menteeId, "MENTEE"),
  permission: SETUP,
  async run({ input, record: mentee, tx }): Promise<MoveResult> {
    const locked = await lockEditableCohort(tx, mentee.cohortId);
    const current = await tx.menteeAssignment.findUnique({
      where: { menteeId_cohortId: { menteeId: mentee.id, cohortId: mentee.cohortId } },
      select: { id: true, pairId: true },
    });
    let toLabel: string | null = null;
    let toPairId: string | null = null;
    // The form names the target by id (a list) or by its label (typed); errors go to that field.
    const byLabel = input.target !== undefined && !input.takeOut;
    const field = byLabel ? "target" : "pairId";
    if (byLabel || (input.pairId && !input.takeOut)) {
      if (!byLabel && current?.pairId === input.pairId) ruleError(msg("pairing.errors.alreadyInGroup"), field);
      // Lock the target pair: concurrent moves into one group queue here, so the count is exact.
      // A label matches exactly, else ignoring case ("group 12"); always within the mentee's cohort.
      const rows = byLabel
        ? await tx.$queryRaw<{ id: string; label: string; clinicalMentorId: string; preclinicalMentorId: string }[]>`
            SELECT id, label, "clinicalMentorId", "preclinicalMentorId" FROM "MentorPair"
            WHERE "cohortId" = ${mentee.cohortId} AND lower(label) = lower(${input.target})
            ORDER BY (label = ${input.target}) DESC, id LIMIT 1 FOR UPDATE`
        : await tx.$queryRaw<{ id: string; label: string; clinicalMentorId: string; preclinicalMentorId: string }[]>`
            SELECT id, label, "clinicalMentorId", "preclinicalMentorId" FROM "MentorPair"
            WHERE id = ${input.pairId} AND "cohortId" = ${mentee.cohortId} FOR UPDATE`;
      const pair = rows[0];
      if (!pair)
        ruleError(
          byLabel ? msg("pairing.errors.noGroupCalled", { label: input.target! }) : msg("pairing.errors.chooseGroup"),
          field,
        );
      if (byLabel && current?.pairId === pair.id) ruleError(msg("pairing.errors.alreadyInGroup"), field);
      const mentors = await tx.membership.findMany({
        where: { id: { in: [pair.clinicalMentorId, pair.preclinicalMentorId] } },
        select: { userId: true, trainings: { select: { module: true } } },
      });
      const groupCount = await tx.menteeAssignment.count({ where: { pairId: pair.id } });
      const problem = assignmentProblem({
        groupCount,
        groupSize: locked.groupSize,
        maxMenteesPerMentor: locked.maxMenteesPerMentor,
        mentorsTrained: mentors.every((m) =>
          isTrained(
            m.trainings.map((t) => t.module),
            locked.trainingModules,
          ),
        ),
        trainingRequired: locked.trainingRequired,
        selfMentoring: mentors.some((m) => m.userId === mentee.userId),
        menteeActive: mentee.status === "ACTIVE",
        confirmOverLimit: input.confirmOverLimit,
      });
      if (problem) ruleError(problem.message, problem.field === "pairId" ? field : problem.field);
      if (current)
        await tx.menteeAssignment.update({
          where: { id: current.id },
          data: { pairId: pair.id },
          select: { id: true },
        });
      else
        await tx.menteeAssignment.create({
          data: { cohortId: mentee.cohortId, pairId: pair.id, menteeId: mentee.id },
          select: { id: true },
        });
      toLabel = pair.label;
      toPairId = pair.id;
    } else {
      if (!current) ruleError(msg("pairing.errors.notInGroup"), "pairId");
      await tx.menteeAssignment.delete({ where: { id: current.id }, select: { id: true } });
    }
    const published = !!locked.groupsPublishedAt;
    const from = current?.pairId ?? null;
    const to = toPairId;
    if (published) {
      const pairIds = [from, to].filter((x): x is string => !!x);
      await notifyMemberships(tx, [mentee.id, ...(await mentorsOf(tx, pairIds))], "group.moved", (p) => ({
        name: p.name,
        toLabel,
      }));
      await inviteMembersWhoCannotSignIn(tx, [mentee.id]);
    }
    return { to: toLabel, cohortId: mentee.cohortId, published, from, toPairId: to };
  },
  audit: (d, { record }) =>
    d.published && {
      action: "group.mentee_moved",
      entity: "Membership",
      entityId: record.id,
      detail: { from: d.from, to: d.toPairId },
    },
});

/** Publishing makes pairs and groups visible to mentors and mentees and tells them. */
export const publishGroupsAction = defineAction({
  name: "pairing.publish",
  schema: publishSchema,
  successMessage: (d: { notified: number; pairs: number; mentees: number }) =>
    msg("pairing.done.published", { count: d.notified }),
  revalidate: (_d, input) => [groupsPath(input.cohortId), "/coordinator", "/mentor", "/mentee"],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ record: cohort, tx }) {
    await lockEditableCohort(tx, cohort.id);
    const pairs = await tx.mentorPair.findMany({
      where: { cohortId: cohort.id },
      select: { clinicalMentorId: true, preclinicalMentorId: true, mentees: { select: { menteeId: true } } },
    });
    if (pairs.length === 0 || pairs.every((p) => p.mentees.length === 0))
      ruleError(msg("pairing.errors.nothingToPublish"));
    const { count } = await tx.cohort.updateMany({
      where: { id: cohort.id, groupsPublishedAt: null },
      data: { groupsPublishedAt: clock() },
    });
    if (count !== 1) ruleError(msg("pairing.errors.alreadyPublished"));
    const mentors = pairs.flatMap((p) => [p.clinicalMentorId, p.preclinicalMentorId]);
    const mentees = pairs.flatMap((p) => p.mentees.map((m) => m.menteeId));
    const params = (p: { name: string }) => ({ name: p.name, cohortName: cohort.name });
    await notifyMemberships(tx, mentors, "groups.published.mentor", params);
    await notifyMemberships(tx, mentees, "groups.published.mentee", params);
    // Drawn and placed: now the mentees (and any mentor not yet set up) are invited.
    await inviteMembersWhoCannotSignIn(tx, [...mentors, ...mentees]);
    return { notified: mentors.length + mentees.length, pairs: pairs.length, mentees: mentees.length };
  },
  audit: (d, { record }) => ({
    action: "groups.published",
    entity: "Cohort",
    entityId: record.id,
    detail: { pairs: d.pairs, mentees: d.mentees },
  }),
});

// ---------------------------------------------------------------- the mentoring agreement

/**
 * A mentor or mentee acknowledges their group's agreement: the table's agreement cell, through
 * the role the form names (a mentee cannot acknowledge as a mentor), on their own published pair
 * only. Idempotent.
 */
export const acknowledgeAgreementAction = defineAction({
  name: "pairing.acknowledge_agreement",
  schema: acknowledgeAgreementSchema,
  successMessage: msg("pairing.done.acknowledged"),
  revalidate: (_d, input) => [input.role === "MENTOR" ? "/mentor" : "/mentee"],
  load: ({ input }) => loadPair(input.pairId),
  permission: (_pair, input) => ({ verb: "write", resource: "agreement", as: input.role }),
  async run({ record: pair, membershipId, tx }) {
    await lockEditableCohort(tx, pair.cohortId);
    await tx.agreementAcknowledgement.createMany({ data: [{ pairId: pair.id, membershipId }], skipDuplicates: true });
    return { pairId: pair.id };
  },
});
