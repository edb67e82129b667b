import { z } from "zod";
import { CATEGORIES } from "../referrals/rules";

const id = (what: string) => z.string().trim().min(1, `Choose ${what}.`).max(64, `Choose ${what}.`);
const optionalText = (max: number) =>
  z.string().trim().max(max, `Keep it under ${max} characters.`).optional().default("");
const checkbox = z
  .union([z.boolean(), z.enum(["true", "false", "on", "yes", "no"])])
  .transform((v) => v === true || v === "true" || v === "on" || v === "yes");

/** A centre of the coordinator's directory (the form to add one and to edit one). */
export const supportCentreSchema = z.object({
  name: z.string().trim().min(2, "Enter the centre's name.").max(120, "Keep it under 120 characters."),
  category: z.enum(CATEGORIES, { message: "Choose a category." }),
  contact: optionalText(300),
  hours: optionalText(300),
  howToRefer: optionalText(1000),
  emergency: checkbox.optional().default(false),
});
export type SupportCentreInput = z.output<typeof supportCentreSchema>;

export const createSupportCentreSchema = supportCentreSchema;
export const updateSupportCentreSchema = supportCentreSchema.extend({ centreId: id("a centre") });
export const deleteSupportCentreSchema = z.object({ centreId: id("a centre") });
/** Copy an earlier cohort's directory into the cohort the coordinator manages (rollover). */
export const copySupportCentresSchema = z.object({
  fromCohortId: id("the cohort to copy from"),
  toCohortId: id("the cohort"),
});
