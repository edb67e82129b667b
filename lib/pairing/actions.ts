"use server";
import { randomBytes } from "node:crypto";
import { legacyAction, refuse, ruleError } from "../actions";
import { audit } from "../audit";
import { actorFor, authorize } from "../auth/guard";
import { coordinatorOf, lockEditableCohort, type Tx } from "../cohorts/setup";
import { db } from "../db";
import { enqueueEmails } from "../outbox/enqueue";
import { loadGroupingInput } from "./grouping-data";
import {
  assignmentProblem,
  drawMentees,
  drawProblem,
  isTrained,
  pairProblem,
  suggestGroups,
  suggestPairs,
} from "./rules";
import {
  acknowledgeAgreementSchema,
  createPairSchema,
  decideApplicationSchema,
  deletePairSchema,
  drawMenteesSchema,
  moveMenteeSchema,
  publishSchema,
  recordTrainingSchema,
  suggestGroupsSchema,
  suggestPairsSchema,
} from "./schemas";

const groupsPath = (cohortId: string) => `/coordinator/cohorts/${cohortId}/groups`;
const mentorsPath = (cohortId: string) => `/coordinator/cohorts/${cohortId}/mentors`;

async function cohortFor(userId: string, cohortId: string) {
  const cohort = await db().cohort.findUnique({ where: { id: cohortId }, select: { id: true, name: true } });
  if (!cohort) refuse();
  await coordinatorOf(userId, cohort.id);
  return cohort;
}

/** Emails (through the outbox) to the people a change touches. */
async function notifyMemberships(tx: Tx, membershipIds: string[], subject: string, body: string, kind: string) {
  if (membershipIds.length === 0) return;
  const people = await tx.membership.findMany({
    where: { id: { in: membershipIds } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  await enqueueEmails(
    tx,
    people.map(({ user }) => ({
      userId: user.id,
      toEmail: user.email,
      kind,
      subject,
      body: `Hello ${user.name},\n\n${body}\n\nSign in to DuoMentor to see the details.`,
    })),
  );
}

async function pairMembers(tx: Tx, pairId: string) {
  const pair = await tx.mentorPair.findUnique({
    where: { id: pairId },
    select: { label: true, clinicalMentorId: true, preclinicalMentorId: true, mentees: { select: { menteeId: true } } },
  });
  if (!pair) return { label: "", ids: [] as string[] };
  return {
    label: pair.label,
    ids: [pair.clinicalMentorId, pair.preclinicalMentorId, ...pair.mentees.map((m) => m.menteeId)],
  };
}

// ---------------------------------------------------------------- mentor recruitment and training

export const decideApplicationAction = legacyAction({
  name: "pairing.decide_application",
  schema: decideApplicationSchema,
  successMessage: (d: { status: string; cohortId: string }) =>
    d.status === "ACTIVE" ? "Accepted as a mentor." : "Application declined.",
  revalidate: (d: { status: string; cohortId: string }) => [mentorsPath(d.cohortId)],
  async run({ userId, input }) {
    const m = await db().membership.findUnique({
      where: { id: input.membershipId },
      select: { id: true, cohortId: true, role: true },
    });
    if (!m || m.role !== "MENTOR") refuse();
    await coordinatorOf(userId, m.cohortId);
    const status = input.decision === "ACCEPT" ? ("ACTIVE" as const) : ("DECLINED" as const);
    return db().$transaction(async (tx) => {
      await lockEditableCohort(tx, m.cohortId);
      const { count } = await tx.membership.updateMany({
        where: { id: m.id, status: "APPLIED" },
        data: { status, decisionReason: input.reason || null, decidedAt: new Date() },
      });
      if (count !== 1) ruleError("This application was already decided.");
      // A role change: audited (the reason is the coordinator's text: not copied into the trail).
      await audit(tx, {
        actorId: userId,
        cohortId: m.cohortId,
        action: status === "ACTIVE" ? "membership.mentor_accepted" : "membership.mentor_declined",
        entity: "Membership",
        entityId: m.id,
      });
      await notifyMemberships(
        tx,
        [m.id],
        status === "ACTIVE" ? "You are a mentor in the programme" : "About your mentor application",
        status === "ACTIVE"
          ? "Your application to mentor was accepted. Your training comes next."
          : "Thank you for applying to mentor. This year your application was not accepted; the coordinators wrote you a reason in the app.",
        "mentor.decision",
      );
      return { status, cohortId: m.cohortId };
    });
  },
});

/** Records one training module as completed by the ticked mentors (idempotent). */
export const recordTrainingAction = legacyAction({
  name: "pairing.record_training",
  schema: recordTrainingSchema,
  successMessage: (d: { recorded: number }) => `Training recorded for ${d.recorded} mentor(s).`,
  revalidate: (_d, input) => [mentorsPath(input.cohortId), groupsPath(input.cohortId)],
  async run({ userId, input }) {
    const cohort = await cohortFor(userId, input.cohortId);
    return db().$transaction(async (tx) => {
      const locked = await lockEditableCohort(tx, cohort.id);
      if (!locked.trainingModules.includes(input.module))
        ruleError("That is not one of this cohort's training modules.", "module");
      const mentors = await tx.membership.findMany({
        where: { id: { in: input.membershipIds }, cohortId: cohort.id, role: "MENTOR", status: "ACTIVE" },
        select: { id: true },
      });
      if (mentors.length !== new Set(input.membershipIds).size)
        ruleError("Only accepted mentors of this cohort can be recorded as trained.", "membershipIds");
      const now = new Date();
      const { count } = await tx.trainingCompletion.createMany({
        data: mentors.map((m) => ({
          membershipId: m.id,
          module: input.module,
          completedAt: now,
          recordedById: userId,
        })),
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
          data: { trainingCompletedAt: now },
        });
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: "training.recorded",
        entity: "Cohort",
        entityId: cohort.id,
        detail: { module: input.module, mentors: mentors.length, newlyRecorded: count },
      });
      return { recorded: mentors.length };
    });
  },
});

// ---------------------------------------------------------------- pairs

async function nextLabels(tx: Tx, cohortId: string, n: number) {
  const labels = new Set(
    (await tx.mentorPair.findMany({ where: { cohortId }, select: { label: true } })).map((p) => p.label),
  );
  const out: string[] = [];
  for (let i = 1; out.length < n; i++) if (!labels.has(`Group ${i}`)) out.push(`Group ${i}`);
  return out;
}

export const createPairAction = legacyAction({
  name: "pairing.create_pair",
  schema: createPairSchema,
  successMessage: "Pair formed.",
  conflicts: {
    clinicalMentorId: { message: "That clinical mentor is already in a pair.", field: "clinicalMentorId" },
    preclinicalMentorId: { message: "That preclinical mentor is already in a pair.", field: "preclinicalMentorId" },
    label: { message: "Another pair has that label.", field: "label" },
  },
  revalidate: (_d, input) => [groupsPath(input.cohortId)],
  async run({ userId, input }) {
    const cohort = await cohortFor(userId, input.cohortId);
    return db().$transaction(async (tx) => {
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
      const label = input.label || (await nextLabels(tx, cohort.id, 1))[0];
      const pair = await tx.mentorPair.create({
        data: {
          cohortId: cohort.id,
          label,
          clinicalMentorId: input.clinicalMentorId,
          preclinicalMentorId: input.preclinicalMentorId,
        },
        select: { id: true },
      });
      if (locked.groupsPublishedAt) {
        await audit(tx, {
          actorId: userId,
          cohortId: cohort.id,
          action: "pair.created_after_publishing",
          entity: "MentorPair",
          entityId: pair.id,
        });
        await notifyMemberships(
          tx,
          [input.clinicalMentorId, input.preclinicalMentorId],
          `You are now mentoring ${label}`,
          `You have been joined with a co-mentor as ${label}.`,
          "pair.changed",
        );
      }
      return { pairId: pair.id, label };
    });
  },
});

export const deletePairAction = legacyAction({
  name: "pairing.delete_pair",
  schema: deletePairSchema,
  successMessage: "Pair dissolved; its mentees are unassigned.",
  revalidate: (d: { cohortId: string }) => [groupsPath(d.cohortId)],
  async run({ userId, input }) {
    const pair = await db().mentorPair.findUnique({
      where: { id: input.pairId },
      select: { id: true, cohortId: true },
    });
    if (!pair) refuse();
    await coordinatorOf(userId, pair.cohortId);
    return db().$transaction(async (tx) => {
      const locked = await lockEditableCohort(tx, pair.cohortId);
      const members = await pairMembers(tx, pair.id);
      if (locked.groupsPublishedAt) {
        const activity = await tx.contactLog.count({ where: { pairId: pair.id } });
        if (activity > 0)
          ruleError("This pair has already logged contacts; move its mentees instead of dissolving it.");
        await audit(tx, {
          actorId: userId,
          cohortId: pair.cohortId,
          action: "pair.deleted_after_publishing",
          entity: "MentorPair",
          entityId: pair.id,
          detail: { mentees: members.ids.length - 2 },
        });
        await notifyMemberships(
          tx,
          members.ids,
          `${members.label} has changed`,
          `The coordinators dissolved ${members.label}. You will hear about your new group shortly.`,
          "pair.changed",
        );
      }
      await tx.mentorPair.delete({ where: { id: pair.id } });
      return { cohortId: pair.cohortId };
    });
  },
});

/** Pairs every unpaired clinical mentor with an unpaired preclinical mentor (drafts until published). */
export const suggestPairsAction = legacyAction({
  name: "pairing.suggest_pairs",
  schema: suggestPairsSchema,
  successMessage: (d: { created: number }) =>
    d.created
      ? `${d.created} pair(s) suggested. Review them before publishing.`
      : "Every accepted mentor is already in a pair.",
  revalidate: (_d, input) => [groupsPath(input.cohortId)],
  async run({ userId, input }) {
    const cohort = await cohortFor(userId, input.cohortId);
    return db().$transaction(async (tx) => {
      const locked = await lockEditableCohort(tx, cohort.id);
      if (locked.groupsPublishedAt)
        ruleError("Groups are published: form further pairs by hand (each change is announced).");
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
      const labels = await nextLabels(tx, cohort.id, pairs.length);
      await tx.mentorPair.createMany({
        data: pairs.map((p, i) => ({
          cohortId: cohort.id,
          label: labels[i],
          clinicalMentorId: p.clinicalId,
          preclinicalMentorId: p.preclinicalId,
        })),
      });
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: "pairs.suggested",
        entity: "Cohort",
        entityId: cohort.id,
        detail: { pairs: pairs.length, mixGender: input.mixGender, shareLanguage: input.shareLanguage },
      });
      return { created: pairs.length };
    });
  },
});

// ---------------------------------------------------------------- mentees and groups

/** The random draw of N first-year students; reproducible from the seed in the audit trail. */
export const drawMenteesAction = legacyAction({
  name: "pairing.draw_mentees",
  schema: drawMenteesSchema,
  successMessage: (d: { drawn: number; seed: string }) => `${d.drawn} mentees drawn (seed ${d.seed}).`,
  revalidate: (_d, input) => [
    groupsPath(input.cohortId),
    `/coordinator/cohorts/${input.cohortId}/people`,
    "/coordinator",
  ],
  async run({ userId, input }) {
    const cohort = await cohortFor(userId, input.cohortId);
    const seed = randomBytes(8).toString("hex");
    return db().$transaction(async (tx) => {
      const locked = await lockEditableCohort(tx, cohort.id);
      // Stable order (by email) so the draw can be repeated from the seed.
      const pool = await tx.membership.findMany({
        where: { cohortId: cohort.id, role: "MENTEE", status: "CANDIDATE" },
        orderBy: { user: { email: "asc" } },
        select: { id: true },
      });
      const problem = drawProblem({ alreadyDrawn: !!locked.menteeDrawSeed, pool: pool.length, count: input.count });
      if (problem) ruleError(problem, "count");
      const drawn = drawMentees(
        pool.map((p) => p.id),
        input.count,
        seed,
      );
      const { count } = await tx.cohort.updateMany({
        where: { id: cohort.id, menteeDrawSeed: null },
        data: { menteeDrawSeed: seed },
      });
      if (count !== 1) ruleError("The mentees were drawn meanwhile.");
      await tx.membership.updateMany({
        where: { id: { in: drawn }, status: "CANDIDATE" },
        data: { status: "ACTIVE", decidedAt: new Date() },
      });
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: "mentees.drawn",
        entity: "Cohort",
        entityId: cohort.id,
        detail: {
          seed,
          count: drawn.length,
          pool: pool.length,
          order: "candidates sorted by email, Fisher-Yates with mulberry32(fnv1a(seed))",
        },
      });
      return { drawn: drawn.length, seed };
    });
  },
});

/** Places unassigned mentees into the pairs' free places, balancing gender and matching traits. */
export const suggestGroupsAction = legacyAction({
  name: "pairing.suggest_groups",
  schema: suggestGroupsSchema,
  successMessage: (d: { placed: number; left: number }) =>
    `${d.placed} mentee(s) placed${d.left ? `; ${d.left} still without a group (no room or no trained pair)` : ""}.`,
  revalidate: (_d, input) => [groupsPath(input.cohortId)],
  async run({ userId, input }) {
    const cohort = await cohortFor(userId, input.cohortId);
    return db().$transaction(async (tx) => {
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
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: locked.groupsPublishedAt ? "groups.suggested_after_publishing" : "groups.suggested",
        entity: "Cohort",
        entityId: cohort.id,
        detail: { placed: placements.length, weights },
      });
      if (locked.groupsPublishedAt) {
        const pairs = await tx.mentorPair.findMany({
          where: { id: { in: [...new Set(placements.map((p) => p.pairId))] } },
          select: { clinicalMentorId: true, preclinicalMentorId: true },
        });
        await notifyMemberships(
          tx,
          [...placements.map((p) => p.menteeId), ...pairs.flatMap((p) => [p.clinicalMentorId, p.preclinicalMentorId])],
          "Your mentee group has changed",
          "The coordinators placed mentees in groups.",
          "group.changed",
        );
      }
      return { placed: placements.length, left: waiting.length - placements.length };
    });
  },
});

/** Moves a mentee into a group (or out of any group); after publishing: audited and announced. */
export const moveMenteeAction = legacyAction({
  name: "pairing.move_mentee",
  schema: moveMenteeSchema,
  successMessage: (d: { to: string | null; cohortId: string }) =>
    d.to ? `Moved to ${d.to}.` : "Taken out of the group.",
  conflicts: {
    menteeId: { message: "This mentee was just placed in a group by someone else. Reload.", field: "pairId" },
  },
  revalidate: (d: { to: string | null; cohortId: string }) => [groupsPath(d.cohortId)],
  async run({ userId, input }) {
    const mentee = await db().membership.findUnique({
      where: { id: input.menteeId },
      select: { id: true, cohortId: true, role: true, status: true, userId: true },
    });
    if (!mentee || mentee.role !== "MENTEE") refuse();
    await coordinatorOf(userId, mentee.cohortId);
    return db().$transaction(async (tx) => {
      const locked = await lockEditableCohort(tx, mentee.cohortId);
      const current = await tx.menteeAssignment.findUnique({
        where: { menteeId_cohortId: { menteeId: mentee.id, cohortId: mentee.cohortId } },
        select: { id: true, pairId: true },
      });
      let toLabel: string | null = null;
      if (input.pairId) {
        if (current?.pairId === input.pairId) ruleError("The mentee is already in this group.", "pairId");
        // Lock the target pair: concurrent moves into one group queue here, so the count is exact.
        const rows = await tx.$queryRaw<
          { id: string; label: string; clinicalMentorId: string; preclinicalMentorId: string }[]
        >`
          SELECT id, label, "clinicalMentorId", "preclinicalMentorId" FROM "MentorPair"
          WHERE id = ${input.pairId} AND "cohortId" = ${mentee.cohortId} FOR UPDATE`;
        const pair = rows[0];
        if (!pair) ruleError("Choose a group of this cohort.", "pairId");
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
        if (problem) ruleError(problem.message, problem.field);
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
      } else {
        if (!current) ruleError("The mentee is not in a group.", "pairId");
        await tx.menteeAssignment.delete({ where: { id: current.id } });
      }
      if (locked.groupsPublishedAt) {
        await audit(tx, {
          actorId: userId,
          cohortId: mentee.cohortId,
          action: "group.mentee_moved",
          entity: "Membership",
          entityId: mentee.id,
          detail: { from: current?.pairId ?? null, to: input.pairId || null },
        });
        const affected = new Set<string>([mentee.id]);
        for (const pid of [current?.pairId, input.pairId].filter(Boolean) as string[]) {
          const p = await tx.mentorPair.findUnique({
            where: { id: pid },
            select: { clinicalMentorId: true, preclinicalMentorId: true },
          });
          if (p) [p.clinicalMentorId, p.preclinicalMentorId].forEach((x) => affected.add(x));
        }
        await notifyMemberships(
          tx,
          [...affected],
          "Your mentee group has changed",
          toLabel ? `A mentee moved to ${toLabel}.` : "A mentee left a group.",
          "group.changed",
        );
      }
      return { to: toLabel, cohortId: mentee.cohortId };
    });
  },
});

/** Publishing makes pairs and groups visible to mentors and mentees and tells them. */
export const publishGroupsAction = legacyAction({
  name: "pairing.publish",
  schema: publishSchema,
  successMessage: (d: { notified: number }) => `Published. ${d.notified} mentors and mentees are notified.`,
  revalidate: (_d, input) => [groupsPath(input.cohortId), "/coordinator", "/mentor", "/mentee"],
  async run({ userId, input }) {
    const cohort = await cohortFor(userId, input.cohortId);
    return db().$transaction(async (tx) => {
      await lockEditableCohort(tx, cohort.id);
      const pairs = await tx.mentorPair.findMany({
        where: { cohortId: cohort.id },
        select: { clinicalMentorId: true, preclinicalMentorId: true, mentees: { select: { menteeId: true } } },
      });
      if (pairs.length === 0 || pairs.every((p) => p.mentees.length === 0))
        ruleError("Form pairs and place mentees in their groups before publishing.");
      const { count } = await tx.cohort.updateMany({
        where: { id: cohort.id, groupsPublishedAt: null },
        data: { groupsPublishedAt: new Date() },
      });
      if (count !== 1) ruleError("The groups are already published; later changes are announced one by one.");
      const mentors = pairs.flatMap((p) => [p.clinicalMentorId, p.preclinicalMentorId]);
      const mentees = pairs.flatMap((p) => p.mentees.map((m) => m.menteeId));
      await notifyMemberships(
        tx,
        mentors,
        `Your mentor pair and group in ${cohort.name}`,
        "Your co-mentor and your group of mentees are now in the app. Please read and acknowledge the mentoring agreement.",
        "groups.published",
      );
      await notifyMemberships(
        tx,
        mentees,
        `Meet your two mentors in ${cohort.name}`,
        "Your clinical and preclinical mentors are now in the app. Please read and acknowledge the mentoring agreement.",
        "groups.published",
      );
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: "groups.published",
        entity: "Cohort",
        entityId: cohort.id,
        detail: { pairs: pairs.length, mentees: mentees.length },
      });
      return { notified: mentors.length + mentees.length };
    });
  },
});

// ---------------------------------------------------------------- the mentoring agreement

/** A mentor or mentee acknowledges their group's agreement (their own pair only; idempotent). */
export const acknowledgeAgreementAction = legacyAction({
  name: "pairing.acknowledge_agreement",
  schema: acknowledgeAgreementSchema,
  successMessage: "Thank you: the agreement is acknowledged.",
  revalidate: (_d, input) => [input.role === "MENTOR" ? "/mentor" : "/mentee"],
  async run({ userId, input }) {
    const pair = await db().mentorPair.findUnique({
      where: { id: input.pairId },
      select: { id: true, cohortId: true },
    });
    if (!pair) refuse();
    const actor = await actorFor(userId, pair.cohortId);
    authorize(actor, "read", "cohort.setup", { cohortId: pair.cohortId, pairId: pair.id });
    const own = input.role === "MENTOR" ? actor.mentorPairId : actor.menteePairId;
    const membershipId = actor.membershipIds[input.role];
    if (own !== pair.id || !membershipId) refuse();
    return db().$transaction(async (tx) => {
      await lockEditableCohort(tx, pair.cohortId);
      await tx.agreementAcknowledgement.createMany({ data: [{ pairId: pair.id, membershipId }], skipDuplicates: true });
      return { pairId: pair.id };
    });
  },
});
