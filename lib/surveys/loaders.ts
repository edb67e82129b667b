import "server-only";
import type { RecordScope } from "../auth/permissions";
import { db } from "../db";
import type { SurveyRole } from "./rules";

/** A survey for its coordinator (open, close, items): its window and item count. */
export async function loadSurvey(surveyId: string) {
  const s = await db().survey.findUnique({
    where: { id: surveyId },
    select: {
      id: true,
      cohortId: true,
      draft: true,
      opensAt: true,
      closesAt: true,
      cohort: { select: { timeZone: true } },
      _count: { select: { items: true } },
    },
  });
  return s
    ? {
        ...s,
        timeZone: s.cohort.timeZone,
        itemCount: s._count.items,
        scope: { cohortId: s.cohortId } satisfies RecordScope,
      }
    : null;
}

/** A semester of a cohort, with whether its end-of-semester survey exists. */
export async function loadSemester(semesterId: string) {
  const s = await db().semester.findUnique({
    where: { id: semesterId },
    select: { id: true, cohortId: true, label: true, survey: { select: { id: true } } },
  });
  return s ? { ...s, scope: { cohortId: s.cohortId } satisfies RecordScope } : null;
}

/** An item of a survey, with its survey's state (items change only while the survey is a draft). */
export async function loadItem(itemId: string) {
  const i = await db().surveyItem.findUnique({
    where: { id: itemId },
    select: { id: true, surveyId: true, survey: { select: { cohortId: true, draft: true } } },
  });
  return i ? { ...i, scope: { cohortId: i.survey.cohortId } satisfies RecordScope } : null;
}

/**
 * A survey to answer, the caller's membership that answers it (mentor or mentee, as its audience
 * asks) and, for feedback on mentors, the mentor it is about (one of the caller's own pair).
 * Scope: the respondent is the subject, so only the caller's own response passes `self`.
 */
export async function loadSurveyToAnswer(userId: string, surveyId: string, subjectId: string) {
  const survey = await db().survey.findUnique({
    where: { id: surveyId },
    select: {
      id: true,
      cohortId: true,
      audience: true,
      aboutMentors: true,
      draft: true,
      opensAt: true,
      closesAt: true,
      cohort: { select: { groupsPublishedAt: true } },
      items: {
        orderBy: { position: "asc" },
        select: { id: true, kind: true, required: true, options: true, audience: true },
      },
    },
  });
  if (!survey) return null;
  const roles: SurveyRole[] =
    survey.audience === "MENTORS" ? ["MENTOR"] : survey.audience === "MENTEES" ? ["MENTEE"] : ["MENTEE", "MENTOR"];
  const memberships = await db().membership.findMany({
    where: { userId, cohortId: survey.cohortId, status: "ACTIVE", role: { in: roles } },
    select: {
      id: true,
      role: true,
      assignment: {
        select: { pair: { select: { clinicalMentorId: true, preclinicalMentorId: true } } },
      },
    },
  });
  const me = roles.map((r) => memberships.find((m) => m.role === r)).find((m) => !!m);
  if (!me) return null;
  let subject: string | null = null;
  if (survey.aboutMentors) {
    const pair = survey.cohort.groupsPublishedAt ? me.assignment?.pair : null;
    if (!pair || (subjectId !== pair.clinicalMentorId && subjectId !== pair.preclinicalMentorId)) return null;
    subject = subjectId;
  } else if (subjectId) return null;
  return {
    survey,
    role: me.role as SurveyRole,
    respondentId: me.id,
    subjectId: subject,
    scope: { cohortId: survey.cohortId, subjectMembershipId: me.id } satisfies RecordScope,
  };
}
