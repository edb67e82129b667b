import { z } from "zod";
import type { Strata } from "./rules/draw";
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
  /** the day of the training, in the cohort's time zone; left out: today (trainingDateProblem) */
  completedOn: z.string().trim().max(10, "cohorts.mentorsPage.errors.dateInvalid").optional(),
});

export const createPairSchema = z.object({
  cohortId: id,
  clinicalMentorId: id,
  preclinicalMentorId: id,
  label: z.string().trim().max(60, "Keep the label under 60 characters.").default(""),
});

export const deletePairSchema = z.object({ pairId: id });

export const suggestPairsSchema = z.object({ cohortId: id, mixGender: checkbox, shareLanguage: checkbox });

const howMany = (what: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ message: `Enter how many ${what} as a number.` })
      .int("Enter a whole number.")
      .min(0, "Enter 0 or more.")
      .max(5000, "At most 5,000.")
      .optional(),
  );

const seedField = z
  .string()
  .trim()
  .max(64, "Keep the seed under 64 characters.")
  .regex(/^[A-Za-z0-9._-]*$/, "Use letters, digits, dots, dashes or underscores.")
  .default("");

const drawFields = {
  cohortId: id,
  count: howMany("mentees to draw"),
  female: howMany("women"),
  male: howMany("men"),
  other: howMany("of another gender"),
  undisclosed: howMany("with an undisclosed gender"),
  seed: seedField,
};
type DrawFields = { count?: number; female?: number; male?: number; other?: number; undisclosed?: number };

const byGenderSum = (v: DrawFields) =>
  [v.female, v.male, v.other, v.undisclosed].reduce<number>((s, n) => s + (n ?? 0), 0);

function checkCounts(v: DrawFields, ctx: z.RefinementCtx) {
  const byGender = byGenderSum(v);
  if (byGender === 0 && !v.count)
    ctx.addIssue({ code: "custom", path: ["count"], message: "Enter how many mentees to draw, in all or by gender." });
  else if (byGender > 0 && v.count !== undefined && v.count !== byGender)
    ctx.addIssue({
      code: "custom",
      path: ["count"],
      message: `The numbers by gender add up to ${byGender}: enter ${byGender} here or leave it empty.`,
    });
}

function toStrata<T extends DrawFields & { cohortId: string; seed: string }>(v: T) {
  const byGender = { FEMALE: v.female ?? 0, MALE: v.male ?? 0, OTHER: v.other ?? 0, UNDISCLOSED: v.undisclosed ?? 0 };
  const strata: Strata = byGenderSum(v) > 0 ? { byGender } : { total: v.count ?? 0 };
  return { cohortId: v.cohortId, seed: v.seed, strata };
}

/**
 * The draw: a total of anyone, or so many of each gender (then the total, if given, must be
 * their sum); a seed, or one is generated. `strata` is what the rule works on.
 */
export const drawMenteesSchema = z.object(drawFields).superRefine(checkCounts).transform(toStrata);

/** Redo the draw before publishing: the same numbers and seed, and the coordinator's confirmation. */
export const redrawMenteesSchema = z
  .object({
    ...drawFields,
    confirm: checkbox.refine((v) => v, { message: "Tick to confirm that the drawn mentees are replaced." }),
  })
  .superRefine(checkCounts)
  .transform(toStrata);

export const swapMenteeSchema = z
  .object({
    cohortId: id,
    outId: id,
    /** the first-year to draw instead: by membership id, or typed (student number or email, looked up in the cohort) */
    inId: id.optional(),
    incoming: z.string().trim().max(200, "cohorts.swap.noWaiting").optional(),
    reason: z
      .string()
      .trim()
      .min(3, "Give the reason for the swap (it is kept in the audit trail).")
      .max(500, "Keep the reason under 500 characters."),
  })
  .superRefine((v, ctx) => {
    if (!v.inId && !v.incoming) ctx.addIssue({ code: "custom", path: ["incoming"], message: "cohorts.swap.missing" });
  });

const weight = z.coerce.number().int().min(0, `0 to ${MAX_WEIGHT}`).max(MAX_WEIGHT, `0 to ${MAX_WEIGHT}`);
export const suggestGroupsSchema = z.object({
  cohortId: id,
  weightLanguage: weight.default(DEFAULT_WEIGHTS.language),
  weightInternational: weight.default(DEFAULT_WEIGHTS.international),
  weightDormitory: weight.default(DEFAULT_WEIGHTS.dormitory),
});

export const moveMenteeSchema = z
  .object({
    menteeId: id,
    /** "" = take the mentee out of their group */
    pairId: z.string().trim().max(64).default(""),
    /**
     * The target group by its label ("Group 12"), typed on the groups page instead of choosing
     * from a list of every group; resolved within the mentee's cohort. When sent, it decides.
     */
    target: z.string().trim().max(80, "Keep the group's label under 80 characters.").optional(),
    confirmOverLimit: checkbox,
    /** with `target`: take the mentee out of their group instead (the label is then not needed) */
    takeOut: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.target === "" && !v.takeOut)
      ctx.addIssue({ code: "custom", path: ["target"], message: "Type the group's label, e.g. “Group 12”." });
  });

export const publishSchema = z.object({ cohortId: id });

export const acknowledgeAgreementSchema = z.object({ pairId: id, role: z.enum(["MENTOR", "MENTEE"]) });
