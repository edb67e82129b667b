"use server";
import { legacyAction, refuse, ruleError } from "../actions";
import { audit } from "../audit";
import { db } from "../db";
import { localToDbDate, dbDateToLocal } from "../time";
import { parsePausedPeriods, shiftPausedPeriods, statusChangeProblem } from "./rules";
import { changeStatusSchema, createCohortSchema, rollOverSchema, updateCohortSchema } from "./schemas";
import { coordinatorOf, lockEditableCohort } from "./setup";

function settingsData(input: ReturnType<typeof createCohortSchema.parse>) {
  return {
    name: input.name,
    academicYear: input.academicYear,
    startsOn: localToDbDate(input.startsOn),
    endsOn: localToDbDate(input.endsOn),
    timeZone: input.timeZone,
    groupSize: input.groupSize,
    maxMenteesPerMentor: input.maxMenteesPerMentor,
    firstIntervalDays: input.firstIntervalDays,
    lastIntervalDays: input.lastIntervalDays,
    trainingModules: input.trainingModules,
    selectionCriteria: input.selectionCriteria,
    agreementText: input.agreementText || null,
    trainingRequired: !input.waiveTraining,
    applicationsOpen: input.applicationsOpen,
  };
}

/** A new cohort from scratch. Any coordinator may start one; they become its coordinator. */
export const createCohortAction = legacyAction({
  name: "cohort.create",
  schema: createCohortSchema,
  successMessage: "Cohort created.",
  revalidate: () => ["/coordinator/cohorts"],
  async run({ userId, input }) {
    const isCoordinator = await db().membership.count({ where: { userId, role: "COORDINATOR", status: "ACTIVE" } });
    if (!isCoordinator) refuse();
    const { periods } = parsePausedPeriods(input.pausedPeriods);
    return db().$transaction(async (tx) => {
      const cohort = await tx.cohort.create({
        data: { ...settingsData(input), status: "DRAFT" },
        select: { id: true },
      });
      await tx.pausedPeriod.createMany({
        data: periods.map((p) => ({
          cohortId: cohort.id,
          label: p.label,
          startsOn: localToDbDate(p.startsOn),
          endsOn: localToDbDate(p.endsOn),
        })),
      });
      await tx.membership.create({ data: { userId, cohortId: cohort.id, role: "COORDINATOR", status: "ACTIVE" } });
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: "cohort.created",
        entity: "Cohort",
        entityId: cohort.id,
      });
      return { cohortId: cohort.id };
    });
  },
});

export const updateCohortAction = legacyAction({
  name: "cohort.update",
  schema: updateCohortSchema,
  successMessage: "Settings saved.",
  revalidate: (_d, input) => [`/coordinator/cohorts/${input.cohortId}`, "/coordinator"],
  async run({ userId, input }) {
    const cohort = await db().cohort.findUnique({ where: { id: input.cohortId }, select: { id: true } });
    if (!cohort) refuse();
    await coordinatorOf(userId, cohort.id);
    const { periods } = parsePausedPeriods(input.pausedPeriods);
    return db().$transaction(async (tx) => {
      const locked = await lockEditableCohort(tx, cohort.id);
      const largest = await tx.menteeAssignment.groupBy({
        by: ["pairId"],
        where: { cohortId: cohort.id },
        _count: { _all: true },
      });
      const max = Math.max(0, ...largest.map((g) => g._count._all));
      if (input.groupSize < max)
        ruleError(`A group already has ${max} mentees: the group size cannot be smaller.`, "groupSize");
      const data = settingsData(input);
      const before = await tx.cohort.findUniqueOrThrow({
        where: { id: cohort.id },
        select: { applicationsOpen: true },
      });
      await tx.cohort.update({ where: { id: cohort.id }, data, select: { id: true } });
      await tx.pausedPeriod.deleteMany({ where: { cohortId: cohort.id } });
      await tx.pausedPeriod.createMany({
        data: periods.map((p) => ({
          cohortId: cohort.id,
          label: p.label,
          startsOn: localToDbDate(p.startsOn),
          endsOn: localToDbDate(p.endsOn),
        })),
      });
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: "cohort.settings_updated",
        entity: "Cohort",
        entityId: cohort.id,
      });
      if (before.applicationsOpen !== data.applicationsOpen) {
        await audit(tx, {
          actorId: userId,
          cohortId: cohort.id,
          action: data.applicationsOpen ? "cohort.applications_opened" : "cohort.applications_closed",
          entity: "Cohort",
          entityId: cohort.id,
        });
      }
      if (locked.trainingRequired !== data.trainingRequired) {
        await audit(tx, {
          actorId: userId,
          cohortId: cohort.id,
          action: data.trainingRequired ? "cohort.training_gate_restored" : "cohort.training_gate_waived",
          entity: "Cohort",
          entityId: cohort.id,
        });
      }
      return { cohortId: cohort.id };
    });
  },
});

/**
 * Next year's cohort from this one: its settings, paused periods (moved with the start date),
 * the coordinator-curated email templates, the support centres, and its coordinators and
 * supervisor. People, pairs and groups are not copied: every year starts with a new draw.
 */
export const rollOverCohortAction = legacyAction({
  name: "cohort.roll_over",
  schema: rollOverSchema,
  successMessage: "Next year's cohort is ready as a draft.",
  revalidate: () => ["/coordinator/cohorts"],
  async run({ userId, input }) {
    const source = await db().cohort.findUnique({
      where: { id: input.cohortId },
      select: {
        id: true,
        startsOn: true,
        timeZone: true,
        groupSize: true,
        maxMenteesPerMentor: true,
        firstIntervalDays: true,
        lastIntervalDays: true,
        minBookingNoticeHours: true,
        referralAckHours: true,
        trainingRequired: true,
        trainingModules: true,
        selectionCriteria: true,
        agreementText: true,
        pausedPeriods: { select: { label: true, startsOn: true, endsOn: true } },
        templates: {
          where: { ownerId: null, archivedAt: null },
          select: { category: true, title: true, subject: true, body: true, authorId: true },
        },
        supportCentres: {
          select: { name: true, category: true, contact: true, hours: true, howToRefer: true, emergency: true },
        },
        memberships: {
          where: { role: { in: ["COORDINATOR", "SUPERVISOR"] }, status: "ACTIVE" },
          select: { userId: true, role: true },
        },
      },
    });
    if (!source) refuse();
    await coordinatorOf(userId, source.id);
    const { id: _id, pausedPeriods, templates, supportCentres, memberships, startsOn, ...settings } = source;
    const periods = shiftPausedPeriods(
      pausedPeriods.map((p) => ({
        label: p.label,
        startsOn: dbDateToLocal(p.startsOn),
        endsOn: dbDateToLocal(p.endsOn),
      })),
      dbDateToLocal(startsOn),
      input.startsOn,
    );
    return db().$transaction(async (tx) => {
      const cohort = await tx.cohort.create({
        data: {
          ...settings,
          name: input.name,
          academicYear: input.academicYear,
          startsOn: localToDbDate(input.startsOn),
          endsOn: localToDbDate(input.endsOn),
          status: "DRAFT",
          rolledOverFromId: source.id,
        },
        select: { id: true },
      });
      const cohortId = cohort.id;
      await tx.pausedPeriod.createMany({
        data: periods.map((p) => ({
          cohortId,
          label: p.label,
          startsOn: localToDbDate(p.startsOn),
          endsOn: localToDbDate(p.endsOn),
        })),
      });
      await tx.emailTemplate.createMany({ data: templates.map((t) => ({ ...t, cohortId })) });
      await tx.supportCentre.createMany({ data: supportCentres.map((s) => ({ ...s, cohortId })) });
      await tx.membership.createMany({
        data: memberships.map((m) => ({ ...m, cohortId, status: "ACTIVE" as const })),
        skipDuplicates: true,
      });
      await audit(tx, {
        actorId: userId,
        cohortId,
        action: "cohort.rolled_over",
        entity: "Cohort",
        entityId: cohortId,
        detail: {
          from: source.id,
          templates: templates.length,
          supportCentres: supportCentres.length,
          pausedPeriods: periods.length,
        },
      });
      return { cohortId };
    });
  },
});

/** DRAFT -> ACTIVE (only with published pairs and groups) -> CLOSED (read-only from then on). */
export const changeCohortStatusAction = legacyAction({
  name: "cohort.status",
  schema: changeStatusSchema,
  successMessage: (d: { status: string }) =>
    d.status === "ACTIVE" ? "The cohort is active." : "The cohort is closed.",
  revalidate: (_d, input) => [`/coordinator/cohorts/${input.cohortId}`, "/coordinator/cohorts", "/coordinator"],
  async run({ userId, input }) {
    const cohort = await db().cohort.findUnique({ where: { id: input.cohortId }, select: { id: true } });
    if (!cohort) refuse();
    await coordinatorOf(userId, cohort.id);
    return db().$transaction(async (tx) => {
      const locked = await lockEditableCohort(tx, cohort.id);
      const [pairs, assignedMentees] = await Promise.all([
        tx.mentorPair.count({ where: { cohortId: cohort.id } }),
        tx.menteeAssignment.count({ where: { cohortId: cohort.id } }),
      ]);
      const problem = statusChangeProblem(locked.status, input.to, {
        groupsPublished: !!locked.groupsPublishedAt,
        pairs,
        assignedMentees,
      });
      if (problem) ruleError(problem);
      const { count } = await tx.cohort.updateMany({
        where: { id: cohort.id, status: locked.status },
        data: { status: input.to },
      });
      if (count !== 1) ruleError("The cohort changed meanwhile. Please reload.");
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: "cohort.status_changed",
        entity: "Cohort",
        entityId: cohort.id,
        detail: { from: locked.status, to: input.to },
      });
      return { status: input.to };
    });
  },
});
