import { beforeAll, describe, expect, it } from "vitest";
import type { Membership, MentorPair } from "@/generated/prisma/client";
import { loadCohortActor } from "@/lib/auth/session";
import { asUser } from "@/lib/auth/test-context";
import { surveyResultsForCohort } from "@/lib/surveys/data";
import {
  addItemAction,
  closeSurveyAction,
  createSurveyAction,
  editItemAction,
  openSurveyAction,
  removeItemAction,
  saveAnswersAction,
} from "@/lib/surveys/actions";
import {
  getAnonymisedExport,
  getMentorFeedback,
  getMyFeedback,
  getMySurveys,
  getSurveyForStaff,
  getSurveyToAnswer,
} from "@/lib/surveys/queries";
import { localDate } from "@/lib/time";
import { createCohort, createGroup, createMembership, createSurvey } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const DAY = 86_400_000;

type Group = { pair: MentorPair; clinical: Membership; preclinical: Membership; mentees: Membership[] };
let cohortId: string;
let tz: string;
let groups: Group[];
let coordinator: Membership;
let supervisor: Membership;
let outsider: Membership; // a coordinator of another cohort

const p = () => getDb().prisma;
const today = () => localDate(new Date(), tz);
const actor = async (m: Membership) => (await loadCohortActor(m.userId, m.cohortId))!;

beforeAll(async () => {
  const cohort = await createCohort(p(), {
    startsOn: new Date(Date.now() - 60 * DAY),
    endsOn: new Date(Date.now() + 200 * DAY),
    groupsPublishedAt: new Date(Date.now() - 50 * DAY),
  });
  cohortId = cohort.id;
  tz = cohort.timeZone;
  groups = [];
  for (let i = 0; i < 3; i++) groups.push(await createGroup(p(), cohortId, 4));
  coordinator = await createMembership(p(), cohortId, "COORDINATOR");
  supervisor = await createMembership(p(), cohortId, "SUPERVISOR");
  const other = await createCohort(p());
  outsider = await createMembership(p(), other.id, "COORDINATOR");
});

const mentors = () => groups.flatMap((g) => [g.clinical, g.preclinical]);
const mentees = () => groups.flatMap((g) => g.mentees);

async function createKorean(title = "End of semester 1") {
  const r = await asUser(coordinator.userId, () =>
    createSurveyAction(null, <never>{
      template: "korean",
      title,
      audience: "EVERYONE",
      opensOn: today(),
      closesOn: today(),
    }),
  );
  expect(r).toMatchObject({ ok: true });
  return (r as { data: { id: string } }).data.id;
}

async function answersFor(surveyId: string, likert: number[], extra: Record<string, string | string[]> = {}) {
  const items = await p().surveyItem.findMany({ where: { surveyId }, orderBy: { position: "asc" } });
  const form: Record<string, string | string[]> = { surveyId };
  let k = 0;
  for (const i of items) {
    if (i.kind === "LIKERT_5") form[`a_${i.id}`] = String(likert[k++ % likert.length]);
    if (i.kind === "SINGLE_CHOICE") form[`a_${i.id}`] = i.options[0];
  }
  return { ...form, ...extra, items };
}

describe("creating and opening a survey (coordinator)", () => {
  it("creates the Korean study's survey from its template, as a draft, in the coordinator's language", async () => {
    const id = await createKorean();
    const s = await p().survey.findUniqueOrThrow({
      where: { id },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(s).toMatchObject({ draft: true, audience: "EVERYONE", template: "korean", cohortId });
    expect(s.items.map((i) => i.kind)).toEqual([
      "LIKERT_5",
      "LIKERT_5",
      "LIKERT_5",
      "SINGLE_CHOICE",
      "MULTIPLE_CHOICE",
      "TEXT",
      "TEXT",
      "TEXT",
    ]);
    expect(s.items[0].prompt).toBe("How appropriate is the mentoring programme for first-year medical students?");
    expect(s.items[3].options).toHaveLength(5);
    const audit = await p().auditEvent.findFirst({ where: { entityId: id, action: "survey.created" } });
    expect(audit).not.toBeNull();
  });

  it("invalid input: field errors, typed values kept, nothing written", async () => {
    const before = await p().survey.count();
    const r = await asUser(coordinator.userId, () =>
      createSurveyAction(null, <never>{
        template: "nope",
        title: "",
        audience: "EVERYONE",
        opensOn: today(),
        closesOn: "2000-01-01",
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {})).toEqual(expect.arrayContaining(["template", "title"]));
    expect(r.values?.closesOn).toBe("2000-01-01");
    const dates = await asUser(coordinator.userId, () =>
      createSurveyAction(null, <never>{
        template: "semester",
        title: "T",
        audience: "EVERYONE",
        opensOn: today(),
        closesOn: "2000-01-01",
      }),
    );
    expect(dates).toMatchObject({
      ok: false,
      fieldErrors: { closesOn: ["The closing date must not be before the opening date."] },
    });
    expect(await p().survey.count()).toBe(before);
  });

  it("refuses every other role, and coordinators of another cohort cannot touch this one", async () => {
    const input = { template: "semester", title: "X", audience: "EVERYONE", opensOn: today(), closesOn: today() };
    for (const m of [supervisor, groups[0].clinical, groups[0].mentees[0]]) {
      const r = await asUser(m.userId, () => createSurveyAction(null, <never>input));
      expect(r.ok).toBe(false);
    }
    const id = await createKorean("Guarded");
    for (const m of [outsider, supervisor, groups[0].clinical, groups[0].mentees[0]]) {
      expect((await asUser(m.userId, () => openSurveyAction(null, <never>{ surveyId: id }))).ok).toBe(false);
    }
    expect((await p().survey.findUniqueOrThrow({ where: { id } })).draft).toBe(true);
  });

  it("edits items while a draft, then opens; items are fixed once open", async () => {
    const id = await createKorean("Editable");
    const add = await asUser(coordinator.userId, () =>
      addItemAction(null, <never>{
        surveyId: id,
        kind: "SINGLE_CHOICE",
        prompt: "Which year are you in?",
        audience: "MENTORS",
        required: "on",
        options: "Year 4\nYear 5\nYear 5",
        subscale: "",
      }),
    );
    expect(add).toMatchObject({ ok: true });
    const added = await p().surveyItem.findUniqueOrThrow({ where: { id: (add as { data: { id: string } }).data.id } });
    expect(added).toMatchObject({ position: 9, audience: "MENTORS", options: ["Year 4", "Year 5"] });
    const bad = await asUser(coordinator.userId, () =>
      addItemAction(null, <never>{
        surveyId: id,
        kind: "SINGLE_CHOICE",
        prompt: "One option",
        audience: "EVERYONE",
        options: "A",
        subscale: "",
      }),
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { options: [expect.any(String)] } });
    expect(
      (await asUser(coordinator.userId, () => editItemAction(null, <never>{ itemId: added.id, prompt: "Your year?" })))
        .ok,
    ).toBe(true);
    expect((await asUser(coordinator.userId, () => removeItemAction(null, <never>{ itemId: added.id }))).ok).toBe(true);
    expect(await p().surveyItem.count({ where: { surveyId: id } })).toBe(8);

    expect(await asUser(coordinator.userId, () => openSurveyAction(null, <never>{ surveyId: id }))).toMatchObject({
      ok: true,
    });
    expect(await asUser(coordinator.userId, () => openSurveyAction(null, <never>{ surveyId: id }))).toMatchObject({
      ok: false,
    });
    const first = await p().surveyItem.findFirstOrThrow({ where: { surveyId: id } });
    const late = await asUser(coordinator.userId, () =>
      editItemAction(null, <never>{ itemId: first.id, prompt: "Changed" }),
    );
    expect(late).toMatchObject({ ok: false, error: "Questions can change only while the survey is a draft." });
  });
});

describe("answering (mentors and mentees)", () => {
  let surveyId: string;
  beforeAll(async () => {
    surveyId = await createKorean("Answering");
    await asUser(coordinator.userId, () => openSurveyAction(null, <never>{ surveyId }));
  });

  it("the open survey is on the respondent's list; a draft is on nobody's", async () => {
    const draft = await createKorean("Still a draft");
    const mine = await getMySurveys(await actor(groups[0].mentees[0]), "MENTEE");
    expect(mine!.map((s) => s.id)).toContain(surveyId);
    expect(mine!.map((s) => s.id)).not.toContain(draft);
    expect(await getSurveyToAnswer(await actor(groups[0].mentees[0]), "MENTEE", draft, "")).toBeNull();
  });

  it("saves half an answer (a draft), comes back, finishes: one response, submitted once", async () => {
    const mentee = groups[0].mentees[0];
    const { items, ...form } = await answersFor(surveyId, [4]);
    const likert = items.filter((i) => i.kind === "LIKERT_5");
    const half = { surveyId, intent: "save", [`a_${likert[0].id}`]: "5" };
    expect(await asUser(mentee.userId, () => saveAnswersAction(null, <never>half))).toMatchObject({
      ok: true,
      data: { submitted: false },
    });
    const draft = await p().surveyResponse.findFirstOrThrow({ where: { surveyId, respondentId: mentee.id } });
    expect(draft.submittedAt).toBeNull();
    const back = await getSurveyToAnswer(await actor(mentee), "MENTEE", surveyId, "");
    expect(back!.answers[likert[0].id]).toMatchObject({ likert: 5 });

    // submitting with required items missing: errors on those items, nothing submitted
    const missing = await asUser(mentee.userId, () => saveAnswersAction(null, <never>{ ...half, intent: "submit" }));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(Object.keys(missing.fieldErrors ?? {})).toContain(`a_${likert[1].id}`);
    expect((await p().surveyResponse.findFirstOrThrow({ where: { id: draft.id } })).submittedAt).toBeNull();

    expect(
      await asUser(mentee.userId, () => saveAnswersAction(null, <never>{ ...form, intent: "submit" })),
    ).toMatchObject({
      ok: true,
      data: { submitted: true },
    });
    // changing it later (while open) edits the same response
    expect((await asUser(mentee.userId, () => saveAnswersAction(null, <never>{ ...form, intent: "submit" }))).ok).toBe(
      true,
    );
    expect(await p().surveyResponse.count({ where: { surveyId, respondentId: mentee.id } })).toBe(1);
    const audit = await p().auditEvent.findMany({ where: { entityId: surveyId, action: "survey.submitted" } });
    expect(JSON.stringify(audit)).not.toContain('"likert"');
  });

  it("nobody answers twice: a second response row is refused by the database", async () => {
    const mentee = groups[0].mentees[0];
    await expect(p().surveyResponse.create({ data: { surveyId, respondentId: mentee.id } })).rejects.toThrow(
      /SurveyResponse_once|Unique constraint/,
    );
  });

  it("out-of-range answers are refused with a message on the item", async () => {
    const mentee = groups[0].mentees[1];
    const { items, ...form } = await answersFor(surveyId, [4]);
    const first = items.find((i) => i.kind === "LIKERT_5")!;
    const r = await asUser(mentee.userId, () => saveAnswersAction(null, <never>{ ...form, [`a_${first.id}`]: "9" }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { [`a_${first.id}`]: ["Choose a point from 1 to 5."] } });
    expect(await p().surveyResponse.count({ where: { surveyId, respondentId: mentee.id } })).toBe(0);
  });

  it("the coordinator and the supervisor cannot answer; a mentor cannot answer a mentees-only survey", async () => {
    const { items: _i, ...form } = await answersFor(surveyId, [3]);
    for (const m of [coordinator, supervisor, outsider]) {
      expect((await asUser(m.userId, () => saveAnswersAction(null, <never>form))).ok).toBe(false);
    }
    const menteesOnly = await createSurvey(p(), cohortId, {
      audience: "MENTEES",
      items: { create: [{ position: 1, kind: "LIKERT_5", prompt: "Q" }] },
    });
    const item = await p().surveyItem.findFirstOrThrow({ where: { surveyId: menteesOnly.id } });
    const r = await asUser(groups[0].clinical.userId, () =>
      saveAnswersAction(null, <never>{ surveyId: menteesOnly.id, [`a_${item.id}`]: "3" }),
    );
    expect(r.ok).toBe(false);
    expect(await p().surveyResponse.count({ where: { surveyId: menteesOnly.id } })).toBe(0);
  });

  it("after the close, answers are refused", async () => {
    const id = await createKorean("Short window");
    await asUser(coordinator.userId, () => openSurveyAction(null, <never>{ surveyId: id }));
    expect((await asUser(supervisor.userId, () => closeSurveyAction(null, <never>{ surveyId: id }))).ok).toBe(false);
    expect(await asUser(coordinator.userId, () => closeSurveyAction(null, <never>{ surveyId: id }))).toMatchObject({
      ok: true,
    });
    const { items: _i, ...form } = await answersFor(id, [4]);
    const r = await asUser(groups[1].mentees[0].userId, () =>
      saveAnswersAction(null, <never>{ ...form, intent: "submit" }),
    );
    expect(r).toMatchObject({ ok: false, error: "This survey has closed." });
    expect(await p().surveyResponse.count({ where: { surveyId: id } })).toBe(0);
  });
});

describe("results: mean ± SD by group, the test, and the minimum cell", () => {
  let surveyId: string;
  const secret = "My mentor Parisa never answered at 2 am, and that was fine";

  beforeAll(async () => {
    surveyId = await createKorean("Results");
    await asUser(coordinator.userId, () => openSurveyAction(null, <never>{ surveyId }));
    const items = await p().surveyItem.findMany({ where: { surveyId }, orderBy: { position: "asc" } });
    const benefits = items.find((i) => i.kind === "TEXT")!;
    // 6 mentors: 4,4,5,3,4,5 ; 4 mentees only (below the cell size): 3,2,4,3
    const mentorScores = [4, 4, 5, 3, 4, 5];
    for (const [i, m] of mentors().entries()) {
      const { items: _x, ...form } = await answersFor(surveyId, [mentorScores[i]]);
      expect((await asUser(m.userId, () => saveAnswersAction(null, <never>{ ...form, intent: "submit" }))).ok).toBe(
        true,
      );
    }
    const menteeScores = [3, 2, 4, 3];
    for (const [i, m] of mentees().slice(0, 4).entries()) {
      const { items: _x, ...form } = await answersFor(surveyId, [menteeScores[i]], {
        [`a_${benefits.id}`]: i === 0 ? secret : "",
      });
      expect((await asUser(m.userId, () => saveAnswersAction(null, <never>{ ...form, intent: "submit" }))).ok).toBe(
        true,
      );
    }
    // a draft never counts
    const { items: _y, ...partial } = await answersFor(surveyId, [1]);
    await asUser(mentees()[4].userId, () => saveAnswersAction(null, <never>{ ...partial, intent: "save" }));
  });

  it("while open: response rate by role and group, no results", async () => {
    const data = await getSurveyForStaff(await actor(coordinator), surveyId, "COORDINATOR");
    expect(data!.phase).toBe("open");
    expect(data!.showResults).toBe(false);
    expect(data!.items).toEqual([]);
    expect(data!.rate.byRole).toEqual([
      { key: "MENTOR", label: "MENTOR", invited: 6, responded: 6 },
      { key: "MENTEE", label: "MENTEE", invited: 12, responded: 4 },
    ]);
    expect(data!.rate.byGroup.map((g) => g.invited)).toEqual([6, 6, 6]);
  });

  it("closed: mentors' cell shown (n 6), mentees' suppressed (n 4), no test; no free text below 5", async () => {
    await asUser(coordinator.userId, () => closeSurveyAction(null, <never>{ surveyId }));
    const data = await getSurveyForStaff(await actor(coordinator), surveyId, "COORDINATOR");
    expect(data!.showResults).toBe(true);
    const first = data!.items[0];
    expect(first.groups!.MENTOR).toMatchObject({ suppressed: false, stats: { n: 6 } });
    const m = first.groups!.MENTOR as { stats: { mean: number; sd: number } };
    expect(m.stats.mean).toBeCloseTo(25 / 6, 12);
    expect(m.stats.sd).toBeCloseTo(0.752772652709081, 12); // numpy.std([4,4,5,3,4,5], ddof=1)
    expect(first.groups!.MENTEE).toEqual({ suppressed: true });
    expect(first.groups!.CLINICAL).toEqual({ suppressed: true }); // 3 clinical mentors
    expect(first.test).toBeNull();
    expect(data!.respondents).toBe(10);
    // privacy by content: the only mentee's comment is not anywhere in what the page gets
    expect(JSON.stringify(data)).not.toContain(secret.slice(0, 20));
    const forReports = await surveyResultsForCohort(p(), cohortId, new Date());
    expect(JSON.stringify(forReports)).not.toContain(secret.slice(0, 20));
  });

  it("the anonymised export: codes, no names, ids or emails; a mentee may not read results", async () => {
    const data = await getAnonymisedExport(await actor(coordinator), surveyId);
    expect(data!.rows).toHaveLength(10);
    expect(data!.rows.map((r) => r[0]).sort()[0]).toBe("R001");
    const text = JSON.stringify(data!.rows);
    const people = await p().membership.findMany({ where: { cohortId }, include: { user: true } });
    for (const person of people) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.user.email);
      expect(text).not.toContain(person.user.name);
    }
    // fewer than 5 mentees: the group column is blank for everyone (nobody can be singled out)
    expect(new Set(data!.rows.map((r) => r[1]))).toEqual(new Set([""]));
    expect(await p().auditEvent.count({ where: { entityId: surveyId, action: "survey.responses_exported" } })).toBe(1);
    expect(await getAnonymisedExport(await actor(supervisor), surveyId)).toBeNull();
    expect(await getSurveyForStaff(await actor(groups[0].mentees[0]), surveyId, "COORDINATOR")).toBeNull();
    expect(await getSurveyForStaff(await actor(groups[0].clinical), surveyId, "SUPERVISOR")).toBeNull();
  });

  it("with 5 or more in both groups: both cells and the Mann-Whitney test", async () => {
    const id = await createKorean("Both groups");
    await asUser(coordinator.userId, () => openSurveyAction(null, <never>{ surveyId: id }));
    const mentorScores = [4, 4, 5, 3, 4, 5];
    for (const [i, m] of mentors().entries()) {
      const { items: _x, ...form } = await answersFor(id, [mentorScores[i]]);
      await asUser(m.userId, () => saveAnswersAction(null, <never>{ ...form, intent: "submit" }));
    }
    const menteeScores = [3, 4, 4, 3, 5, 3, 4, 2, 4, 3, 4, 3];
    for (const [i, m] of mentees().entries()) {
      const { items: _x, ...form } = await answersFor(id, [menteeScores[i]]);
      await asUser(m.userId, () => saveAnswersAction(null, <never>{ ...form, intent: "submit" }));
    }
    await asUser(coordinator.userId, () => closeSurveyAction(null, <never>{ surveyId: id }));
    const data = await getSurveyForStaff(await actor(supervisor), id, "SUPERVISOR");
    const test = data!.items[0].test!;
    // scipy.stats.mannwhitneyu([4,4,5,3,4,5], [3,4,4,3,5,3,4,2,4,3,4,3]) -> U=52.0, p=0.12026554355443772
    expect(test).toMatchObject({ ok: true, method: "normal", u1: 52 });
    expect(test.ok && test.p).toBeCloseTo(0.12026554355443772, 6);
    expect(data!.items[0].groups!.MENTEE).toMatchObject({ suppressed: false, stats: { n: 12 } });
  });
});

describe("feedback on mentors", () => {
  let surveyId: string;
  const comment = "Always replied within a day and explained anatomy so clearly";
  beforeAll(async () => {
    const r = await asUser(coordinator.userId, () =>
      createSurveyAction(null, <never>{
        template: "feedback",
        title: "Feedback, October",
        audience: "EVERYONE",
        opensOn: today(),
        closesOn: today(),
      }),
    );
    surveyId = (r as { data: { id: string } }).data.id;
    await asUser(coordinator.userId, () => openSurveyAction(null, <never>{ surveyId }));
  });

  it("each mentee answers about each of their two mentors, and never about another pair's", async () => {
    const g = groups[0];
    const list = await getMySurveys(await actor(g.mentees[0]), "MENTEE");
    const targets = list!.find((s) => s.id === surveyId)!.targets;
    expect(targets.map((t) => t.subjectId).sort()).toEqual([g.clinical.id, g.preclinical.id].sort());
    const { items: _x, ...form } = await answersFor(surveyId, [5]);
    const outside = await asUser(g.mentees[0].userId, () =>
      saveAnswersAction(null, <never>{ ...form, subjectId: groups[1].clinical.id, intent: "submit" }),
    );
    expect(outside.ok).toBe(false);
    const noSubject = await asUser(g.mentees[0].userId, () =>
      saveAnswersAction(null, <never>{ ...form, intent: "submit" }),
    );
    expect(noSubject.ok).toBe(false);
  });

  it("a mentor sees the aggregate only after the third answer, and never another mentor's", async () => {
    const g = groups[0];
    const items = await p().surveyItem.findMany({ where: { surveyId }, orderBy: { position: "asc" } });
    const text = items.find((i) => i.kind === "TEXT")!;
    const seen: boolean[] = [];
    for (const [i, m] of g.mentees.slice(0, 3).entries()) {
      const { items: _x, ...form } = await answersFor(surveyId, [4 + (i % 2)], {
        [`a_${text.id}`]: i === 0 ? comment : "",
      });
      expect(
        (
          await asUser(m.userId, () =>
            saveAnswersAction(null, <never>{ ...form, subjectId: g.clinical.id, intent: "submit" }),
          )
        ).ok,
      ).toBe(true);
      const mine = await getMyFeedback(await actor(g.clinical));
      const round = mine!.find((r) => r.surveyId === surveyId)!;
      seen.push(round.shown);
      if (!round.shown) expect(JSON.stringify(round)).not.toContain(comment.slice(0, 20));
    }
    expect(seen).toEqual([false, false, true]);
    const round = (await getMyFeedback(await actor(g.clinical)))!.find((r) => r.surveyId === surveyId)!;
    expect(round.items[0].overall).toMatchObject({ suppressed: false, stats: { n: 3 } });
    // the preclinical mentor got no answers: nothing shown
    const other = (await getMyFeedback(await actor(g.preclinical)))!.find((r) => r.surveyId === surveyId)!;
    expect(other.shown).toBe(false);
    // a mentor reading another mentor's feedback: refused; the supervisor: allowed
    expect(await getMentorFeedback(await actor(g.preclinical), g.clinical.id, "MENTOR")).toBeNull();
    expect(await getMentorFeedback(await actor(supervisor), g.clinical.id, "SUPERVISOR")).not.toBeNull();
  });
});
