"use server";
import { defineAction, ruleError, type Tx } from "../actions";
import { inTurn } from "../db/in-turn";
import { loadRoleCohort } from "../auth/loaders";
import { dbDateToLocal, localToDbDate } from "../time";
import { Prisma } from "../../generated/prisma/client";
import { msg } from "../i18n/msg";
import { loadCohort, loadCohortForStatus, loadCopySource } from "./loaders";
import {
  activationDecision,
  parsePausedPeriods,
  shiftPausedPeriods,
  statusChangeProblem,
  type ActiveCohort,
  type CohortStatus,
  type PausedPeriodInput,
} from "./rules";
import { storedLocale } from "../i18n/schemas";
import {
  changeStatusSchema,
  cohortSettingsSchema,
  copyFromCohortSchema,
  createCohortSchema,
  rollOverSchema,
  updateCohortSchema,
} from "./schemas";
import { lockEditableCohort } from "./setup";

/** Every cohort decision is the coordinator's: the table's write cell of cohort.setup. */
const SETUP = { verb: "write", resource: "cohort.setup" } as const;

function settingsData(input: ReturnType<typeof cohortSettingsSchema.parse>) {
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
    defaultLocale: storedLocale(input.defaultLocale),
  };
}

/**
 * Copies the library templates (not archived; mentors' own stay theirs) and the support centres
 * of one cohort into another. What is there already is kept: a template with the same title, a
 * centre with the same name ((cohortId, name) is unique).
 */
async function copyCohortContent(tx: Tx, from: string, to: string, what: { templates: boolean; centres: boolean }) {
  let templates = 0;
  let centres = 0;
  if (what.templates) {
    const [source, existing] = await inTurn(
      () =>
        tx.emailTemplate.findMany({
          where: { cohortId: from, ownerId: null, archivedAt: null },
          orderBy: { id: "asc" },
          select: { category: true, title: true, subject: true, body: true, authorId: true },
        }),
      () =>
        tx.emailTemplate.findMany({
          where: { cohortId: to, ownerId: null, archivedAt: null },
          select: { title: true },
        }),
    );
    const have = new Set(existing.map((t) => t.title));
    const data = source.filter((t) => !have.has(t.title)).map((t) => ({ ...t, cohortId: to }));
    templates = (await tx.emailTemplate.createMany({ data })).count;
  }
  if (what.centres) {
    const source = await tx.supportCentre.findMany({
      where: { cohortId: from },
      select: { name: true, category: true, contact: true, hours: true, howToRefer: true, emergency: true },
    });
    centres = (
      await tx.supportCentre.createMany({ data: source.map((c) => ({ ...c, cohortId: to })), skipDuplicates: true })
    ).count;
  }
  return { templates, centres };
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

interface CohortCreated {
  cohortId: string;
  copiedFrom: string | null;
  copied: { templates: number; centres: number } | null;
}

/**
 * A new cohort from scratch. A coordinator starts one from the cohort they coordinate (the one
 * their pages show: the table's cell on that cohort decides) and becomes its coordinator. It may
 * start with the templates and support centres of a cohort they coordinate (`copyFromCohortId`).
 */
export const createCohortAction = defineAction({
  name: "cohort.create",
  schema: createCohortSchema,
  successMessage: (d: CohortCreated) =>
    d.copied ? msg("cohorts.create.createdWithCopies", d.copied) : msg("cohorts.create.created"),
  revalidate: () => ["/coordinator/cohorts"],
  async load({ userId, input }) {
    const own = await loadRoleCohort("COORDINATOR");
    if (!own || !input.copyFromCohortId) return own ? { ...own, copyFrom: null } : null;
    const copyFrom = await loadCopySource(userId, input.copyFromCohortId);
    // a cohort the caller does not coordinate is no source: said on the field, nothing written
    if (!copyFrom) ruleError(msg("cohorts.copy.errors.chooseSource"), "copyFromCohortId");
    return { ...own, copyFrom };
  },
  permission: SETUP,
  async run({ userId, input, record, tx }): Promise<CohortCreated> {
    const { periods } = parsePausedPeriods(input.pausedPeriods);
    const cohort = await tx.cohort.create({ data: { ...settingsData(input), status: "DRAFT" }, select: { id: true } });
    await writePausedPeriods(tx, cohort.id, periods);
    await tx.membership.create({
      data: { userId, cohortId: cohort.id, role: "COORDINATOR", status: "ACTIVE" },
      select: { id: true },
    });
    const copied = record.copyFrom
      ? await copyCohortContent(tx, record.copyFrom, cohort.id, { templates: true, centres: true })
      : null;
    return { cohortId: cohort.id, copiedFrom: record.copyFrom, copied };
  },
  audit: (d, { record }) => ({
    cohortId: d.cohortId,
    action: "cohort.created",
    entity: "Cohort",
    entityId: d.cohortId,
    detail: { from: record.scope.cohortId, ...(d.copiedFrom ? { copiedFrom: d.copiedFrom, ...d.copied } : {}) },
  }),
});

/**
 * Copy the library templates and/or support centres of another cohort the caller coordinates
 * into this one, at any time (next year's draft while this year runs). Existing ones are kept.
 */
export const copyFromCohortAction = defineAction({
  name: "cohort.copy_content",
  schema: copyFromCohortSchema,
  successMessage: (d: { templates: number; centres: number }) => msg("cohorts.copy.done", d),
  revalidate: () => ["/coordinator/templates", "/coordinator/support-centres", "/mentor/templates"],
  async load({ userId, input }) {
    const cohort = await loadCohort(input.cohortId);
    if (!cohort) return null;
    const from = input.fromCohortId === input.cohortId ? null : await loadCopySource(userId, input.fromCohortId);
    if (!from) ruleError(msg("cohorts.copy.errors.chooseSource"), "fromCohortId");
    return { ...cohort, from };
  },
  permission: [SETUP, { verb: "write", resource: "template.library" }, { verb: "write", resource: "support.centre" }],
  async run({ input, record, tx }) {
    await lockEditableCohort(tx, record.id);
    return copyCohortContent(tx, record.from, record.id, { templates: input.templates, centres: input.centres });
  },
  audit: (d, { record }) => ({
    action: "cohort.content_copied",
    entity: "Cohort",
    entityId: record.id,
    detail: { from: record.from, ...d },
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
  successMessage: msg("cohorts.saved"),
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
    if (input.groupSize < max) ruleError(msg("cohorts.errors.groupTooSmall", { max }), "groupSize");
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
  successMessage: msg("cohorts.rolledOver"),
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

/**
 * DRAFT -> ACTIVE (only with published pairs and groups) -> CLOSED (read-only from then on).
 * Activating while another cohort the caller coordinates is active closes that one in the same
 * transaction, once the coordinator confirmed it on the page (activationDecision, decision 114).
 */
export const changeCohortStatusAction = defineAction({
  name: "cohort.status",
  schema: changeStatusSchema,
  successMessage: (d: StatusChanged) =>
    d.status === "ACTIVE"
      ? d.closed.length
        ? msg("cohorts.status.activatedClosing", { closed: d.closed.map((c) => c.name).join(", ") })
        : msg("cohorts.status.activated")
      : msg("cohorts.status.closedDone"),
  revalidate: (_d, input) => [`/coordinator/cohorts/${input.cohortId}`, "/coordinator/cohorts", "/coordinator"],
  load: ({ userId, input }) => loadCohortForStatus(userId, input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }): Promise<StatusChanged> {
    const activating = input.to === "ACTIVE";
    // Every row this change may touch, locked in id order (two activations never deadlock).
    const ids = [cohort.id, ...(activating ? cohort.othersActive.map((o) => o.id) : [])].sort();
    const rows = await tx.$queryRaw<{ id: string; status: CohortStatus }[]>`
      SELECT id, status::text AS status FROM "Cohort" WHERE id IN (${Prisma.join(ids)}) ORDER BY id FOR UPDATE`;
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
    let close: ActiveCohort[] = [];
    if (activating) {
      const stillActive = cohort.othersActive.filter((o) => rows.some((r) => r.id === o.id && r.status === "ACTIVE"));
      const decision = activationDecision(stillActive, input.closeCohortIds);
      if (decision.kind === "confirm")
        ruleError(msg("cohorts.status.confirmClose", { others: decision.others.map((o) => o.name).join(", ") }));
      close = stillActive.filter((o) => decision.close.includes(o.id));
      for (const o of close) {
        const { count } = await tx.cohort.updateMany({
          where: { id: o.id, status: "ACTIVE" },
          data: { status: "CLOSED" },
        });
        if (count !== 1) ruleError(msg("cohorts.status.changedMeanwhile"));
      }
    }
    const { count } = await tx.cohort.updateMany({
      where: { id: cohort.id, status: locked.status },
      data: { status: input.to },
    });
    if (count !== 1) ruleError(msg("cohorts.status.changedMeanwhile"));
    return { status: input.to, from: locked.status, closed: close };
  },
  // One entry per cohort whose status changed, in that cohort's trail.
  audit: (d, { record }) => [
    {
      action: "cohort.status_changed",
      entity: "Cohort",
      entityId: record.id,
      detail: { from: d.from, to: d.status, closed: d.closed.map((c) => c.id) },
    },
    ...d.closed.map((c) => ({
      cohortId: c.id,
      action: "cohort.status_changed",
      entity: "Cohort",
      entityId: c.id,
      detail: { from: "ACTIVE", to: "CLOSED", activated: record.id },
    })),
  ],
});

interface StatusChanged {
  status: CohortStatus;
  from: CohortStatus;
  closed: ActiveCohort[];
}
