import { z } from "zod";
import { DEFAULT_WEIGHTS, MAX_WEIGHT } from "./rules/grouping";

const id = z.string().trim().min(1, "Choose one.").max(64);
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");
const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

export const decideApplicationSchema = z
  .object({
    membershipId: id,
    decision: z.enum(["ACCEPT", "DECLINE"], { message: "Accept or decline." }),
    reason: z.string().trim().max(500, "Keep the reason under 500 characters.").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "DECLINE" && v.reason.length < 3)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Give the applicant a reason against the selection criteria.",
      });
  });

export const recordTrainingSchema = z.object({
  cohortId: id,
  module: z.string().trim().min(1, "Choose a module.").max(120),
  membershipIds: ids.refine((v) => v.length > 0, { message: "Tick at least one mentor." }),
});

export const createPairSchema = z.object({
  cohortId: id,
  clinicalMentorId: id,
  preclinicalMentorId: id,
  label: z.string().trim().max(60, "Keep the label under 60 characters.").default(""),
});

export const deletePairSchema = z.object({ pairId: id });

export const suggestPairsSchema = z.object({ cohortId: id, mixGender: checkbox, shareLanguage: checkbox });

export const drawMenteesSchema = z.object({
  cohortId: id,
  count: z.coerce
    .number({ message: "Enter how many mentees to draw." })
    .int("Enter a whole number.")
    .min(1, "Draw at least one mentee.")
    .max(5000),
});

const weight = z.coerce.number().int().min(0, `0 to ${MAX_WEIGHT}`).max(MAX_WEIGHT, `0 to ${MAX_WEIGHT}`);
export const suggestGroupsSchema = z.object({
  cohortId: id,
  weightLanguage: weight.default(DEFAULT_WEIGHTS.language),
  weightInternational: weight.default(DEFAULT_WEIGHTS.international),
  weightDormitory: weight.default(DEFAULT_WEIGHTS.dormitory),
});

export const moveMenteeSchema = z.object({
  menteeId: id,
  /** "" = take the mentee out of their group */
  pairId: z.string().trim().max(64).default(""),
  confirmOverLimit: checkbox,
});

export const publishSchema = z.object({ cohortId: id });

export const acknowledgeAgreementSchema = z.object({ pairId: id, role: z.enum(["MENTOR", "MENTEE"]) });
