import { z } from "zod";
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
  })
  .superRefine((v, ctx) => {
    datesOrdered(v, ctx);
    const { problems } = parsePausedPeriods(v.pausedPeriods);
    if (problems.length) ctx.addIssue({ code: "custom", path: ["pausedPeriods"], message: problems.join(" ") });
    if (v.trainingModules.length === 0)
      ctx.addIssue({ code: "custom", path: ["trainingModules"], message: "List at least one training module." });
  });

export const createCohortSchema = cohortSettingsSchema;
export const updateCohortSchema = z.intersection(z.object({ cohortId: id }), cohortSettingsSchema);

export const rollOverSchema = z.object({ cohortId: id, ...basics }).superRefine(datesOrdered);

export const changeStatusSchema = z.object({
  cohortId: id,
  to: z.enum(["ACTIVE", "CLOSED"], { message: "Choose active or closed." }),
});

export type CohortSettingsInput = z.input<typeof cohortSettingsSchema>;
