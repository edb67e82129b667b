/**
 * Issue 13: the cohort's semesters and the automatic end-of-semester survey (decision 094), new
 * dates for a survey (decision 095), and mentees' feedback split by the phase of the mentor it is
 * about (cells of 5). Success, invalid input (nothing written), refused roles, privacy by content.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Membership, MentorPair } from "@/generated/prisma/client";
import { loadCohortActor } from "@/lib/auth/session";
import { asUser } from "@/lib/auth/test-context";
import { runJobs } from "@/lib/jobs/run";
import {
  addSemesterAction,
  closeSurveyAction,
  createSurveyAction,
  openSurveyAction,
  removeSemesterAction,
  rescheduleSurveyAction,
  saveAnswersAction,
} from "@/lib/surveys/actions";
import { getSemesters, getSurveyForStaff } from "@/lib/surveys/queries";
import { openSemesterSurveys } from "@/lib/surveys/semesters";
import { addLocalDays, localDate, startOfLocalDay } from "@/lib/time";
import { createCohort, createGroup, createMembership } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const DAY = 86_400_000;
const TZ = "Asia/Tehran";

type Group = { pair: MentorPair; clinical: Membership; preclinical: Membership; mentees: Membership[] };
let cohortId: string;
let groups: Group[];
let coordinator: Membership;
let supervisor: Membership;
let outsider: Membership; // a coordinator of another cohort

const p = () => getDb().prisma;
const today = () => localDate(new Date(), TZ);
const actor = async (m: Membership) => (await loadCohortActor(m.userId, m.cohortId))!;
const asCoordinator = <T>(f: () => Promise<T>) => asUser(coordinator.userId, f);

beforeAll(async () => {
  const cohort = await createCohort(p(), {
    timeZone: TZ,
    defaultLocale: "fa",
    startsOn: new Date(`${addLocalDays(localDate(new Date(), TZ), -100)}T00:00:00Z`),
    endsOn: new Date(`${addLocalDays(localDate(new Date(), TZ), 300)}T00:00:00Z`),
    groupsPublishedAt: new Date(Date.now() - 90 * DAY),
  });
  cohortId = cohort.id;
  groups = [];
  for (let i = 0; i < 3; i++) groups.push(await createGroup(p(), cohortId, 2));
  coordinator = await createMembership(p(), cohortId, "COORDINATOR");
  supervisor = await createMembership(p(), cohortId, "SUPERVISOR");
  outsider = await createMembership(p(), (await createCohort(p())).id, "COORDINATOR");
  // the people read English; the cohort's default (Persian) is what the jobs runner writes in
  await p().user.updateMany({ data: { locale: "en" } });
});

describe("semesters (coordinator)", () => {
  it("adds a semester inside the cohort's dates; it lists when its survey opens", async () => {
    const r = await asCoordinator(() =>
      addSemesterAction(null, <never>{
        label: "Autumn",
        startsOn: addLocalDays(today(), -90),
        endsOn: addLocalDays(today(), 20),
      }),
    );
    expect(r).toMatchObject({ ok: true, message: "Semester added." });
    const list = (await getSemesters(await actor(coordinator)))!;
    expect(list.map((s) => [s.label, s.opensOn, s.survey])).toEqual([["Autumn", addLocalDays(today(), 14), null]]);
    expect(await p().auditEvent.count({ where: { action: "survey.semester_added" } })).toBe(1);
  });

  it("invalid input: the message next to the field, nothing written", async () => {
    const before = await p().semester.count();
    const cases: [Record<string, string>, string, string][] = [
      [{ label: "", startsOn: today(), endsOn: today() }, "label", "Give the semester a name"],
      [
        { label: "Back", startsOn: addLocalDays(today(), 40), endsOn: addLocalDays(today(), 30) },
        "endsOn",
        "must not be before",
      ],
      [
        { label: "Late", startsOn: addLocalDays(today(), 200), endsOn: addLocalDays(today(), 400) },
        "endsOn",
        "inside the cohort",
      ],
      [
        { label: "Overlap", startsOn: addLocalDays(today(), 10), endsOn: addLocalDays(today(), 60) },
        "startsOn",
        "overlaps",
      ],
      [
        { label: "Autumn", startsOn: addLocalDays(today(), 100), endsOn: addLocalDays(today(), 120) },
        "label",
        "already has",
      ],
    ];
    for (const [input, field, text] of cases) {
      const r = await asCoordinator(() => addSemesterAction(null, <never>input));
      expect(r.ok).toBe(false);
      expect(JSON.stringify((r as { fieldErrors?: Record<string, string[]> }).fieldErrors?.[field])).toContain(text);
    }
    expect(await p().semester.count()).toBe(before);
  });

  it("refuses the supervisor, mentors, mentees and another cohort's coordinator", async () => {
    const input = { label: "Spring", startsOn: addLocalDays(today(), 100), endsOn: addLocalDays(today(), 150) };
    const before = await p().semester.count({ where: { cohortId } });
    for (const m of [supervisor, groups[0].clinical, groups[0].mentees[0]]) {
      expect((await asUser(m.userId, () => addSemesterAction(null, <never>input))).ok).toBe(false);
    }
    const s = await p().semester.findFirstOrThrow({ where: { cohortId } });
    for (const m of [outsider, supervisor, groups[0].clinical]) {
      expect((await asUser(m.userId, () => removeSemesterAction(null, <never>{ semesterId: s.id }))).ok).toBe(false);
    }
    expect(await p().semester.count({ where: { cohortId } })).toBe(before);
  });
});

describe("the end-of-semester survey, opened by the jobs runner (an injected clock)", () => {
  let semesterId: string;
  let endsOn: string;
  // 10:00 in Tehran on a local day
  const at = (day: string) => new Date(startOfLocalDay(day, TZ).getTime() + 10 * 3_600_000);

  beforeAll(async () => {
    const s = await p().semester.findFirstOrThrow({ where: { cohortId, label: "Autumn" } });
    semesterId = s.id;
    endsOn = s.endsOn.toISOString().slice(0, 10);
  });

  it("nothing before the semester's last week", async () => {
    expect(await openSemesterSurveys(p(), at(addLocalDays(endsOn, -7)))).toEqual({ opened: 0 });
    expect(await p().survey.count({ where: { semesterId } })).toBe(0);
  });

  it("in the last week: one open survey for mentors and mentees, in the cohort's language, until two weeks after", async () => {
    const now = at(addLocalDays(endsOn, -6));
    const run = await runJobs(p(), now);
    expect(run.semesterSurveys).toBe(1);
    const s = await p().survey.findUniqueOrThrow({
      where: { semesterId },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(s).toMatchObject({
      cohortId,
      draft: false,
      audience: "EVERYONE",
      template: "semester",
      aboutMentors: false,
    });
    expect(s.title).toBe("پایان نیم‌سال: Autumn");
    expect(s.opensAt).toEqual(startOfLocalDay(addLocalDays(endsOn, -6), TZ));
    expect(s.closesAt).toEqual(startOfLocalDay(addLocalDays(endsOn, 15), TZ));
    expect(s.items.length).toBeGreaterThan(0);
    expect(s.items[0].prompt).not.toMatch(/^surveys\./); // a text, not a catalog key
    // written with its audit row: no actor (the programme opened it), the semester in the detail
    expect(await p().auditEvent.findMany({ where: { entity: "Survey", entityId: s.id } })).toMatchObject([
      { actorId: null, cohortId, action: "survey.opened_for_semester", detail: { semesterId } },
    ]);
    // the survey list shows it against its semester; the semester can no longer be removed
    expect((await getSemesters(await actor(coordinator)))![0].survey).toMatchObject({ id: s.id });
    const r = await asCoordinator(() => removeSemesterAction(null, <never>{ semesterId }));
    expect(r).toMatchObject({ ok: false });
    expect(await p().semester.count({ where: { id: semesterId } })).toBe(1);
  });

  it("idempotent: again, later in the window, and twice at once, still one survey", async () => {
    const again = await Promise.all([
      openSemesterSurveys(p(), at(addLocalDays(endsOn, -2))),
      openSemesterSurveys(p(), at(addLocalDays(endsOn, -2))),
      openSemesterSurveys(p(), at(addLocalDays(endsOn, 3))),
    ]);
    expect(again.reduce((a, r) => a + r.opened, 0)).toBe(0);
    expect(await p().survey.count({ where: { semesterId } })).toBe(1);
  });

  it("a semester whose job ran late still gets its survey in the window, never after it; not in a closed cohort", async () => {
    const late = await p().semester.create({
      data: { cohortId, label: "Summer school", startsOn: new Date("2026-01-01"), endsOn: new Date("2026-01-10") },
    });
    expect(await openSemesterSurveys(p(), at("2026-01-25"))).toEqual({ opened: 0 }); // past its last day (24th)
    const concurrent = await Promise.all([
      openSemesterSurveys(p(), at("2026-01-24")),
      openSemesterSurveys(p(), at("2026-01-24")),
    ]);
    expect(concurrent.reduce((a, r) => a + r.opened, 0)).toBe(1);
    expect(await p().survey.count({ where: { semesterId: late.id } })).toBe(1);
    // the run that lost the race wrote no audit row either (one transaction each)
    expect(
      await p().auditEvent.count({
        where: { action: "survey.opened_for_semester", detail: { path: ["semesterId"], equals: late.id } },
      }),
    ).toBe(1);
    const closed = await createCohort(p(), { status: "CLOSED" });
    const s = await p().semester.create({
      data: { cohortId: closed.id, label: "X", startsOn: new Date("2026-01-01"), endsOn: new Date("2026-01-10") },
    });
    await openSemesterSurveys(p(), at("2026-01-08"));
    expect(await p().survey.count({ where: { semesterId: s.id } })).toBe(0);
  });
});

describe("new dates for a survey", () => {
  async function draft(title: string) {
    const r = await asCoordinator(() =>
      createSurveyAction(null, <never>{
        template: "semester",
        title,
        audience: "EVERYONE",
        opensOn: addLocalDays(today(), 2),
        closesOn: addLocalDays(today(), 9),
      }),
    );
    return (r as { data: { id: string } }).data.id;
  }

  it("a draft moves both days; the opening not before today, the close not before the opening", async () => {
    const id = await draft("Movable");
    const ok = await asCoordinator(() =>
      rescheduleSurveyAction(null, <never>{ surveyId: id, opensOn: today(), closesOn: addLocalDays(today(), 20) }),
    );
    expect(ok).toMatchObject({ ok: true, message: "The dates are saved." });
    const s = await p().survey.findUniqueOrThrow({ where: { id } });
    expect(s.opensAt).toEqual(startOfLocalDay(today(), TZ));
    expect(s.closesAt).toEqual(startOfLocalDay(addLocalDays(today(), 21), TZ));
    const past = await asCoordinator(() =>
      rescheduleSurveyAction(null, <never>{
        surveyId: id,
        opensOn: addLocalDays(today(), -1),
        closesOn: addLocalDays(today(), 5),
      }),
    );
    expect(past).toMatchObject({ ok: false, fieldErrors: { opensOn: ["The opening day cannot be before today."] } });
    const backwards = await asCoordinator(() =>
      rescheduleSurveyAction(null, <never>{
        surveyId: id,
        opensOn: addLocalDays(today(), 5),
        closesOn: addLocalDays(today(), 3),
      }),
    );
    expect(backwards).toMatchObject({
      ok: false,
      fieldErrors: { closesOn: [expect.stringContaining("must not be before")] },
    });
    expect(await p().survey.findUniqueOrThrow({ where: { id } })).toMatchObject({
      opensAt: s.opensAt,
      closesAt: s.closesAt,
    });
  });

  it("an open survey keeps its opening, closes later or sooner but not before today; a closed one keeps its dates", async () => {
    const id = await draft("Open one");
    await asCoordinator(() =>
      rescheduleSurveyAction(null, <never>{ surveyId: id, opensOn: today(), closesOn: addLocalDays(today(), 5) }),
    );
    expect((await asCoordinator(() => openSurveyAction(null, <never>{ surveyId: id }))).ok).toBe(true);
    const opensAt = (await p().survey.findUniqueOrThrow({ where: { id } })).opensAt;
    const later = await asCoordinator(() =>
      rescheduleSurveyAction(null, <never>{
        surveyId: id,
        opensOn: addLocalDays(today(), 3),
        closesOn: addLocalDays(today(), 30),
      }),
    );
    expect(later.ok).toBe(true);
    expect(await p().survey.findUniqueOrThrow({ where: { id } })).toMatchObject({
      opensAt,
      closesAt: startOfLocalDay(addLocalDays(today(), 31), TZ),
    });
    const past = await asCoordinator(() =>
      rescheduleSurveyAction(null, <never>{ surveyId: id, closesOn: addLocalDays(today(), -1) }),
    );
    expect(past).toMatchObject({ ok: false, fieldErrors: { closesOn: ["The last day cannot be before today."] } });
    await asCoordinator(() => closeSurveyAction(null, <never>{ surveyId: id }));
    const closedAt = (await p().survey.findUniqueOrThrow({ where: { id } })).closesAt;
    const reopen = await asCoordinator(() =>
      rescheduleSurveyAction(null, <never>{ surveyId: id, closesOn: addLocalDays(today(), 30) }),
    );
    expect(reopen).toMatchObject({ ok: false, error: "This survey has closed: its dates are kept as they were." });
    expect((await p().survey.findUniqueOrThrow({ where: { id } })).closesAt).toEqual(closedAt);
    expect(await p().auditEvent.count({ where: { entityId: id, action: "survey.rescheduled" } })).toBe(2);
  });

  it("refuses the supervisor, mentors, mentees and another cohort's coordinator", async () => {
    const id = await draft("Guarded dates");
    const before = await p().survey.findUniqueOrThrow({ where: { id } });
    for (const m of [outsider, supervisor, groups[0].clinical, groups[0].mentees[0]]) {
      const r = await asUser(m.userId, () =>
        rescheduleSurveyAction(null, <never>{ surveyId: id, opensOn: today(), closesOn: addLocalDays(today(), 40) }),
      );
      expect(r.ok).toBe(false);
    }
    expect(await p().survey.findUniqueOrThrow({ where: { id } })).toMatchObject({
      opensAt: before.opensAt,
      closesAt: before.closesAt,
    });
  });
});

describe("mentees' feedback split by the phase of the mentor (cells of 5)", () => {
  const secretMean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  async function feedbackRound(title: string, clinical: number[], preclinical: number[]) {
    const r = await asCoordinator(() =>
      createSurveyAction(null, <never>{
        template: "feedback",
        title,
        audience: "MENTEES",
        opensOn: today(),
        closesOn: today(),
      }),
    );
    const surveyId = (r as { data: { id: string } }).data.id;
    await asCoordinator(() => openSurveyAction(null, <never>{ surveyId }));
    const items = await p().surveyItem.findMany({ where: { surveyId }, orderBy: { position: "asc" } });
    const answer = async (m: Membership, subjectId: string, score: number) => {
      const form: Record<string, string> = { surveyId, subjectId, intent: "submit" };
      for (const i of items) if (i.kind === "LIKERT_5") form[`a_${i.id}`] = String(score);
      expect((await asUser(m.userId, () => saveAnswersAction(null, <never>form))).ok).toBe(true);
    };
    const all = groups.flatMap((g) => g.mentees.map((m) => ({ m, g })));
    for (const [k, score] of clinical.entries()) await answer(all[k].m, all[k].g.clinical.id, score);
    for (const [k, score] of preclinical.entries()) await answer(all[k].m, all[k].g.preclinical.id, score);
    await asCoordinator(() => closeSurveyAction(null, <never>{ surveyId }));
    return (await getSurveyForStaff(await actor(coordinator), surveyId, "COORDINATOR"))!;
  }

  it("5 answers about clinical and 6 about preclinical mentors: both cells and the test", async () => {
    const data = await feedbackRound("Feedback by phase", [5, 4, 5, 5, 4], [3, 2, 3, 4, 2, 3]);
    const item = data.items.find((i) => i.kind === "LIKERT_5")!;
    expect(item.groups!.CLINICAL).toMatchObject({ suppressed: false, stats: { n: 5, mean: 4.6 } });
    expect(item.groups!.PRECLINICAL).toMatchObject({ suppressed: false, stats: { n: 6 } });
    expect(item.groups!.MENTEE).toMatchObject({ suppressed: false, stats: { n: 11 } });
    expect(item.groups!.MENTOR).toEqual({ suppressed: true });
    expect(item.phaseTest).toMatchObject({ ok: true });
    expect(item.test).toBeNull(); // no mentors answered: no mentors-vs-mentees test
  });

  it("4 answers about preclinical mentors: that cell is suppressed with nothing inside, and no test", async () => {
    const pre = [1, 1, 2, 1];
    const data = await feedbackRound("Feedback, few preclinical", [5, 4, 5, 5, 4], pre);
    const item = data.items.find((i) => i.kind === "LIKERT_5")!;
    expect(item.groups!.PRECLINICAL).toEqual({ suppressed: true });
    expect(item.phaseTest).toBeNull();
    // by content: the preclinical mean (1.25) is nowhere in what the page receives
    const page = JSON.stringify(data);
    expect(page).not.toContain(String(secretMean(pre)));
    expect(page).not.toContain('"n":4');
  });
});
