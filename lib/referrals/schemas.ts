import { z } from "zod";
import { CATEGORIES, FORWARD_HOW, URGENCIES } from "./rules";
import { LABEL } from "../format";

const id = (what: string) => z.string().trim().min(1, `Choose ${what}.`).max(64, `Choose ${what}.`);
const bool = z
  .union([z.boolean(), z.enum(["true", "false", "on", "yes", "no"])])
  .transform((v) => v === true || v === "true" || v === "on" || v === "yes");
const text = (min: number, max: number, tooShort: string) =>
  z.string().trim().min(min, tooShort).max(max, `Keep it under ${max} characters.`);
const optionalText = (max: number) =>
  z.string().trim().max(max, `Keep it under ${max} characters.`).optional().default("");

/** A mentor refers a mentee of their group (from the mentee's page or from a contact log). */
export const createReferralSchema = z.object({
  menteeId: id("the mentee"),
  contactLogId: z.string().trim().max(64).optional().default(""),
  category: z.enum(CATEGORIES, { message: "Choose the kind of support centre." }),
  urgency: z.enum(URGENCIES, { message: "Choose how urgent it is." }),
  reason: text(20, 4000, "Describe the situation in a few sentences (at least 20 characters)."),
  menteeInformed: z.enum(["yes", "no"], { message: "Say whether the mentee knows about this referral." }),
  menteeConsented: z.enum(["yes", "no"], { message: "Say whether the mentee agrees." }),
});
export type CreateReferralInput = z.input<typeof createReferralSchema>;

const referralId = z.object({ referralId: id("a referral") });

export const acknowledgeReferralSchema = referralId.extend({ message: optionalText(2000) });
export const requestInfoSchema = referralId.extend({
  message: text(5, 2000, "Write the question for the mentor."),
});
export const answerInfoSchema = referralId.extend({
  message: text(5, 4000, "Write your answer for the supervisor."),
});
export const forwardReferralSchema = referralId.extend({
  centreId: id("the support centre"),
  how: z.enum(FORWARD_HOW, { message: "Choose how it was forwarded." }),
  message: optionalText(2000),
});
export const closeReferralSchema = referralId.extend({
  outcome: text(5, 2000, "Write the outcome in a sentence."),
});
export const declineReferralSchema = referralId.extend({
  message: text(5, 2000, "Tell the mentor why the referral is declined."),
});

/** The coordinator's directory of support centres. */
export const supportCentreSchema = z.object({
  name: text(2, 120, "Enter the centre's name."),
  category: z.enum(CATEGORIES, { message: "Choose a category." }),
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
