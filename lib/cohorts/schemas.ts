import { z } from "zod";
import { localeChoice } from "../i18n/schemas";
import { isValidTimeZone } from "../time";
import { isRealDate, parsePausedPeriods } from "./rules";

const id = z
  .string({ message: "cohorts.errors.missingId" })
  .trim()
  .min(1, "cohorts.errors.missingId")
  .max(64, "cohorts.errors.missingId");
const day = z.string({ message: "cohorts.errors.date" }).trim().refine(isRealDate, { message: "cohorts.errors.date" });
/** A cohort's dates lie in a sane range (issue 16): 1990-01-01 to 2100-12-31. */
const cohortDay = day.refine((v) => !isRealDate(v) || (v >= "1990-01-01" && v <= "2100-12-31"), {
  message: "cohorts.errors.dateRange",
});
const int = (min: number, max: number) =>
  z.coerce
    .number({ message: "cohorts.errors.number" })
    .int("cohorts.errors.wholeNumber")
    .min(min, "cohorts.errors.atLeast")
    .max(max, "cohorts.errors.atMost");
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
  name: z.string().trim().min(3, "cohorts.errors.nameShort").max(120, "cohorts.errors.nameLong"),
  academicYear: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{4}$/, "cohorts.errors.academicYear"),
  startsOn: cohortDay,
  endsOn: cohortDay,
};

function datesOrdered(v: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) {
  if (isRealDate(v.startsOn) && isRealDate(v.endsOn) && v.endsOn <= v.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "cohorts.errors.endsBeforeStart" });
}

/** Every setting of a cohort: the create and edit forms share it. */
export const cohortSettingsSchema = z
  .object({
    ...basics,
    timeZone: z.string().trim().refine(isValidTimeZone, { message: "cohorts.errors.timeZone" }),
    groupSize: int(1, 50),
    maxMenteesPerMentor: int(1, 100),
    firstIntervalDays: int(1, 90),
    lastIntervalDays: int(1, 90),
    pausedPeriods: z.string().max(4000).default(""),
    trainingModules: lines(12),
    selectionCriteria: lines(12),
    agreementText: z.string().trim().max(4000, "cohorts.errors.agreementLong").default(""),
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
      ctx.addIssue({ code: "custom", path: ["trainingModules"], message: "cohorts.errors.noModules" });
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
  to: z.enum(["ACTIVE", "CLOSED"], { message: "cohorts.errors.status" }),
  /** activating: the other active cohorts the coordinator confirmed closing (decision 114) */
  closeCohortIds: idList,
});

export type CohortSettingsInput = z.input<typeof cohortSettingsSchema>;

/** Bulk: the selected mentor applicants to accept (lib/pairing/bulk-actions.ts). */
export const acceptApplicantsSchema = z.object({
  cohortId: id,
  membershipIds: idList.refine((v) => v.length > 0, { message: "cohorts.bulk.errors.none" }),
});
