/**
 * The end-of-semester survey (issue 13, decision 094): for each semester of an active cohort, the
 * jobs runner (lib/jobs/run.ts) opens the "semester" template's survey in the semester's last
 * week, for mentors and mentees, until two weeks after its last day; the survey reminders then
 * run as for any open survey. Idempotent: one survey per semester (`Survey.semesterId` is
 * unique), so running twice, or from two instances at once, makes one. The texts are written in
 * the cohort's default language (the coordinator may edit the dates; items stay as the template).
 * Each survey is written with its audit row (no actor: the programme opened it) in one transaction.
 */
import { audit } from "../audit";
import type { Db } from "../db/client";
import { dbRefusal } from "../db/errors";
import { DEFAULT_LOCALE, isLocale } from "../i18n/config";
import { translator } from "../i18n/translate";
import { addLocalDays, dbDateToLocal, localDate, startOfLocalDay } from "../time";
import {
  semesterSurveyDue,
  semesterSurveyWindow,
  SEMESTER_SURVEY_DAYS_AFTER_END,
  SEMESTER_SURVEY_OPENS_BEFORE_END,
} from "./rules";
import { TEMPLATES, templateItems } from "./templates";

const DAY = 86_400_000;

export async function openSemesterSurveys(prisma: Db, now: Date): Promise<{ opened: number }> {
  // Semesters whose window can contain today in some zone (a day of slack either side).
  const candidates = await prisma.semester.findMany({
    where: {
      survey: null,
      cohort: { status: "ACTIVE" },
      endsOn: {
        gte: new Date(now.getTime() - (SEMESTER_SURVEY_DAYS_AFTER_END + 1) * DAY),
        lte: new Date(now.getTime() + (SEMESTER_SURVEY_OPENS_BEFORE_END + 1) * DAY),
      },
    },
    select: {
      id: true,
      label: true,
      endsOn: true,
      cohort: { select: { id: true, timeZone: true, defaultLocale: true } },
    },
  });
  let opened = 0;
  for (const s of candidates) {
    const tz = s.cohort.timeZone;
    const endsOn = dbDateToLocal(s.endsOn);
    if (!semesterSurveyDue({ endsOn, hasSurvey: false }, localDate(now, tz))) continue;
    const window = semesterSurveyWindow(endsOn);
    const tr = translator(isLocale(s.cohort.defaultLocale) ? s.cohort.defaultLocale : DEFAULT_LOCALE, tz);
    const template = TEMPLATES.semester;
    try {
      await prisma.$transaction(async (tx) => {
        const survey = await tx.survey.create({
          data: {
            cohortId: s.cohort.id,
            semesterId: s.id,
            title: tr.t("surveys.semesters.surveyTitle", { label: s.label }),
            audience: template.audience,
            aboutMentors: false,
            template: template.id,
            draft: false,
            opensAt: startOfLocalDay(window.opensOn, tz),
            closesAt: startOfLocalDay(addLocalDays(window.lastDay, 1), tz),
            items: { createMany: { data: templateItems(template, tr.t) } },
          },
          select: { id: true },
        });
        await audit(tx, {
          actorId: null,
          cohortId: s.cohort.id,
          action: "survey.opened_for_semester",
          entity: "Survey",
          entityId: survey.id,
          detail: { semesterId: s.id },
        });
      });
      opened++;
    } catch (e) {
      // another run made it first: the unique semesterId is the last word
      if (dbRefusal(e)?.constraint !== "Survey_semesterId_key") throw e;
    }
  }
  return { opened };
}
