import { z } from "zod";
import { CATEGORIES } from "../referrals/rules";

const id = (message: string) => z.string().trim().min(1, message).max(64, message);
const optionalText = (max: number) => z.string().trim().max(max, "centres.errors.tooLong").optional().default("");
const checkbox = z
  .union([z.boolean(), z.enum(["true", "false", "on", "yes", "no"])])
  .transform((v) => v === true || v === "true" || v === "on" || v === "yes");

/** A centre of the coordinator's directory (the form to add one and to edit one). */
export const supportCentreSchema = z.object({
  name: z.string().trim().min(2, "centres.errors.name").max(120, "centres.errors.tooLong"),
  category: z.enum(CATEGORIES, { message: "centres.errors.category" }),
  contact: optionalText(300),
  hours: optionalText(300),
  howToRefer: optionalText(1000),
  emergency: checkbox.optional().default(false),
});
export type SupportCentreInput = z.output<typeof supportCentreSchema>;

export const createSupportCentreSchema = supportCentreSchema;
export const updateSupportCentreSchema = supportCentreSchema.extend({ centreId: id("centres.errors.chooseCentre") });
export const deleteSupportCentreSchema = z.object({ centreId: id("centres.errors.chooseCentre") });
/** Copy an earlier cohort's directory into the cohort the coordinator manages (rollover). */
export const copySupportCentresSchema = z.object({
  fromCohortId: id("centres.errors.chooseSource"),
  toCohortId: id("centres.errors.chooseCohort"),
});
