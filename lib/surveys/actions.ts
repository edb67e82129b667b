"use server";
import type { Prisma } from "../../generated/prisma/client";
import { ActionError, defineAction, ruleError, type Tx } from "../actions";
import { inTurn } from "../db/in-turn";
import { loadOwnMembership } from "../auth/loaders";
import { clock } from "../clock";
import { msg } from "../i18n/msg";
import { requestTranslator } from "../i18n/server";
import { addLocalDays, dbDateToLocal, localDate, localToDbDate, startOfLocalDay } from "../time";
import { loadItem, loadSemester, loadSurvey, loadSurveyToAnswer } from "./loaders";
import {
  answerProblem,
  checkAnswers,
  closeProblem,
  itemsFor,
  openProblem,
  rescheduleProblem,
  semesterProblem,
  surveyPhase,
  type RawAnswer,
} from "./rules";
import {
  addItemSchema,
  ANSWER_PREFIX,
  answersSchema,
  createSurveySchema,
  editItemSchema,
  itemIdSchema,
  optionLines,
  rescheduleSurveySchema,
  semesterIdSchema,
  semesterSchema,
  surveyIdSchema,
} from "./schemas";
import { TEMPLATES, templateItems } from "./templates";

const STAFF_PATHS = ["/coordinator/surveys", "/supervisor/surveys"];
const ANSWER_PATHS = ["/mentor", "/mentee", "/mentor/surveys", "/mentee/surveys", ...STAFF_PATHS];

/** A coordinator creates a survey from a template: a draft, in their language, until they open it. */
export const createSurveyAction = defineAction({
  name: "survey.create",
  schema: createSurveySchema,
  successMessage: msg("surveys.created"),
  revalidate: () => STAFF_PATHS,
  async load({ input }) {
    const m = await loadOwnMembership("COORDINATOR");
    if (!m) return null;
    // the template's texts in the coordinator's language (outside the transaction)
    const tr = await requestTranslator();
    const template = TEMPLATES[input.template];
    return { ...m, template, items: templateItems(template, tr.t) };
  },
  permission: { verb: "write", resource: "survey.manage" },
  async run({ input, record, tx }) {
    const opensAt = startOfLocalDay(input.opensOn, record.timeZone);
    const closesAt = startOfLocalDay(addLocalDays(input.closesOn, 1), record.timeZone);
    return tx.survey.create({
      data: {
        cohortId: record.scope.cohortId,
        title: input.title,
        audience: record.template.aboutMentors ? "MENTEES" : input.audience,
        aboutMentors: record.template.aboutMentors,
        template: record.template.id,
        draft: true,
        opensAt,
        closesAt,
        items: { createMany: { data: record.items } },
      },
      select: { id: true },
    });
  },
  audit: (d, { input }) => ({
    action: "survey.created",
    entity: "Survey",
    entityId: d.id,
    detail: { template: input.template },
  }),
});

/** Items change only while the survey is a draft (answers must mean what the item says). */
function draftOnly(draft: boolean) {
  if (!draft) ruleError(msg("surveys.errors.notDraft"));
}

export const addItemAction = defineAction({
  name: "survey.add_item",
  schema: addItemSchema,
  successMessage: msg("surveys.itemAdded"),
  revalidate: () => STAFF_PATHS,
  load: ({ input }) => loadSurvey(input.surveyId),
  permission: { verb: "write", resource: "survey.manage" },
  async run({ input, record, tx }) {
    draftOnly(record.draft);
    const options = optionLines(input.options);
    const choice = input.kind === "SINGLE_CHOICE" || input.kind === "MULTIPLE_CHOICE";
    if (choice && options.length < 2) ruleError(msg("surveys.errors.optionsNeeded"), "options");
    const last = await tx.surveyItem.aggregate({ where: { surveyId: record.id }, _max: { position: true } });
    return tx.surveyItem.create({
      data: {
        surveyId: record.id,
        position: (last._max.position ?? 0) + 1,
        kind: input.kind,
        prompt: input.prompt,
        audience: input.audience,
        required: input.required,
        reverseKeyed: input.kind === "LIKERT_5" && input.reverseKeyed,
        subscale: input.kind === "LIKERT_5" && input.subscale ? input.subscale : null,
        options: choice ? options : [],
      },
      select: { id: true },
    });
  },
  audit: (d, { record }) => ({
    action: "survey.item_added",
    entity: "Survey",
    entityId: record.id,
    detail: { item: d.id },
  }),
});

export const editItemAction = defineAction({
  name: "survey.edit_item",
  schema: editItemSchema,
  successMessage: msg("surveys.itemSaved"),
  revalidate: () => STAFF_PATHS,
  load: ({ input }) => loadItem(input.itemId),
  permission: { verb: "write", resource: "survey.manage" },
  async run({ input, record, tx }) {
    draftOnly(record.survey.draft);
    return tx.surveyItem.update({ where: { id: record.id }, data: { prompt: input.prompt }, select: { id: true } });
  },
  audit: (_d, { record }) => ({ action: "survey.item_edited", entity: "Survey", entityId: record.surveyId }),
});

export const removeItemAction = defineAction({
  name: "survey.remove_item",
  schema: itemIdSchema,
  successMessage: msg("surveys.itemRemoved"),
  revalidate: () => STAFF_PATHS,
  load: ({ input }) => loadItem(input.itemId),
  permission: { verb: "write", resource: "survey.manage" },
  async run({ record, tx }) {
    draftOnly(record.survey.draft);
    // a draft has no answers (nobody can see it), so the item has nothing to keep
    await tx.surveyItem.delete({ where: { id: record.id } });
    return { id: record.id };
  },
  audit: (_d, { record }) => ({ action: "survey.item_removed", entity: "Survey", entityId: record.surveyId }),
});

/** Opens a draft: from its opening date (today: now) to its closing date. */
export const openSurveyAction = defineAction({
  name: "survey.open",
  schema: surveyIdSchema,
  successMessage: msg("surveys.opened"),
  revalidate: () => ANSWER_PATHS,
  load: ({ input }) => loadSurvey(input.surveyId),
  permission: { verb: "write", resource: "survey.manage" },
  async run({ record, tx }) {
    const now = clock();
    const problem = openProblem(record, now);
    if (problem) ruleError(msg(problem));
    const { count } = await tx.survey.updateMany({ where: { id: record.id, draft: true }, data: { draft: false } });
    if (count !== 1) ruleError(msg("surveys.errors.alreadyOpen"));
    return { id: record.id };
  },
  audit: (d) => ({ action: "survey.opened", entity: "Survey", entityId: d.id }),
});

/** Closes an open survey now: answers stop, results appear. */
export const closeSurveyAction = defineAction({
  name: "survey.close",
  schema: surveyIdSchema,
  successMessage: msg("surveys.closed"),
  revalidate: () => ANSWER_PATHS,
  load: ({ input }) => loadSurvey(input.surveyId),
  permission: { verb: "write", resource: "survey.manage" },
  async run({ record, tx }) {
    const now = clock();
    const locked = await lockSurvey(tx, record.id, "UPDATE");
    const problem = closeProblem(locked, now);
    if (problem) ruleError(msg(problem));
    await tx.survey.update({ where: { id: record.id }, data: { closesAt: now } });
    return { id: record.id };
  },
  audit: (d) => ({ action: "survey.closed", entity: "Survey", entityId: d.id }),
});

/**
 * New dates for a survey (decision 095): a draft or scheduled survey from today at the earliest;
 * an open one keeps its opening and closes later or sooner, never before now; a closed one keeps
 * its dates. Under the survey's row lock, as closing is, so an answer and a new close serialise.
 */
export const rescheduleSurveyAction = defineAction({
  name: "survey.reschedule",
  schema: rescheduleSurveySchema,
  successMessage: msg("surveys.rescheduled"),
  revalidate: () => ANSWER_PATHS,
  load: ({ input }) => loadSurvey(input.surveyId),
  permission: { verb: "write", resource: "survey.manage" },
  async run({ input, record, tx }) {
    const now = clock();
    const tz = record.timeZone;
    const locked = await lockSurvey(tx, record.id, "UPDATE");
    const next = {
      opensAt: input.opensOn ? startOfLocalDay(input.opensOn, tz) : locked.opensAt,
      closesAt: startOfLocalDay(addLocalDays(input.closesOn, 1), tz),
    };
    const problem = rescheduleProblem(locked, next, now, startOfLocalDay(localDate(now, tz), tz));
    if (problem) ruleError(msg(problem.key), problem.field ?? undefined);
    const open = surveyPhase(locked, now) === "open";
    await tx.survey.update({
      where: { id: record.id },
      data: open ? { closesAt: next.closesAt } : { opensAt: next.opensAt, closesAt: next.closesAt },
    });
    return { id: record.id, opensAt: open ? locked.opensAt : next.opensAt, closesAt: next.closesAt };
  },
  audit: (d) => ({
    action: "survey.rescheduled",
    entity: "Survey",
    entityId: d.id,
    detail: { opensAt: d.opensAt.toISOString(), closesAt: d.closesAt.toISOString() },
  }),
});

/** A coordinator adds a semester: inside the cohort's dates, overlapping no other (decision 094). */
export const addSemesterAction = defineAction({
  name: "survey.add_semester",
  schema: semesterSchema,
  successMessage: msg("surveys.semesters.added"),
  revalidate: () => STAFF_PATHS,
  load: () => loadOwnMembership("COORDINATOR"),
  permission: { verb: "write", resource: "survey.manage" },
  async run({ input, record, tx }) {
    const cohortId = record.scope.cohortId;
    // the cohort's row serialises two coordinators adding semesters at once
    await tx.$queryRaw`SELECT id FROM "Cohort" WHERE id = ${cohortId} FOR UPDATE`;
    const [cohort, others] = await inTurn(
      () => tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { startsOn: true, endsOn: true } }),
      () => tx.semester.findMany({ where: { cohortId }, select: { startsOn: true, endsOn: true } }),
    );
    const day = (s: { startsOn: Date; endsOn: Date }) => ({
      startsOn: dbDateToLocal(s.startsOn),
      endsOn: dbDateToLocal(s.endsOn),
    });
    const problem = semesterProblem(input, day(cohort), others.map(day));
    if (problem) ruleError(msg(problem.key), problem.field);
    return tx.semester.create({
      data: {
        cohortId,
        label: input.label,
        startsOn: localToDbDate(input.startsOn),
        endsOn: localToDbDate(input.endsOn),
      },
      select: { id: true },
    });
  },
  audit: (d) => ({ action: "survey.semester_added", entity: "Semester", entityId: d.id }),
});

/** Removes a semester whose end-of-semester survey has not been made (nothing else refers to it). */
export const removeSemesterAction = defineAction({
  name: "survey.remove_semester",
  schema: semesterIdSchema,
  successMessage: msg("surveys.semesters.removed"),
  revalidate: () => STAFF_PATHS,
  load: ({ input }) => loadSemester(input.semesterId),
  permission: { verb: "write", resource: "survey.manage" },
  async run({ record, tx }) {
    if (record.survey) ruleError(msg("surveys.errors.semesterHasSurvey"));
    // the survey's foreign key (ON DELETE RESTRICT) is the second line against a survey made meanwhile
    await tx.semester.delete({ where: { id: record.id } });
    return { id: record.id };
  },
  audit: (d) => ({ action: "survey.semester_removed", entity: "Semester", entityId: d.id }),
});

/**
 * The survey's window under a row lock: answers take it FOR SHARE and closing FOR UPDATE, so an
 * answer saved while the coordinator closes is either in before the close or refused.
 */
async function lockSurvey(tx: Tx, id: string, mode: "SHARE" | "UPDATE") {
  const rows =
    mode === "UPDATE"
      ? await tx.$queryRaw<{ draft: boolean; opensAt: Date; closesAt: Date }[]>`
          SELECT draft, "opensAt", "closesAt" FROM "Survey" WHERE id = ${id} FOR UPDATE`
      : await tx.$queryRaw<{ draft: boolean; opensAt: Date; closesAt: Date }[]>`
          SELECT draft, "opensAt", "closesAt" FROM "Survey" WHERE id = ${id} FOR SHARE`;
  if (rows.length !== 1) ruleError(msg("surveys.errors.closed"));
  return rows[0];
}

export interface AnswersSaved {
  submitted: boolean;
}

/**
 * A mentor or mentee saves their answers (intent "save": a draft with gaps, kept if the tab
 * closes) or submits them (required items answered). One response per person (and per mentor,
 * for feedback): submitting again changes it, until the survey closes.
 */
export const saveAnswersAction = defineAction({
  name: "survey.answer",
  schema: answersSchema,
  successMessage: (d: AnswersSaved) => msg(d.submitted ? "surveys.submitted" : "surveys.draftSaved"),
  revalidate: () => ANSWER_PATHS,
  load: ({ userId, input }) => loadSurveyToAnswer(userId, input.surveyId, input.subjectId),
  permission: { verb: "write", resource: "survey.answers" },
  async run({ input, record, tx }): Promise<AnswersSaved> {
    const now = clock();
    const locked = await lockSurvey(tx, record.survey.id, "SHARE");
    const problem = answerProblem({ ...locked, audience: record.survey.audience }, record.role, now);
    if (problem) ruleError(msg(problem));
    const items = itemsFor(record.survey.items, record.role);
    const raw: Record<string, RawAnswer> = {};
    for (const item of items) {
      const v = (input as Record<string, unknown>)[ANSWER_PREFIX + item.id];
      raw[item.id] = Array.isArray(v)
        ? { values: v.map(String) }
        : { value: typeof v === "string" ? v : "", values: typeof v === "string" ? [v] : [] };
    }
    const existing = await tx.surveyResponse.findFirst({
      where: { surveyId: record.survey.id, respondentId: record.respondentId, subjectId: record.subjectId },
      select: { id: true, submittedAt: true },
    });
    // once submitted, a change is a new submission: the required items stay required
    const final = input.intent === "submit" || !!existing?.submittedAt;
    const { answers, problems } = checkAnswers(items, raw, final);
    const keys = Object.keys(problems);
    if (keys.length > 0) {
      const fields = Object.fromEntries(keys.map((k) => [ANSWER_PREFIX + k, [msg(problems[k])]]));
      throw new ActionError(msg("surveys.errors.fix"), fields, "rule");
    }
    const submittedAt = final ? (existing?.submittedAt ?? now) : null;
    const response = existing
      ? await tx.surveyResponse.update({
          where: { id: existing.id },
          data: { submittedAt, updatedAt: now },
          select: { id: true },
        })
      : await tx.surveyResponse.create({
          data: {
            surveyId: record.survey.id,
            respondentId: record.respondentId,
            subjectId: record.subjectId,
            submittedAt,
            updatedAt: now,
          },
          select: { id: true },
        });
    if (existing) await tx.surveyAnswer.deleteMany({ where: { responseId: response.id } });
    const rows: Prisma.SurveyAnswerCreateManyInput[] = [...answers].map(([itemId, a]) => ({
      responseId: response.id,
      itemId,
      ...a,
    }));
    if (rows.length > 0) await tx.surveyAnswer.createMany({ data: rows });
    return { submitted: final };
  },
  // who answered is known (reminders, one response each); what they answered never goes in the trail
  audit: (d, { record }) => ({
    action: d.submitted ? "survey.submitted" : "survey.draft_saved",
    entity: "Survey",
    entityId: record.survey.id,
  }),
});
