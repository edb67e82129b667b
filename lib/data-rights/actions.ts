"use server";
import { defineAction, refuse, ruleError } from "../actions";
import { loadRoleCohort } from "../auth/loaders";
import { clock } from "../clock";
import { db } from "../db";
import { msg } from "../i18n/msg";
import { editableUsers } from "../people/write";
import { anonymiseUser, deleteUser, keptRecords } from "./erase";
import { deletionProblem } from "./rules";
import { decideErasureSchema, requestErasureSchema, retentionSchema } from "./schemas";

/**
 * A coordinator asks to anonymise or delete a person; the supervisor of that cohort confirms (and
 * it is carried out in the same transaction) or declines. Both steps are audited; the request row
 * stays as the record of what was done, why and by whom (issue 16, item 8).
 */
export const requestErasureAction = defineAction({
  name: "data_rights.request",
  schema: requestErasureSchema,
  async load({ input }) {
    const m = await db().membership.findUnique({
      where: { id: input.membershipId },
      select: { cohortId: true, userId: true },
    });
    return m ? { scope: { cohortId: m.cohortId }, userId: m.userId } : null;
  },
  permission: { verb: "write", resource: "person.erasure", as: "COORDINATOR" },
  async run({ userId, input, record, tx }) {
    // Only for someone wholly within this coordinator's cohorts (as for renaming: lib/people/write.ts).
    if (!(await editableUsers(tx, userId, [record.userId])).has(record.userId))
      ruleError("dataRights.request.otherCohort");
    if (input.kind === "DELETE") {
      const problem = deletionProblem(await keptRecords(tx, record.userId));
      if (problem) ruleError(problem, "kind");
    }
    const open = await tx.dataRightsRequest.count({ where: { subjectUserId: record.userId, status: "REQUESTED" } });
    if (open > 0) ruleError("dataRights.request.alreadyOpen");
    return tx.dataRightsRequest.create({
      data: {
        cohortId: record.scope.cohortId,
        subjectUserId: record.userId,
        kind: input.kind,
        reason: input.reason,
        requestedById: userId,
      },
      select: { id: true, kind: true, cohortId: true },
    });
  },
  audit: (r) => ({
    action: "data_rights.requested",
    entity: "DataRightsRequest",
    entityId: r.id,
    detail: { kind: r.kind },
  }),
  successMessage: "dataRights.request.requested",
  revalidate: () => ["/coordinator/data-rights", "/supervisor/data-rights"],
});

export const decideErasureAction = defineAction({
  name: "data_rights.decide",
  schema: decideErasureSchema,
  async load({ input }) {
    const r = await db().dataRightsRequest.findUnique({
      where: { id: input.requestId },
      select: { id: true, cohortId: true, subjectUserId: true, kind: true, status: true },
    });
    return r ? { scope: { cohortId: r.cohortId }, ...r } : null;
  },
  permission: { verb: "write", resource: "person.erasure.confirm", as: "SUPERVISOR" },
  async run({ userId, input, record, tx }) {
    const now = clock();
    const { count } = await tx.dataRightsRequest.updateMany({
      where: { id: record.id, status: "REQUESTED" },
      data: { status: input.decision === "confirm" ? "DONE" : "DECLINED", decidedById: userId, decidedAt: now },
    });
    if (count !== 1) ruleError("dataRights.decide.alreadyDecided");
    if (input.decision === "decline") return { id: record.id, done: null };
    const subject = record.subjectUserId;
    if (!subject) refuse();
    if (record.kind === "DELETE") {
      const problem = deletionProblem(await keptRecords(tx, subject));
      if (problem) ruleError(problem);
      await deleteUser(tx, subject);
    } else await anonymiseUser(tx, subject, now);
    return { id: record.id, done: record.kind, subject };
  },
  audit: (d) => [
    { action: d.done ? "data_rights.confirmed" : "data_rights.declined", entity: "DataRightsRequest", entityId: d.id },
    !!d.done &&
      !!d.subject && {
        action: d.done === "DELETE" ? "person.deleted" : "person.anonymised",
        entity: "User",
        entityId: d.subject!,
        detail: { requestId: d.id },
      },
  ],
  successMessage: (d) => (d.done ? msg("dataRights.decide.done", { kind: d.done }) : "dataRights.decide.declined"),
  revalidate: () => ["/coordinator/data-rights", "/supervisor/data-rights"],
});

/** The school's retention period for closed cohorts (one setting for the deployment). */
export const setRetentionAction = defineAction({
  name: "data_rights.retention",
  schema: retentionSchema,
  load: () => loadRoleCohort("COORDINATOR"),
  permission: { verb: "write", resource: "school.retention", as: "COORDINATOR" },
  async run({ userId, input, tx }) {
    const years = input.years === "" ? null : Number(input.years);
    await tx.schoolSetting.upsert({
      where: { id: "school" },
      create: { id: "school", retentionYears: years, updatedById: userId },
      update: { retentionYears: years, updatedById: userId },
      select: { id: true },
    });
    return { years };
  },
  audit: (d) => ({ action: "retention.set", entity: "SchoolSetting", entityId: "school", detail: { years: d.years } }),
  successMessage: (d) => msg("dataRights.retention.saved", { years: d.years ?? 0 }),
  revalidate: () => ["/coordinator/data-rights"],
});
