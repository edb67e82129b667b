import { describe, expect, it } from "vitest";
import {
  assignmentProblem as assignmentProblemRule,
  dissolveProblem as dissolveProblemRule,
  isTrained,
  nextPairLabels,
  pairProblem as pairProblemRule,
  suggestPairs,
} from "@/lib/pairing/rules/pairs";
import { inEnglish } from "../helpers/english";

// The rules answer with catalog messages (pairing.errors.*): read here in English.
const assignmentProblem = inEnglish(assignmentProblemRule);
const dissolveProblem = inEnglish(dissolveProblemRule);
const pairProblem = inEnglish(pairProblemRule);

describe("mentor pairs and training", () => {
  const c = { id: "c", userId: "u1", phase: "CLINICAL" as const, status: "ACTIVE" };
  const p = { id: "p", userId: "u2", phase: "PRECLINICAL" as const, status: "ACTIVE" };
  it("is exactly one clinical and one preclinical accepted mentor, two people", () => {
    expect(pairProblem(c, p)).toBeNull();
    expect(pairProblem(p, c)).toMatch(/clinical/);
    expect(pairProblem(c, { ...p, status: "APPLIED" })).toMatch(/accepted/);
    expect(pairProblem(c, { ...p, userId: "u1" })).toMatch(/two different/);
    expect(pairProblem(null, p)).toMatch(/Choose/);
  });
  it("is trained only when every module is done", () => {
    expect(isTrained(["A", "B"], ["A", "B"])).toBe(true);
    expect(isTrained(["A"], ["A", "B"])).toBe(false);
  });
  it("suggests pairs that mix genders and share a language when asked", () => {
    const pairs = suggestPairs(
      [
        { id: "c1", gender: "FEMALE", languages: ["Persian"] },
        { id: "c2", gender: "MALE", languages: [] },
      ],
      [
        { id: "p1", gender: "FEMALE", languages: [] },
        { id: "p2", gender: "MALE", languages: ["persian"] },
      ],
      { mixGender: true, shareLanguage: true },
    );
    expect(pairs).toEqual([
      { clinicalId: "c1", preclinicalId: "p2", score: 3 },
      { clinicalId: "c2", preclinicalId: "p1", score: 2 },
    ]);
  });
});

describe("assignment checks", () => {
  const ok = {
    groupCount: 5,
    groupSize: 6,
    maxMenteesPerMentor: 6,
    mentorsTrained: true,
    trainingRequired: true,
    selfMentoring: false,
    menteeActive: true,
    confirmOverLimit: false,
  };
  it("allows the sixth mentee into a group of six, never the seventh", () => {
    expect(assignmentProblem(ok)).toBeNull();
    expect(assignmentProblem({ ...ok, groupCount: 6 })?.message).toMatch(/full/);
  });
  it("refuses self-mentoring, untrained mentors (unless waived) and unselected students", () => {
    expect(assignmentProblem({ ...ok, selfMentoring: true })?.message).toMatch(/mentor themselves/);
    expect(assignmentProblem({ ...ok, mentorsTrained: false })?.message).toMatch(/training/);
    expect(assignmentProblem({ ...ok, mentorsTrained: false, trainingRequired: false })).toBeNull();
    expect(assignmentProblem({ ...ok, menteeActive: false })?.message).toMatch(/selected/);
  });
  it("warns before exceeding the per-mentor limit, and lets a confirmation through", () => {
    const over = { ...ok, groupCount: 4, maxMenteesPerMentor: 4 };
    expect(assignmentProblem(over)).toMatchObject({
      field: "confirmOverLimit",
      message: expect.stringMatching(/above the cohort's limit of 4/),
    });
    expect(assignmentProblem({ ...over, confirmOverLimit: true })).toBeNull();
  });
});

describe("pair labels", () => {
  it("takes the next free Group N", () => {
    expect(nextPairLabels([], 2)).toEqual(["Group 1", "Group 2"]);
    expect(nextPairLabels(["Group 1", "Group 3", "Night owls"], 3)).toEqual(["Group 2", "Group 4", "Group 5"]);
    expect(nextPairLabels(["Group 1"], 0)).toEqual([]);
  });
});

describe("dissolving a pair", () => {
  const none = { referrals: 0, contactLogs: 0, meetingTimes: 0, bookings: 0 };
  it("is allowed only while the pair has no history", () => {
    expect(dissolveProblem(none)).toBeNull();
    for (const kind of Object.keys(none) as (keyof typeof none)[])
      expect(dissolveProblem({ ...none, [kind]: 1 })).toMatch(/cannot be dissolved/);
  });
  it("names what the pair holds, in the singular and the plural", () => {
    expect(dissolveProblem({ referrals: 1, contactLogs: 14, meetingTimes: 3, bookings: 0 })).toBe(
      "This pair has 1 referral, 14 contact logs and 3 meeting times: they stay on record, so the pair cannot be dissolved. Move its mentees to another group instead.",
    );
    expect(dissolveProblem({ ...none, referrals: 2 })).toMatch(/^This pair has 2 referrals:/);
    expect(dissolveProblem({ ...none, meetingTimes: 1, bookings: 1 })).toMatch(
      /^This pair has 1 meeting time and 1 booking:/,
    );
  });
});
