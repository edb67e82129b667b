"use server";
import { defineAction, ruleError, type Tx } from "../actions";
import { inTurn } from "../db/in-turn";
import { loadRoleCohort } from "../auth/loaders";
import { dbDateToLocal, localToDbDate } from "../time";
import { loadCohort } from "./loaders";
import { parsePausedPeriods, shiftPausedPeriods, statusChangeProblem, type PausedPeriodInput } from "./rules";
import { changeStatusSchema, createCohortSchema, rollOverSchema, updateCohortSchema } from "./schemas";
import { lockEditableCohort } from "./setup";

/** Every cohort decision is the coordinator's: the table's write cell of cohort.setup. */
const SETUP = { verb: "write", resource: "cohort.setup" } as const;

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

function writePausedPeriods(tx: Tx, cohortId: string, periods: PausedPeriodInput[]) {
  return tx.pausedPeriod.createMany({
    data: periods.map((p) => ({
      cohortId,
      label: p.label,
      startsOn: localToDbDate(p.startsOn),
      endsOn: localToDbDate(p.endsOn),
    })),
  });
}

/**
 * A new cohort from scratch. A coordinator starts one from the cohort they coordinate (the one
 * their pages show: the table's cell on that cohort decides) and becomes its coordinator.
 */
export const createCohortAction = defineAction({
  name: "cohort.create",
  schema: createCohortSchema,
  successMessage: "Cohort created.",
  revalidate: () => ["/coordinator/cohorts"],
  load: () => loadRoleCohort("COORDINATOR"),
  permission: SETUP,
  async run({ userId, input, tx }) {
    const { periods } = parsePausedPeriods(input.pausedPeriods);
    const cohort = await tx.cohort.create({ data: { ...settingsData(input), status: "DRAFT" }, select: { id: true } });
    await writePausedPeriods(tx, cohort.id, periods);
    await tx.membership.create({
      data: { userId, cohortId: cohort.id, role: "COORDINATOR", status: "ACTIVE" },
      select: { id: true },
    });
    return { cohortId: cohort.id };
  },
  audit: (d, { record }) => ({
    cohortId: d.cohortId,
    action: "cohort.created",
    entity: "Cohort",
    entityId: d.cohortId,
    detail: { from: record.scope.cohortId },
  }),
});

interface SettingsSaved {
  cohortId: string;
  applicationsOpen: boolean | null;
  trainingRequired: boolean | null;
}

export const updateCohortAction = defineAction({
  name: "cohort.update",
  schema: updateCohortSchema,
  successMessage: "Settings saved.",
  revalidate: (_d, input) => [`/coordinator/cohorts/${input.cohortId}`, "/coordinator"],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }): Promise<SettingsSaved> {
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
    const before = await tx.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { applicationsOpen: true } });
    await tx.cohort.update({ where: { id: cohort.id }, data, select: { id: true } });
    await tx.pausedPeriod.deleteMany({ where: { cohortId: cohort.id } });
    await writePausedPeriods(tx, cohort.id, parsePausedPeriods(input.pausedPeriods).periods);
    return {
      cohortId: cohort.id,
      // what changed, for the audit trail (null: unchanged)
      applicationsOpen: before.applicationsOpen !== data.applicationsOpen ? data.applicationsOpen : null,
      trainingRequired: locked.trainingRequired !== data.trainingRequired ? data.trainingRequired : null,
    };
  },
  audit: (d: SettingsSaved) => {
    const entry = (action: string) => ({ action, entity: "Cohort", entityId: d.cohortId });
    return [
      entry("cohort.settings_updated"),
      d.applicationsOpen !== null &&
        entry(d.applicationsOpen ? "cohort.applications_opened" : "cohort.applications_closed"),
      d.trainingRequired !== null &&
        entry(d.trainingRequired ? "cohort.training_gate_restored" : "cohort.training_gate_waived"),
    ];
  },
});

/**
 * Next year's cohort from this one: its settings, paused periods (moved with the start date),
 * the coordinator-curated email templates, the support centres, and its coordinators and
 * supervisor. People, pairs and groups are not copied: every year starts with a new draw.
 */
export const rollOverCohortAction = defineAction({
  name: "cohort.roll_over",
  schema: rollOverSchema,
  successMessage: "Next year's cohort is ready as a draft.",
  revalidate: () => ["/coordinator/cohorts"],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record, tx }) {
    const source = await tx.cohort.findUniqueOrThrow({
      where: { id: record.id },
      select: {
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
        startsOn: true,
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
    const { pausedPeriods, templates, supportCentres, memberships, startsOn, ...settings } = source;
    const periods = shiftPausedPeriods(
      pausedPeriods.map((p) => ({
        label: p.label,
        startsOn: dbDateToLocal(p.startsOn),
        endsOn: dbDateToLocal(p.endsOn),
      })),
      dbDateToLocal(startsOn),
      input.startsOn,
    );
    const { id: cohortId } = await tx.cohort.create({
      data: {
        ...settings,
        name: input.name,
        academicYear: input.academicYear,
        startsOn: localToDbDate(input.startsOn),
        endsOn: localToDbDate(input.endsOn),
        status: "DRAFT",
        rolledOverFromId: record.id,
      },
      select: { id: true },
    });
    await writePausedPeriods(tx, cohortId, periods);
    await tx.emailTemplate.createMany({ data: templates.map((t) => ({ ...t, cohortId })) });
    await tx.supportCentre.createMany({ data: supportCentres.map((s) => ({ ...s, cohortId })) });
    await tx.membership.createMany({
      data: memberships.map((m) => ({ ...m, cohortId, status: "ACTIVE" as const })),
      skipDuplicates: true,
    });
    return {
      cohortId,
      copied: { templates: templates.length, supportCentres: supportCentres.length, pausedPeriods: periods.length },
    };
  },
  audit: (d, { record }) => ({
    cohortId: d.cohortId,
    action: "cohort.rolled_over",
    entity: "Cohort",
    entityId: d.cohortId,
    detail: { from: record.id, ...d.copied },
  }),
});

/** DRAFT -> ACTIVE (only with published pairs and groups) -> CLOSED (read-only from then on). */
export const changeCohortStatusAction = defineAction({
  name: "cohort.status",
  schema: changeStatusSchema,
  successMessage: (d: { status: string; from: string }) =>
    d.status === "ACTIVE" ? "The cohort is active." : "The cohort is closed.",
  revalidate: (_d, input) => [`/coordinator/cohorts/${input.cohortId}`, "/coordinator/cohorts", "/coordinator"],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }) {
    const locked = await lockEditableCohort(tx, cohort.id);
    const [pairs, assignedMentees] = await inTurn(
      () => tx.mentorPair.count({ where: { cohortId: cohort.id } }),
      () => tx.menteeAssignment.count({ where: { cohortId: cohort.id } }),
    );
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
    return { status: input.to, from: locked.status };
  },
  audit: (d, { record }) => ({
    action: "cohort.status_changed",
    entity: "Cohort",
    entityId: record.id,
    detail: { from: d.from, to: d.status },
  }),
});
