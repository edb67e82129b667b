"use server";
import { defineAction, ruleError } from "../actions";
import { loadRoleCohort } from "../auth/loaders";
import { msg } from "../i18n/msg";
import { loadCentre, loadCentreCopy } from "./loaders";
import { centreFields, centreRemovalProblem, copySourceProblem } from "./rules";
import {
  copySupportCentresSchema,
  createSupportCentreSchema,
  deleteSupportCentreSchema,
  updateSupportCentreSchema,
} from "./schemas";

/**
 * The cohort's directory of support centres: the coordinator adds, edits, removes and rolls it
 * over ("support.centre" write); the supervisor and the mentors read it. A duplicate name is
 * refused by the (cohortId, name) unique index (lib/db/errors.ts words it, next to the name).
 */

const PATHS = ["/coordinator/support-centres", "/mentor/referrals/new"];

/** Add a centre to the coordinator's cohort (the one their pages show; never an id from the form). */
export const createSupportCentreAction = defineAction({
  name: "supportCentre.create",
  schema: createSupportCentreSchema,
  successMessage: msg("centres.added"),
  revalidate: () => PATHS,
  load: () => loadRoleCohort("COORDINATOR"),
  permission: { verb: "write", resource: "support.centre" },
  async run({ input, record, tx }) {
    const c = await tx.supportCentre.create({
      data: { cohortId: record.scope.cohortId, ...centreFields(input) },
      select: { id: true },
    });
    return { centreId: c.id };
  },
  audit: (d) => ({ action: "supportCentre.created", entity: "SupportCentre", entityId: d.centreId }),
});

export const updateSupportCentreAction = defineAction({
  name: "supportCentre.update",
  schema: updateSupportCentreSchema,
  successMessage: msg("centres.saved"),
  revalidate: () => PATHS,
  load: ({ input }) => loadCentre(input.centreId),
  permission: { verb: "write", resource: "support.centre" },
  async run({ input, record, tx }) {
    await tx.supportCentre.update({ where: { id: record.id }, data: centreFields(input), select: { id: true } });
    return { centreId: record.id };
  },
  audit: (d) => ({ action: "supportCentre.updated", entity: "SupportCentre", entityId: d.centreId }),
});

/** Remove a centre nobody was referred to; one that referrals were forwarded to stays. */
export const deleteSupportCentreAction = defineAction({
  name: "supportCentre.delete",
  schema: deleteSupportCentreSchema,
  successMessage: msg("centres.removed"),
  revalidate: () => PATHS,
  load: ({ input }) => loadCentre(input.centreId),
  permission: { verb: "write", resource: "support.centre" },
  async run({ record, tx }) {
    // Lock the centre row, then count: a referral forwarded to it meanwhile waits for this lock.
    await tx.$queryRaw`SELECT id FROM "SupportCentre" WHERE id = ${record.id} FOR UPDATE`;
    const problem = centreRemovalProblem(await tx.referral.count({ where: { centreId: record.id } }));
    if (problem) ruleError(problem);
    await tx.supportCentre.delete({ where: { id: record.id } });
    return { centreId: record.id };
  },
  audit: (d) => ({ action: "supportCentre.deleted", entity: "SupportCentre", entityId: d.centreId }),
});

/**
 * Rollover: copy an earlier cohort's directory into this one. Centres already here (by name) are
 * kept as they are. The caller writes the target's directory and coordinates the source.
 */
export const copySupportCentresAction = defineAction({
  name: "supportCentre.copy",
  schema: copySupportCentresSchema,
  successMessage: (d: { copied: number }) => msg("centres.copied", { count: d.copied }),
  revalidate: () => PATHS,
  load: ({ userId, input }) => loadCentreCopy(userId, input.fromCohortId, input.toCohortId),
  permission: { verb: "write", resource: "support.centre", as: "COORDINATOR" },
  async run({ record, tx }) {
    const to = record.scope.cohortId;
    const problem = copySourceProblem(record.fromCohortId, to);
    if (problem) ruleError(problem, "fromCohortId");
    const source = await tx.supportCentre.findMany({
      where: { cohortId: record.fromCohortId },
      select: { name: true, category: true, contact: true, hours: true, howToRefer: true, emergency: true },
    });
    const { count } = await tx.supportCentre.createMany({
      data: source.map((c) => ({ ...c, cohortId: to })),
      skipDuplicates: true, // (cohortId, name) is unique: centres already there are kept as they are
    });
    return { copied: count };
  },
  audit: (d, { record }) => ({
    action: "supportCentre.copied",
    entity: "Cohort",
    entityId: record.scope.cohortId,
    detail: { fromCohortId: record.fromCohortId, copied: d.copied },
  }),
});
