"use server";
import { randomBytes } from "node:crypto";
import { defineAction, ruleError } from "../actions";
import { inTurn } from "../db/in-turn";
import { clock } from "../clock";
import { msg } from "../i18n/msg";
import { computedHours } from "./data";
import { loadMentor } from "./loaders";
import { totalMinutes, verificationCode } from "./rules";
import { adjustHoursSchema, approveHoursSchema } from "./schemas";

const PATHS = ["/coordinator/hours", "/supervisor/reports/hours", "/mentor/hours"];

/** The coordinator corrects a mentor's computed hours (+ or − minutes) with a reason; audited. */
export const adjustHoursAction = defineAction({
  name: "recognition.adjust",
  schema: adjustHoursSchema,
  successMessage: msg("recognition.adjusted"),
  revalidate: () => PATHS,
  load: ({ input }) => loadMentor(input.membershipId),
  permission: { verb: "write", resource: "hours.cohort" },
  async run({ userId, input, record, tx }) {
    const approved = await tx.hoursCertificate.findUnique({ where: { membershipId: record.id }, select: { id: true } });
    if (approved) ruleError(msg("recognition.errors.alreadyApproved"));
    return tx.hoursAdjustment.create({
      data: {
        cohortId: record.cohortId,
        membershipId: record.id,
        minutes: input.minutes,
        reason: input.reason,
        createdById: userId,
      },
      select: { id: true, minutes: true },
    });
  },
  audit: (data, { record }) => ({
    action: "hours.adjusted",
    entity: "Membership",
    entityId: record.id,
    detail: { minutes: data.minutes },
  }),
});

/**
 * The coordinator or the supervisor approves a mentor's hours for the year: the total is
 * computed now, under the transaction, and frozen in a certificate with a verification code.
 */
export const approveHoursAction = defineAction({
  name: "recognition.approve",
  schema: approveHoursSchema,
  successMessage: msg("recognition.approved"),
  revalidate: () => PATHS,
  conflicts: { HoursCertificate_membershipId_key: { message: "recognition.errors.alreadyApproved" } },
  load: ({ input }) => loadMentor(input.membershipId),
  permission: { verb: "write", resource: "hours.approve" },
  async run({ userId, record, tx }) {
    const [computed, adjustments] = await inTurn(
      () => computedHours(tx, { id: record.cohortId, timeZone: record.timeZone }, record.id),
      () => tx.hoursAdjustment.findMany({ where: { membershipId: record.id }, select: { minutes: true } }),
    );
    const minutes = totalMinutes(computed.get(record.id)?.minutes ?? 0, adjustments);
    if (minutes <= 0) ruleError(msg("recognition.errors.nothingToApprove"));
    return tx.hoursCertificate.create({
      data: {
        cohortId: record.cohortId,
        membershipId: record.id,
        minutes,
        code: verificationCode(randomBytes(12)),
        approvedById: userId,
        approvedAt: clock(),
      },
      select: { id: true, minutes: true },
    });
  },
  audit: (data, { record, roles }) => ({
    action: "hours.approved",
    entity: "HoursCertificate",
    entityId: data.id,
    detail: { membershipId: record.id, minutes: data.minutes, as: roles[0] },
  }),
});
