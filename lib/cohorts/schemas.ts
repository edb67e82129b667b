import { z } from "zod";
import { localeChoice } from "../i18n/schemas";
import { isValidTimeZone } from "../time";
import { isRealDate, parsePausedPeriods } from "./rules";

const id = z.string().trim().min(1, "Missing id.").max(64);
const day = z.string().trim().refine(isRealDate, { message: "Enter a date as YYYY-MM-DD." });
/** A cohort's dates lie in a sane range (issue 16): 1990-01-01 to 2100-12-31. */
const cohortDay = day.refine((v) => !isRealDate(v) || (v >= "1990-01-01" && v <= "2100-12-31"), {
  message: "Choose a date between 1990 and 2100.",
});
const int = (min: number, max: number, what: string) =>
  z.coerce
    .number({ message: `Enter ${what} as a number.` })
    .int(`Enter ${what} as a whole number.`)
    .min(min, `${what[0].toUpperCase()}${what.slice(1)} must be at least ${min}.`)
    .max(max, `${what[0].toUpperCase()}${what.slice(1)} must be at most ${max}.`);
const lines = (max: number) =>
  z
    .string()
    .default("")
    .transform((v) =>
      [
        ...new Set(
          v
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean),
        ),
      ].slice(0, max),
    );
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const basics = {
  name: z
    .string()
    .trim()
    .min(3, "Give the cohort a name of at least 3 characters.")
    .max(120, "Keep the name under 120 characters."),
  academicYear: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{4}$/, "Write the academic year as 2027-2028."),
  startsOn: cohortDay,
  endsOn: cohortDay,
};

function datesOrdered(v: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) {
  if (isRealDate(v.startsOn) && isRealDate(v.endsOn) && v.endsOn <= v.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The cohort must end after it starts." });
}

/** Every setting of a cohort: the create and edit forms share it. */
export const cohortSettingsSchema = z
  .object({
    ...basics,
    timeZone: z.string().trim().refine(isValidTimeZone, { message: "Choose a time zone such as Europe/Berlin." }),
    groupSize: int(1, 50, "the group size"),
    maxMenteesPerMentor: int(1, 100, "the mentee limit per mentor"),
    firstIntervalDays: int(1, 90, "the first interval"),
    lastIntervalDays: int(1, 90, "the last interval"),
    pausedPeriods: z.string().max(4000).default(""),
    trainingModules: lines(12),
    selectionCriteria: lines(12),
    agreementText: z.string().trim().max(4000, "Keep the agreement under 4,000 characters.").default(""),
    waiveTraining: checkbox,
    applicationsOpen: checkbox,
    /** the interface language of members without their own choice ("": none, docs/i18n.md) */
    defaultLocale: localeChoice.default(""),
  })
  .superRefine((v, ctx) => {
    datesOrdered(v, ctx);
    const { problems } = parsePausedPeriods(v.pausedPeriods);
    if (problems.length) ctx.addIssue({ code: "custom", path: ["pausedPeriods"], message: problems.join(" ") });
    if (v.trainingModules.length === 0)
      ctx.addIssue({ code: "custom", path: ["trainingModules"], message: "List at least one training module." });
  });

/** "" or missing: start empty; otherwise the cohort whose templates and support centres to copy. */
const optionalId = z.string().trim().max(64).optional().default("");

export const createCohortSchema = z.intersection(z.object({ copyFromCohortId: optionalId }), cohortSettingsSchema);
export const updateCohortSchema = z.intersection(z.object({ cohortId: id }), cohortSettingsSchema);

/** Copy an earlier cohort's library templates and/or support centres into this one, at any time. */
export const copyFromCohortSchema = z
  .object({
    cohortId: id,
    fromCohortId: z
      .string()
      .trim()
      .min(1, "cohorts.copy.errors.chooseSource")
      .max(64, "cohorts.copy.errors.chooseSource"),
    templates: checkbox,
    centres: checkbox,
  })
  .superRefine((v, ctx) => {
    if (!v.templates && !v.centres)
      ctx.addIssue({ code: "custom", path: ["templates"], message: "cohorts.copy.errors.chooseWhat" });
  });

export const rollOverSchema = z.object({ cohortId: id, ...basics }).superRefine(datesOrdered);

/** Repeated form fields ("closeCohortIds") arrive as one string or as an array. */
const idList = z
  .union([id, z.array(id).max(1000)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const changeStatusSchema = z.object({
  cohortId: id,
  to: z.enum(["ACTIVE", "CLOSED"], { message: "Choose active or closed." }),
  /** activating: the other active cohorts the coordinator confirmed closing (decision 114) */
  closeCohortIds: idList,
});

export type CohortSettingsInput = z.input<typeof cohortSettingsSchema>;

/** Bulk: the selected mentor applicants to accept (lib/pairing/bulk-actions.ts). */
export const acceptApplicantsSchema = z.object({
  cohortId: id,
  membershipIds: idList.refine((v) => v.length > 0, { message: "cohorts.bulk.errors.none" }),
});
