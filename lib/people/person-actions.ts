"use server";
import { z } from "zod";
import { defineAction, ruleError } from "../actions";
import { db } from "../db";
import { msg } from "../i18n/msg";
import { studentNumberOf } from "../outcomes/rules";
import { editPersonIdentity, IDENTITY_NOT_YOURS } from "./write";
import { STUDENT_NUMBER } from "./rules";
import { clock } from "../clock";

const editPersonSchema = z.object({
  membershipId: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1, "roster.errors.nameEmpty").max(120, "roster.errors.nameLong"),
  email: z.string().trim().toLowerCase().email("roster.errors.email").max(200),
  /** absent: left as it is (older forms); empty: none */
  studentNumber: z
    .string()
    .transform((v) => studentNumberOf(v))
    .refine((v) => v === "" || STUDENT_NUMBER.test(v), "roster.page.person.edit.numberInvalid")
    .optional(),
});

/**
 * A coordinator corrects the name or email of a person in their cohort (issue 16, item 4): the
 * table grants cohort.setup; the rule in lib/people/write.ts limits it to people whose every
 * membership is in cohorts this coordinator runs.
 */
export const editPersonAction = defineAction({
  name: "people.edit_identity",
  schema: editPersonSchema,
  async load({ input }) {
    const m = await db().membership.findUnique({
      where: { id: input.membershipId },
      select: { cohortId: true, userId: true, studentNumber: true },
    });
    return m ? { scope: { cohortId: m.cohortId }, userId: m.userId, studentNumber: m.studentNumber } : null;
  },
  permission: { verb: "write", resource: "cohort.setup", as: "COORDINATOR" },
  async run({ userId, record, input, tx }) {
    const result = await editPersonIdentity(tx, userId, record.userId, { name: input.name, email: input.email });
    if (!result) ruleError(IDENTITY_NOT_YOURS);
    // The student number belongs to this membership (this cohort's lists), not to the person.
    const changed: string[] = [...result.changed];
    if (input.studentNumber !== undefined && (input.studentNumber || null) !== record.studentNumber) {
      await tx.membership.update({
        where: { id: input.membershipId },
        data: { studentNumber: input.studentNumber || null },
        select: { id: true },
      });
      changed.push("studentNumber");
    }
    return { changed, userId: record.userId, cohortId: record.scope.cohortId, membershipId: input.membershipId };
  },
  conflicts: {
    Membership_cohortId_role_studentNumber_key: {
      message: "roster.page.person.edit.numberTaken",
      field: "studentNumber",
    },
  },
  audit: (d) =>
    d.changed.length > 0 && {
      action: "person.identity_changed",
      entity: "User",
      entityId: d.userId,
      detail: { fields: d.changed },
    },
  successMessage: "roster.page.person.edit.saved",
  revalidate: (d) => [
    `/coordinator/cohorts/${d.cohortId}/people`,
    `/coordinator/cohorts/${d.cohortId}/people/${d.membershipId}`,
    `/coordinator/cohorts/${d.cohortId}/mentors`,
  ],
});

const revokeSchema = z.object({ membershipId: z.string().trim().min(1).max(64) });

/**
 * A coordinator withdraws the invitation links of a person in their cohort who has not set a
 * password yet (issue 16: there was no way to revoke one). The links stop working at once.
 */
export const revokeInvitationAction = defineAction({
  name: "people.revoke_invitation",
  schema: revokeSchema,
  async load({ input }) {
    const m = await db().membership.findUnique({
      where: { id: input.membershipId },
      select: { cohortId: true, userId: true },
    });
    return m ? { scope: { cohortId: m.cohortId }, userId: m.userId } : null;
  },
  permission: { verb: "write", resource: "cohort.setup", as: "COORDINATOR" },
  async run({ record, tx }) {
    const { count } = await tx.authToken.updateMany({
      where: { userId: record.userId, purpose: "INVITATION", usedAt: null },
      data: { usedAt: clock() },
    });
    if (count === 0) ruleError(msg("roster.errors.noInvitation"));
    return { userId: record.userId, cohortId: record.scope.cohortId, revoked: count };
  },
  audit: (d) => ({
    action: "invitation.revoked",
    entity: "User",
    entityId: d.userId,
    detail: { links: d.revoked },
  }),
  successMessage: msg("roster.revoke.done"),
  revalidate: (d) => [`/coordinator/cohorts/${d.cohortId}/people`],
});
