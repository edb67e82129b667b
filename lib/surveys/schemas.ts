import { z } from "zod";
import { TEMPLATE_IDS } from "./templates";

export const AUDIENCES = ["EVERYONE", "MENTORS", "MENTEES"] as const;
export const ITEM_KINDS = ["LIKERT_5", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "NUMBER", "TEXT"] as const;

const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "surveys.errors.date");
const id = z.string().min(1).max(64);

/** A coordinator creates a survey (a draft) from a template, for an audience and a window. */
export const createSurveySchema = z
  .object({
    template: z.enum(TEMPLATE_IDS, { message: "surveys.errors.template" }),
    title: z.string().trim().min(1, "surveys.errors.titleRequired").max(200, "surveys.errors.titleTooLong"),
    audience: z.enum(AUDIENCES, { message: "surveys.errors.audience" }),
    opensOn: localDay,
    closesOn: localDay,
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn)
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: "surveys.errors.closesBeforeOpens" });
  });

export const surveyIdSchema = z.object({ surveyId: id });

/**
 * New dates for a survey: the first and last day, in the cohort's zone. An open survey sends no
 * opening day (it keeps its own: people have answered).
 */
export const rescheduleSurveySchema = z
  .object({
    surveyId: id,
    opensOn: z.union([localDay, z.literal("")]).optional(),
    closesOn: localDay,
  })
  .superRefine((v, ctx) => {
    if (v.opensOn && v.closesOn < v.opensOn)
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: "surveys.errors.closesBeforeOpens" });
  });

/** A semester of the cohort (its end-of-semester survey opens in its last week). */
export const semesterSchema = z
  .object({
    label: z.string().trim().min(1, "surveys.errors.semesterLabel").max(80, "surveys.errors.semesterLabel"),
    startsOn: localDay,
    endsOn: localDay,
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "surveys.errors.semesterEndsBeforeStart" });
  });

export const semesterIdSchema = z.object({ semesterId: id });

const boolField = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** A coordinator adds an item to a draft survey. */
export const addItemSchema = z.object({
  surveyId: id,
  kind: z.enum(ITEM_KINDS, { message: "surveys.errors.kind" }),
  prompt: z.string().trim().min(1, "surveys.errors.promptRequired").max(500, "surveys.errors.promptTooLong"),
  audience: z.enum(AUDIENCES, { message: "surveys.errors.audience" }),
  required: boolField,
  reverseKeyed: boolField,
  subscale: z.string().trim().max(80, "surveys.errors.subscaleTooLong"),
  options: z.string().max(2000, "surveys.errors.optionsTooLong"),
});

/** A coordinator rewords an item of a draft survey (the instrument's licensed wording). */
export const editItemSchema = z.object({
  itemId: id,
  prompt: z.string().trim().min(1, "surveys.errors.promptRequired").max(500, "surveys.errors.promptTooLong"),
});

export const itemIdSchema = z.object({ itemId: id });

/** Answers: `a_<itemId>` fields (one value, or several for multiple choice). */
export const ANSWER_PREFIX = "a_";
export const answersSchema = z
  .object({
    surveyId: id,
    /** feedback on mentors: the mentor the answers are about */
    subjectId: z.string().max(64).optional().default(""),
    intent: z.enum(["save", "submit"]).default("submit"),
  })
  .catchall(z.union([z.string().max(4000, "surveys.errors.textTooLong"), z.array(z.string().max(200))]));

/** The options of a choice item, one a line. */
export function optionLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
