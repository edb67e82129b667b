import { z } from "zod";
import { CATEGORIES, FORWARD_HOW, URGENCIES } from "./rules";
import { LABEL } from "../format";

const id = (message: string) => z.string().trim().min(1, message).max(64, message);
const bool = z
  .union([z.boolean(), z.enum(["true", "false", "on", "yes", "no"])])
  .transform((v) => v === true || v === "true" || v === "on" || v === "yes");
const text = (min: number, max: number, tooShort: string) =>
  z.string().trim().min(min, tooShort).max(max, "referrals.errors.tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "referrals.errors.tooLong").optional().default("");

/** A mentor refers a mentee of their group (from the mentee's page or from a contact log). */
export const createReferralSchema = z.object({
  menteeId: id("referrals.errors.chooseMentee"),
  contactLogId: z.string().trim().max(64).optional().default(""),
  category: z.enum(CATEGORIES, { message: "referrals.errors.category" }),
  urgency: z.enum(URGENCIES, { message: "referrals.errors.urgency" }),
  reason: text(20, 4000, "referrals.errors.reason"),
  menteeInformed: z.enum(["yes", "no"], { message: "referrals.errors.informed" }),
  menteeConsented: z.enum(["yes", "no"], { message: "referrals.errors.consented" }),
});
export type CreateReferralInput = z.input<typeof createReferralSchema>;

const referralId = z.object({ referralId: id("referrals.errors.chooseReferral") });

export const acknowledgeReferralSchema = referralId.extend({ message: optionalText(2000) });
export const requestInfoSchema = referralId.extend({
  message: text(5, 2000, "referrals.errors.question"),
});
export const answerInfoSchema = referralId.extend({
  message: text(5, 4000, "referrals.errors.answer"),
});
export const forwardReferralSchema = referralId.extend({
  centreId: id("referrals.errors.chooseCentre"),
  how: z.enum(FORWARD_HOW, { message: "referrals.errors.how" }),
  message: optionalText(2000),
});
export const closeReferralSchema = referralId.extend({
  outcome: text(5, 2000, "referrals.errors.outcome"),
});
export const declineReferralSchema = referralId.extend({
  message: text(5, 2000, "referrals.errors.declineReason"),
});

/** The coordinator's directory of support centres. */
export const supportCentreSchema = z.object({
  name: text(2, 120, "referrals.errors.centreName"),
  category: z.enum(CATEGORIES, { message: "referrals.errors.centreCategory" }),
  contact: optionalText(300),
  hours: optionalText(300),
  howToRefer: optionalText(1000),
  emergency: bool.optional().default(false),
});
export const createSupportCentreSchema = supportCentreSchema;
export const updateSupportCentreSchema = supportCentreSchema.extend({ centreId: id("a centre") });
export const deleteSupportCentreSchema = z.object({ centreId: id("a centre") });
/** Copy last year's directory into the cohort the coordinator manages (rollover). */
export const copySupportCentresSchema = z.object({
  fromCohortId: id("the cohort to copy from"),
  toCohortId: id("the cohort"),
});

/** The one label map per enum is LABEL (lib/format.ts); the referral form names these. */
export const CATEGORY_LABEL = LABEL.category;
/** The form's choices spell out what "urgent" means; the badge says "Urgent" (LABEL.urgency). */
export const URGENCY_LABEL = { ...LABEL.urgency, URGENT: "Urgent: risk to safety" } as const;
