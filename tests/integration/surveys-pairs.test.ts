/**
 * Issue 13, item 5: results per pair (group). Each Likert item per pair, the pair's mentors and
 * mentees pooled; a pair with fewer than 5 answers is `{ suppressed: true }` and nothing of its
 * answers reaches what the page gets (by content). Not for mentors-only surveys or feedback on
 * mentors; refused to a mentor and a mentee like the rest of the results.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Membership, MentorPair } from "@/generated/prisma/client";
import { loadCohortActor } from "@/lib/auth/session";
import { getSurveyForStaff } from "@/lib/surveys/queries";
import { createCohort, createGroup, createMembership, createSurvey } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const DAY = 86_400_000;
const p = () => getDb().prisma;
const actor = async (m: Membership) => (await loadCohortActor(m.userId, m.cohortId))!;

type Group = { pair: MentorPair; clinical: Membership; preclinical: Membership; mentees: Membership[] };
let cohortId: string;
let groups: Group[];
let coordinator: Membership;
let supervisor: Membership;

/** A closed survey with two Likert items; `answers` maps a membership to its two answers. */
async function closedSurvey(
  audience: "EVERYONE" | "MENTORS" | "MENTEES",
  answers: [Membership, number, number][],
  extra: { aboutMentors?: boolean; subjectOf?: (m: Membership) => string } = {},
) {
  const survey = await createSurvey(p(), cohortId, {
    audience,
    aboutMentors: extra.aboutMentors ?? false,
    opensAt: new Date(Date.now() - 10 * DAY),
    closesAt: new Date(Date.now() - DAY),
  });
  const items = await Promise.all(
    ["How satisfied are you with the other party?", "How satisfied are you with the programme?"].map((prompt, i) =>
      p().surveyItem.create({ data: { surveyId: survey.id, position: i + 1, kind: "LIKERT_5", prompt } }),
    ),
  );
  for (const [m, a, b] of answers)
    await p().surveyResponse.create({
      data: {
        surveyId: survey.id,
        respondentId: m.id,
        subjectId: extra.subjectOf?.(m) ?? null,
        submittedAt: new Date(Date.now() - 3 * DAY),
        answers: {
          create: [
            { itemId: items[0].id, likert: a },
            { itemId: items[1].id, likert: b },
          ],
        },
      },
    });
  return survey.id;
}

beforeAll(async () => {
  const cohort = await createCohort(p(), {
    startsOn: new Date(Date.now() - 60 * DAY),
    endsOn: new Date(Date.now() + 200 * DAY),
    groupsPublishedAt: new Date(Date.now() - 50 * DAY),
  });
  cohortId = cohort.id;
  groups = [];
  for (let i = 0; i < 3; i++) groups.push(await createGroup(p(), cohortId, 4));
  await p().mentorPair.update({ where: { id: groups[0].pair.id }, data: { label: "Group 1" } });
  await p().mentorPair.update({ where: { id: groups[1].pair.id }, data: { label: "Group 2" } });
  await p().mentorPair.update({ where: { id: groups[2].pair.id }, data: { label: "Group 10" } });
  coordinator = await createMembership(p(), cohortId, "COORDINATOR");
  supervisor = await createMembership(p(), cohortId, "SUPERVISOR");
});

describe("results per pair (group)", () => {
  let surveyId: string;
  beforeAll(async () => {
    const [g1, g2] = groups;
    surveyId = await closedSurvey("EVERYONE", [
      // Group 1: both mentors and all 4 mentees: 6 answers, shown
      [g1.clinical, 4, 2],
      [g1.preclinical, 4, 2],
      [g1.mentees[0], 5, 2],
      [g1.mentees[1], 3, 2],
      [g1.mentees[2], 4, 2],
      [g1.mentees[3], 5, 2],
      // Group 2: one mentor and 3 mentees: 4 answers, suppressed (mean would be 1.25, SD 0.5)
      [g2.clinical, 1, 1],
      [g2.mentees[0], 1, 1],
      [g2.mentees[1], 2, 1],
      [g2.mentees[2], 1, 1],
      // Group 10: nobody
    ]);
  });

  it("shows a pair with 5 or more answers (mean ± SD, n), suppresses the others, pairs in label order", async () => {
    const data = (await getSurveyForStaff(await actor(coordinator), surveyId, "COORDINATOR"))!;
    expect(data.showResults).toBe(true);
    const [first, second] = data.items;
    expect(first.pairs!.map((x) => x.label)).toEqual(["Group 1", "Group 2", "Group 10"]);
    const g1 = first.pairs![0].cell;
    expect(g1).toMatchObject({ suppressed: false, stats: { n: 6 } });
    const stats = (g1 as { stats: { mean: number; sd: number } }).stats;
    expect(stats.mean).toBeCloseTo(25 / 6, 12);
    expect(stats.sd).toBeCloseTo(0.752772652709081, 12); // numpy.std([4,4,5,3,4,5], ddof=1)
    expect(first.pairs![1].cell).toEqual({ suppressed: true });
    expect(first.pairs![2].cell).toEqual({ suppressed: true });
    // all-equal answers: SD 0, still a shown cell
    expect(second.pairs![0].cell).toMatchObject({ suppressed: false, stats: { n: 6, mean: 2, sd: 0 } });
    expect(second.pairs![1].cell).toEqual({ suppressed: true });
    // the role groups are unchanged: 3 mentors (suppressed), 7 mentees
    expect(first.groups!.MENTOR).toEqual({ suppressed: true });
    expect(first.groups!.MENTEE).toMatchObject({ suppressed: false, stats: { n: 7 } });
  });

  it("by content: nothing of the suppressed pair's answers reaches what the page gets", async () => {
    for (const [who, as] of [
      [coordinator, "COORDINATOR"],
      [supervisor, "SUPERVISOR"],
    ] as const) {
      const data = (await getSurveyForStaff(await actor(who), surveyId, as))!;
      const pairsJson = JSON.stringify(data.items.map((i) => i.pairs));
      // Group 2's mean (1.25), SD (0.5) and n (4) would be the only such values
      expect(pairsJson).not.toContain("1.25");
      expect(pairsJson).not.toContain("0.5");
      expect(pairsJson).not.toMatch(/"n":4\b/);
      for (const x of data.items.flatMap((i) => i.pairs!).filter((x) => x.label !== "Group 1"))
        expect(Object.keys(x.cell)).toEqual(["suppressed"]);
      // no person either: no membership id, name or email
      const people = await p().membership.findMany({ where: { cohortId }, include: { user: true } });
      for (const person of people) {
        expect(pairsJson).not.toContain(person.id);
        expect(pairsJson).not.toContain(person.user.email);
      }
    }
  });

  it("refused to a mentor and a mentee (as coordinator or supervisor)", async () => {
    for (const m of [groups[0].clinical, groups[0].mentees[0]])
      for (const as of ["COORDINATOR", "SUPERVISOR"] as const)
        expect(await getSurveyForStaff(await actor(m), surveyId, as)).toBeNull();
  });

  it("a survey for mentees only: the pair's mentees; a mentors-only survey and feedback on mentors: no split", async () => {
    const g1 = groups[0];
    const mentees = await closedSurvey(
      "MENTEES",
      [...g1.mentees, groups[1].mentees[0]].map((m, i) => [m, 1 + i, 3] as [Membership, number, number]),
    );
    const m = (await getSurveyForStaff(await actor(coordinator), mentees, "COORDINATOR"))!;
    expect(m.items[0].pairs!.map((x) => x.cell.suppressed)).toEqual([true, true, true]); // 4, 1, 0 mentees
    expect(m.items[0].overall).toMatchObject({ suppressed: false, stats: { n: 5 } });

    const everyMentor = groups.flatMap((g) => [g.clinical, g.preclinical]);
    const mentorsOnly = await closedSurvey(
      "MENTORS",
      everyMentor.map((x) => [x, 4, 4]),
    );
    const mo = (await getSurveyForStaff(await actor(coordinator), mentorsOnly, "COORDINATOR"))!;
    expect(mo.items.every((i) => i.pairs === null)).toBe(true);

    const feedback = await closedSurvey(
      "MENTEES",
      groups.flatMap((g) => g.mentees).map((x) => [x, 5, 5]),
      {
        aboutMentors: true,
        subjectOf: (x) => groups.find((g) => g.mentees.some((y) => y.id === x.id))!.clinical.id,
      },
    );
    const fb = (await getSurveyForStaff(await actor(coordinator), feedback, "COORDINATOR"))!;
    expect(fb.items.every((i) => i.pairs === null)).toBe(true);
  });

  it("while a survey is open: no results at all, so no pair cells", async () => {
    const open = await createSurvey(p(), cohortId, { audience: "EVERYONE" });
    await p().surveyItem.create({ data: { surveyId: open.id, position: 1, kind: "LIKERT_5", prompt: "Q" } });
    for (const m of groups[0].mentees.concat([groups[0].clinical, groups[0].preclinical]))
      await p().surveyResponse.create({
        data: { surveyId: open.id, respondentId: m.id, submittedAt: new Date() },
      });
    const data = (await getSurveyForStaff(await actor(coordinator), open.id, "COORDINATOR"))!;
    expect(data.phase).toBe("open");
    expect(data.items).toEqual([]);
  });
});
