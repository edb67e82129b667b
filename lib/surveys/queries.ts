import "server-only";
import { audit } from "../audit";
import { can, type CohortActor, type Role } from "../auth/permissions";
import { clock } from "../clock";
import { db } from "../db";
import { anonymisedResponses, feedbackByMentor, feedbackForMentor, surveyResults } from "./data";
import {
  itemsFor,
  semesterSurveyWindow,
  surveyPhase,
  type AudienceValue,
  type SurveyPhase,
  type SurveyRole,
} from "./rules";
import { dbDateToLocal } from "../time";

/** The coordinator's (or supervisor's) list: every survey of the cohort with its phase and respondents. */
export async function getSurveyList(actor: CohortActor, as: "COORDINATOR" | "SUPERVISOR") {
  if (!can(actor, "read", "survey.manage", { cohortId: actor.cohortId }, as)) return null;
  const now = clock();
  const surveys = await db().survey.findMany({
    where: { cohortId: actor.cohortId, ...(as === "SUPERVISOR" ? { draft: false } : {}) },
    orderBy: [{ opensAt: "desc" }, { createdAt: "desc" }],
    take: 100,
    select: {
      id: true,
      title: true,
      audience: true,
      aboutMentors: true,
      draft: true,
      opensAt: true,
      closesAt: true,
      _count: { select: { items: true } },
    },
  });
  const counts = await db().surveyResponse.groupBy({
    by: ["surveyId"],
    where: { surveyId: { in: surveys.map((s) => s.id) }, submittedAt: { not: null } },
    _count: { _all: true },
  });
  const n = new Map(counts.map((c) => [c.surveyId, c._count._all]));
  return surveys.map((s) => ({
    ...s,
    itemCount: s._count.items,
    phase: surveyPhase(s, now),
    responses: n.get(s.id) ?? 0,
  }));
}

/** One survey for staff: its items (to edit while a draft), its response rate, and once closed its results. */
export async function getSurveyForStaff(actor: CohortActor, surveyId: string, as: "COORDINATOR" | "SUPERVISOR") {
  const survey = await db().survey.findUnique({ where: { id: surveyId }, select: { cohortId: true, draft: true } });
  if (!survey || !can(actor, "read", "survey.manage", { cohortId: survey.cohortId }, as)) return null;
  if (as === "SUPERVISOR" && survey.draft) return null;
  const results = await surveyResults(db(), surveyId);
  if (!results) return null;
  const now = clock();
  const phase = surveyPhase(results.survey, now);
  const showResults = phase === "closed" && can(actor, "read", "survey.aggregate", { cohortId: survey.cohortId }, as);
  return {
    ...results,
    phase,
    // results only once the window has closed: answers may still change while it is open
    items: showResults ? results.items : [],
    subscales: showResults ? results.subscales : [],
    showResults,
    canManage: can(actor, "write", "survey.manage", { cohortId: survey.cohortId }, as),
    canExport: can(actor, "read", "survey.export", { cohortId: survey.cohortId }, as),
    itemList: await db().surveyItem.findMany({
      where: { surveyId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        position: true,
        kind: true,
        prompt: true,
        required: true,
        audience: true,
        section: true,
        subscale: true,
        reverseKeyed: true,
        options: true,
      },
    }),
  };
}

/**
 * The anonymised responses for a CSV download, for the coordinator, once the survey is closed.
 * The read is audited (who downloaded which survey's answers).
 */
export async function getAnonymisedExport(actor: CohortActor, surveyId: string) {
  const survey = await db().survey.findUnique({
    where: { id: surveyId },
    select: { cohortId: true, draft: true, opensAt: true, closesAt: true },
  });
  if (!survey || !can(actor, "read", "survey.export", { cohortId: survey.cohortId }, "COORDINATOR")) return null;
  if (surveyPhase(survey, clock()) !== "closed") return null;
  const data = await anonymisedResponses(db(), surveyId);
  if (!data) return null;
  await audit(db(), {
    actorId: actor.userId,
    cohortId: survey.cohortId,
    action: "survey.responses_exported",
    entity: "Survey",
    entityId: surveyId,
    detail: { rows: data.rows.length },
  });
  return data;
}

/** The results table for a CSV download (aggregates only, same suppression as the page). */
export async function getResultsTable(actor: CohortActor, surveyId: string, as: "COORDINATOR" | "SUPERVISOR") {
  const data = await getSurveyForStaff(actor, surveyId, as);
  return data?.showResults ? data : null;
}

export interface MySurvey {
  id: string;
  title: string;
  description: string | null;
  closesAt: Date;
  aboutMentors: boolean;
  /** for feedback on mentors: one entry per mentor; otherwise one entry with subjectId "" */
  targets: { subjectId: string; name: string | null; status: "new" | "draft" | "submitted" }[];
}

/** The surveys open for the caller in `role` (their home page and /<role>/surveys). */
export async function getMySurveys(actor: CohortActor, role: SurveyRole): Promise<MySurvey[] | null> {
  const me = actor.membershipIds[role];
  if (!me || !can(actor, "read", "survey.answers", { cohortId: actor.cohortId, subjectMembershipId: me }, role))
    return null;
  const now = clock();
  const audiences: AudienceValue[] = ["EVERYONE", role === "MENTOR" ? "MENTORS" : "MENTEES"];
  const surveys = await db().survey.findMany({
    where: {
      cohortId: actor.cohortId,
      draft: false,
      opensAt: { lte: now },
      closesAt: { gt: now },
      audience: { in: audiences },
    },
    orderBy: { closesAt: "asc" },
    take: 20,
    select: { id: true, title: true, description: true, closesAt: true, aboutMentors: true },
  });
  if (surveys.length === 0) return [];
  const [responses, mentors] = await Promise.all([
    db().surveyResponse.findMany({
      where: { respondentId: me, surveyId: { in: surveys.map((s) => s.id) } },
      select: { surveyId: true, subjectId: true, submittedAt: true },
    }),
    surveys.some((s) => s.aboutMentors) && actor.menteePairId && role === "MENTEE"
      ? myMentors(actor.menteePairId)
      : Promise.resolve([]),
  ]);
  const status = (surveyId: string, subjectId: string | null) => {
    const r = responses.find((x) => x.surveyId === surveyId && x.subjectId === subjectId);
    return !r ? "new" : r.submittedAt ? "submitted" : "draft";
  };
  return surveys
    .filter((s) => !s.aboutMentors || mentors.length > 0)
    .map((s) => ({
      ...s,
      targets: s.aboutMentors
        ? mentors.map((m) => ({ subjectId: m.id, name: m.name, status: status(s.id, m.id) }))
        : [{ subjectId: "", name: null, status: status(s.id, null) }],
    }));
}

/** The pair's two mentors, clinical first: one statement (each nested relation was one more). */
async function myMentors(pairId: string) {
  return db().$queryRaw<{ id: string; name: string }[]>`
    SELECT m.id, u.name
      FROM "MentorPair" p
      JOIN LATERAL (VALUES (p."clinicalMentorId", 0), (p."preclinicalMentorId", 1)) x(mid, o) ON true
      JOIN "Membership" m ON m.id = x.mid
      JOIN "User" u ON u.id = m."userId"
     WHERE p.id = ${pairId}
     ORDER BY x.o`;
}

/** One survey to answer: the caller's items and their own saved answers (nobody else's). */
export async function getSurveyToAnswer(actor: CohortActor, role: SurveyRole, surveyId: string, subjectId: string) {
  const me = actor.membershipIds[role];
  if (!me || !can(actor, "read", "survey.answers", { cohortId: actor.cohortId, subjectMembershipId: me }, role))
    return null;
  const survey = await db().survey.findFirst({
    where: { id: surveyId, cohortId: actor.cohortId, draft: false },
    select: {
      id: true,
      title: true,
      description: true,
      audience: true,
      aboutMentors: true,
      draft: true,
      opensAt: true,
      closesAt: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          prompt: true,
          required: true,
          audience: true,
          section: true,
          lowLabel: true,
          highLabel: true,
          options: true,
        },
      },
    },
  });
  if (!survey) return null;
  const audienceOk = survey.audience === "EVERYONE" || survey.audience === (role === "MENTOR" ? "MENTORS" : "MENTEES");
  if (!audienceOk) return null;
  let subjectName: string | null = null;
  if (survey.aboutMentors) {
    if (role !== "MENTEE" || !actor.menteePairId) return null;
    const mentor = (await myMentors(actor.menteePairId)).find((m) => m.id === subjectId);
    if (!mentor) return null;
    subjectName = mentor.name;
  } else if (subjectId) return null;
  const response = await db().surveyResponse.findFirst({
    where: { surveyId, respondentId: me, subjectId: survey.aboutMentors ? subjectId : null },
    select: {
      submittedAt: true,
      answers: { select: { itemId: true, likert: true, text: true, number: true, choices: true } },
    },
  });
  const phase: SurveyPhase = surveyPhase(survey, clock());
  return {
    survey: {
      ...survey,
      items: itemsFor(survey.items as ((typeof survey.items)[number] & { audience: AudienceValue })[], role),
    },
    subjectId: survey.aboutMentors ? subjectId : "",
    subjectName,
    phase,
    submittedAt: response?.submittedAt ?? null,
    answers: Object.fromEntries((response?.answers ?? []).map((a) => [a.itemId, a])),
  };
}

/** A mentor's feedback from their mentees, per round, only once enough mentees answered. */
export async function getMyFeedback(actor: CohortActor) {
  const me = actor.membershipIds.MENTOR;
  if (!me || !can(actor, "read", "survey.feedback", { cohortId: actor.cohortId, subjectMembershipId: me }, "MENTOR"))
    return null;
  return feedbackForMentor(db(), actor.cohortId, me);
}

/** The supervisor: every mentor's latest feedback (flagged when low), and one mentor's rounds. */
export async function getMentorFeedbackOverview(actor: CohortActor) {
  if (!can(actor, "read", "survey.feedback", { cohortId: actor.cohortId }, "SUPERVISOR")) return null;
  return feedbackByMentor(db(), actor.cohortId);
}

export async function getMentorFeedback(actor: CohortActor, mentorId: string, as: Role = "SUPERVISOR") {
  const mentor = await db().membership.findFirst({
    where: { id: mentorId, cohortId: actor.cohortId, role: "MENTOR" },
    select: { id: true, user: { select: { name: true } } },
  });
  if (
    !mentor ||
    !can(actor, "read", "survey.feedback", { cohortId: actor.cohortId, subjectMembershipId: mentor.id }, as)
  )
    return null;
  return { name: mentor.user.name, rounds: await feedbackForMentor(db(), actor.cohortId, mentor.id) };
}

/** The cohort a survey belongs to (route handlers build the caller's actor there; nothing else is read). */
export async function surveyCohortId(surveyId: string): Promise<string | null> {
  const s = await db().survey.findUnique({ where: { id: surveyId }, select: { cohortId: true } });
  return s?.cohortId ?? null;
}

/**
 * The cohort's semesters for the coordinator, each with its end-of-semester survey (made by the
 * jobs runner in the semester's last week) or the day it opens. One statement.
 */
export async function getSemesters(actor: CohortActor) {
  if (!can(actor, "read", "survey.manage", { cohortId: actor.cohortId })) return null;
  const rows = await db().semester.findMany({
    where: { cohortId: actor.cohortId },
    orderBy: { startsOn: "asc" },
    select: {
      id: true,
      label: true,
      startsOn: true,
      endsOn: true,
      survey: { select: { id: true, title: true } },
    },
  });
  return rows.map((r) => ({ ...r, opensOn: semesterSurveyWindow(dbDateToLocal(r.endsOn)).opensOn }));
}
