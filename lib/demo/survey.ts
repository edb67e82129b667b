/**
 * The demo's surveys (issue 13): the first semester's end-of-semester survey opening later (scheduled), the
 * Korean study's evaluation of the first block (closed, answered by most mentors and mentees: the
 * results table and the test show), a week-6 check-in open now with a partial response rate, and
 * two rounds of mentees' feedback on their mentors (round 1 closed, round 2 open). The demo's own
 * mentee and mentors have not answered the open ones, so the demo can.
 */
import type { Prisma } from "../../generated/prisma/client";
import { addDays, idOf, localTime, rngFor, type Rng } from "./context";
import { CHANGES, CHECK_IN, EVALUATION, FEEDBACK, GAINS, MENTOR_COMMENTS, SURVEY } from "./texts/survey";
import type { DemoWorld } from "./world";
import { semesterSurveyWindow } from "../surveys/rules";
import { DEMO_SEMESTER_IDS, demoSemesterDays } from "./semesters";

type Item = (typeof SURVEY.items)[number] & { section?: string; options?: string[] };

/** A Likert answer around `centre` (1..5). */
function likert(rng: Rng, centre: number): number {
  const v = Math.round(centre + (rng.next() + rng.next() + rng.next() - 1.5) * 1.3);
  return Math.min(5, Math.max(1, v));
}

export function surveyRows(w: DemoWorld) {
  const surveys: Prisma.SurveyCreateManyInput[] = [];
  const surveyItems: Prisma.SurveyItemCreateManyInput[] = [];
  const surveyResponses: Prisma.SurveyResponseCreateManyInput[] = [];
  const surveyAnswers: Prisma.SurveyAnswerCreateManyInput[] = [];
  const rng = rngFor("surveys");
  let itemN = 0;

  function survey(
    n: number,
    data: Omit<Prisma.SurveyCreateManyInput, "id" | "cohortId">,
    items: Item[],
  ): { id: string; items: { id: string; item: Item }[] } {
    const id = idOf("svy", n);
    surveys.push({ id, cohortId: w.cohortId, ...data });
    const made = items.map((item, i) => {
      const itemId = idOf("itm", ++itemN);
      surveyItems.push({
        id: itemId,
        surveyId: id,
        position: i + 1,
        kind: item.kind,
        prompt: item.prompt,
        required: item.required ?? true,
        section: item.section ?? null,
        options: item.options ?? [],
      });
      return { id: itemId, item };
    });
    return { id, items: made };
  }

  function respond(
    s: { id: string; items: { id: string; item: Item }[] },
    respondentId: string,
    submittedAt: Date | null,
    centre: number,
    subjectId: string | null = null,
    texts: readonly string[] = GAINS,
  ) {
    const responseId = idOf("rsp", surveyResponses.length + 1);
    surveyResponses.push({
      id: responseId,
      surveyId: s.id,
      respondentId,
      subjectId,
      submittedAt,
      updatedAt: submittedAt ?? addDays(w.cal.today, -1),
    });
    s.items.forEach(({ id: itemId, item }, i) => {
      if (!submittedAt && i >= 2) return; // a draft: answered in part
      const row: Prisma.SurveyAnswerCreateManyInput = { id: idOf("ans", surveyAnswers.length + 1), responseId, itemId };
      if (item.kind === "LIKERT_5") row.likert = likert(rng, centre);
      else if (item.kind === "SINGLE_CHOICE") row.choices = [rng.pick(item.options ?? [])];
      else if (item.kind === "TEXT") {
        if (!rng.chance(0.45)) return;
        row.text = rng.pick(i === s.items.length - 1 && texts === GAINS ? CHANGES : texts);
      }
      surveyAnswers.push(row);
    });
  }

  // 1. The first semester's end-of-semester survey, opening later: in the window the jobs runner
  // gives it (decision 094: from the semester's last week to two weeks after its last day)
  const firstSemester = demoSemesterDays(w.cal).semesters[0];
  const window = semesterSurveyWindow(firstSemester.endsOn.toISOString().slice(0, 10));
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  survey(
    1,
    {
      title: SURVEY.title,
      description: SURVEY.description,
      audience: "EVERYONE",
      semesterId: DEMO_SEMESTER_IDS[0],
      opensAt: localTime(day(window.opensOn), 0),
      closesAt: localTime(addDays(day(window.lastDay), 1), 0),
      createdAt: addDays(w.cal.setUpAt, 6),
    },
    SURVEY.items,
  );

  const mentors = [...w.clinicalIds, ...w.preclinicalIds];
  const mentees = w.groups.flat().map((p) => w.mid(p));
  const demoMentors = [w.clinicalIds[0], w.preclinicalIds[0]];

  // 2. The first block's evaluation: closed four days ago; 11 of 12 mentors, 31 of 36 mentees
  const evalOpens = localTime(w.cal.day(-14), 9);
  const evaluation = survey(
    2,
    {
      title: EVALUATION.title,
      description: EVALUATION.description,
      audience: "EVERYONE",
      template: "korean",
      opensAt: evalOpens,
      closesAt: localTime(w.cal.day(-4), 0),
      createdAt: localTime(w.cal.day(-16), 10),
    },
    EVALUATION.items,
  );
  mentors.slice(0, 11).forEach((m, i) => respond(evaluation, m, localTime(w.cal.day(-13 + (i % 8)), 20), 4.3));
  mentees.slice(0, 31).forEach((m, i) => respond(evaluation, m, localTime(w.cal.day(-13 + (i % 9)), 19), 3.7));

  // 3. The week-6 check-in: open; some have answered, a few saved half
  const checkIn = survey(
    3,
    {
      title: CHECK_IN.title,
      description: CHECK_IN.description,
      audience: "EVERYONE",
      template: "semester",
      opensAt: localTime(w.cal.day(-2), 9),
      closesAt: localTime(w.cal.day(8), 0),
      createdAt: localTime(w.cal.day(-3), 10),
    },
    CHECK_IN.items,
  );
  mentors
    .filter((m) => !demoMentors.includes(m))
    .slice(0, 5)
    .forEach((m) => respond(checkIn, m, localTime(w.cal.day(-1), 21), 4.1));
  mentees.slice(1, 15).forEach((m, i) => respond(checkIn, m, i < 12 ? localTime(w.cal.day(-1), 18) : null, 3.8));

  // 4. Two rounds of feedback on mentors: round 1 closed, round 2 open
  FEEDBACK.titles.forEach((title, r) => {
    const opens = localTime(w.cal.day(r === 0 ? -12 : -3), 9);
    const s = survey(
      4 + r,
      {
        title,
        audience: "MENTEES",
        aboutMentors: true,
        template: "feedback",
        opensAt: opens,
        closesAt: r === 0 ? localTime(w.cal.day(-5), 0) : localTime(w.cal.day(6), 0),
        createdAt: addDays(opens, -1),
      },
      FEEDBACK.items,
    );
    w.groups.forEach((group, g) => {
      const pair = [w.clinicalIds[g], w.preclinicalIds[g]];
      group.forEach((person, k) => {
        const me = w.mid(person);
        // round 1: 5 of 6 mentees answer; round 2 so far: 3 of 6 (Group 1: 2, and not the demo mentee,
        // so the demo mentee's answers are the third the mentors need before they see the round)
        if (r === 0 ? k >= 5 : k === 0 || k > (g === 0 ? 2 : 3)) return;
        for (const mentor of pair)
          respond(s, me, localTime(addDays(opens, 1 + (k % 4)), 19), g === 3 ? 2.6 : 4.2, mentor, MENTOR_COMMENTS);
      });
    });
  });

  return { surveys, surveyItems, surveyResponses, surveyAnswers };
}
