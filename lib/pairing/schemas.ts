import { z } from "zod";
import type { Strata } from "./rules/draw";
import { DEFAULT_WEIGHTS, MAX_WEIGHT } from "./rules/grouping";

const id = z.string().trim().min(1, "pairing.errors.chooseOne").max(64);
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
    decision: z.enum(["ACCEPT", "DECLINE"], { message: "pairing.errors.acceptOrDecline" }),
    reason: z.string().trim().max(500, "pairing.errors.reasonTooLong").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "DECLINE" && v.reason.length < 3)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "pairing.errors.reasonMissing",
      });
  });

export const recordTrainingSchema = z.object({
  cohortId: id,
  module: z.string().trim().min(1, "pairing.errors.chooseModule").max(120),
  membershipIds: ids.refine((v) => v.length > 0, { message: "pairing.errors.tickMentor" }),
  /** the day of the training, in the cohort's time zone; left out: today (trainingDateProblem) */
  completedOn: z.string().trim().max(10, "cohorts.mentorsPage.errors.dateInvalid").optional(),
});

export const createPairSchema = z.object({
  cohortId: id,
  clinicalMentorId: id,
  preclinicalMentorId: id,
  label: z.string().trim().max(60, "pairing.errors.labelTooLong").default(""),
});

export const deletePairSchema = z.object({ pairId: id });

export const suggestPairsSchema = z.object({ cohortId: id, mixGender: checkbox, shareLanguage: checkbox });

/** A count of the draw; `notNumber`: its own catalog key ("Enter how many women as a number."). */
const howMany = (notNumber: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ message: notNumber })
      .int("pairing.errors.wholeNumber")
      .min(0, "pairing.errors.atLeastZero")
      .max(5000, "pairing.errors.atMost")
      .optional(),
  );

const seedField = z
  .string()
  .trim()
  .max(64, "pairing.errors.seedTooLong")
  .regex(/^[A-Za-z0-9._-]*$/, "pairing.errors.seedCharacters")
  .default("");

const drawFields = {
  cohortId: id,
  count: howMany("pairing.errors.notNumberCount"),
  female: howMany("pairing.errors.notNumberFemale"),
  male: howMany("pairing.errors.notNumberMale"),
  other: howMany("pairing.errors.notNumberOther"),
  undisclosed: howMany("pairing.errors.notNumberUndisclosed"),
  seed: seedField,
};
type DrawFields = { count?: number; female?: number; male?: number; other?: number; undisclosed?: number };

const byGenderSum = (v: DrawFields) =>
  [v.female, v.male, v.other, v.undisclosed].reduce<number>((s, n) => s + (n ?? 0), 0);

function checkCounts(v: DrawFields, ctx: z.RefinementCtx) {
  const byGender = byGenderSum(v);
  if (byGender === 0 && !v.count)
    ctx.addIssue({ code: "custom", path: ["count"], message: "pairing.errors.countMissing" });
  else if (byGender > 0 && v.count !== undefined && v.count !== byGender)
    ctx.addIssue({
      code: "custom",
      path: ["count"],
      message: "pairing.errors.countNotSum",
      params: { sum: byGender },
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
    confirm: checkbox.refine((v) => v, { message: "pairing.errors.confirmRedo" }),
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
    reason: z.string().trim().min(3, "pairing.errors.swapReasonMissing").max(500, "pairing.errors.reasonTooLong"),
  })
  .superRefine((v, ctx) => {
    if (!v.inId && !v.incoming) ctx.addIssue({ code: "custom", path: ["incoming"], message: "cohorts.swap.missing" });
  });

const weight = z.coerce
  .number()
  .int()
  .refine((v) => v >= 0 && v <= MAX_WEIGHT, { message: "pairing.errors.weightRange", params: { max: MAX_WEIGHT } });
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
    target: z.string().trim().max(80, "pairing.errors.targetTooLong").optional(),
    confirmOverLimit: checkbox,
    /** with `target`: take the mentee out of their group instead (the label is then not needed) */
    takeOut: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.target === "" && !v.takeOut)
      ctx.addIssue({ code: "custom", path: ["target"], message: "pairing.errors.targetMissing" });
  });

export const publishSchema = z.object({ cohortId: id });

export const acknowledgeAgreementSchema = z.object({ pairId: id, role: z.enum(["MENTOR", "MENTEE"]) });
