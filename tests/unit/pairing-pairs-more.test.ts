import { describe, expect, it } from "vitest";
import type { Gender } from "@/lib/people/rules";
import {
  assignmentProblem as assignmentProblemRule,
  type PairCandidate,
  pairProblem as pairProblemRule,
  suggestPairs,
} from "@/lib/pairing/rules/pairs";
import { inEnglish } from "../helpers/english";

// The rules answer with catalog messages (pairing.errors.*): read here in English.
const assignmentProblem = inEnglish(assignmentProblemRule);
const pairProblem = inEnglish(pairProblemRule);

const clinical: PairCandidate = { id: "c", userId: "u1", phase: "CLINICAL", status: "ACTIVE" };
const preclinical: PairCandidate = { id: "p", userId: "u2", phase: "PRECLINICAL", status: "ACTIVE" };

describe("pairProblem", () => {
  it("one message per reason, in order", () => {
    expect(pairProblem(clinical, preclinical)).toBeNull();
    expect(pairProblem({ ...clinical, phase: "PRECLINICAL" }, preclinical)).toBe(
      "The first mentor must be in the clinical phase.",
    );
    expect(pairProblem(clinical, { ...preclinical, phase: "CLINICAL" })).toBe(
      "The second mentor must be in the preclinical phase.",
    );
    expect(pairProblem({ ...clinical, status: "APPLIED" }, preclinical)).toBe("Only accepted mentors can form a pair.");
    expect(pairProblem(clinical, { ...preclinical, status: "APPLIED" })).toBe("Only accepted mentors can form a pair.");
    expect(pairProblem(clinical, { ...preclinical, userId: "u1" })).toBe("A pair needs two different people.");
  });
});

const m = (id: string, gender: Gender, languages: string[] = []) => ({ id, gender, languages });

describe("suggestPairs", () => {
  const both = { mixGender: true, shareLanguage: true };

  it("mixed gender scores 2 only when both genders are known and differ", () => {
    const score = (a: Gender, b: Gender, mixGender = true) =>
      suggestPairs([m("c", a)], [m("p", b)], { mixGender, shareLanguage: false })[0].score;
    expect(score("FEMALE", "MALE")).toBe(2);
    expect(score("MALE", "OTHER")).toBe(2);
    expect(score("FEMALE", "FEMALE")).toBe(0);
    expect(score("FEMALE", "UNDISCLOSED")).toBe(0);
    expect(score("UNDISCLOSED", "MALE")).toBe(0);
    expect(score("UNDISCLOSED", "UNDISCLOSED")).toBe(0);
    expect(score("FEMALE", "MALE", false)).toBe(0);
  });

  it("a shared language scores 1 when asked for", () => {
    expect(suggestPairs([m("c", "FEMALE", ["Korean"])], [m("p", "FEMALE", ["korean"])], both)[0].score).toBe(1);
    expect(
      suggestPairs([m("c", "FEMALE", ["Korean"])], [m("p", "FEMALE", ["korean"])], {
        mixGender: true,
        shareLanguage: false,
      })[0].score,
    ).toBe(0);
  });

  it("takes the best free preclinical mentor, the first one on a tie", () => {
    const pre = [m("p1", "FEMALE"), m("p2", "FEMALE"), m("p3", "MALE"), m("p4", "MALE")];
    expect(suggestPairs([m("c1", "FEMALE"), m("c2", "FEMALE"), m("c3", "FEMALE")], pre, both)).toEqual([
      { clinicalId: "c1", preclinicalId: "p3", score: 2 },
      { clinicalId: "c2", preclinicalId: "p4", score: 2 },
      { clinicalId: "c3", preclinicalId: "p1", score: 0 },
    ]);
  });

  it("stops when the preclinical mentors run out", () => {
    expect(suggestPairs([m("c1", "FEMALE"), m("c2", "MALE")], [m("p1", "MALE")], both)).toEqual([
      { clinicalId: "c1", preclinicalId: "p1", score: 2 },
    ]);
    expect(suggestPairs([m("c1", "FEMALE")], [], both)).toEqual([]);
  });
});

describe("assignmentProblem", () => {
  const ok = {
    groupCount: 2,
    groupSize: 6,
    maxMenteesPerMentor: 6,
    mentorsTrained: true,
    trainingRequired: true,
    selfMentoring: false,
    menteeActive: true,
    confirmOverLimit: false,
  };

  it("each refusal with its message and field", () => {
    expect(assignmentProblem(ok)).toBeNull();
    expect(assignmentProblem({ ...ok, menteeActive: false })).toEqual({
      message: "Only selected mentees can join a group.",
      field: "pairId",
    });
    expect(assignmentProblem({ ...ok, selfMentoring: true })).toEqual({
      message: "No one can be in the group they mentor themselves.",
      field: "pairId",
    });
    expect(assignmentProblem({ ...ok, mentorsTrained: false })).toEqual({
      message: "Both mentors of this pair must complete their training before they get mentees.",
      field: "pairId",
    });
    expect(assignmentProblem({ ...ok, mentorsTrained: false, trainingRequired: false })).toBeNull();
    expect(assignmentProblem({ ...ok, groupCount: 6 })).toEqual({
      message: "This group is full (6 mentees).",
      field: "pairId",
    });
  });

  it("above the per-mentor limit only with the box ticked", () => {
    const over = { ...ok, groupCount: 3, maxMenteesPerMentor: 3 };
    expect(assignmentProblem(over)).toEqual({
      message: "This gives each mentor of the pair 4 mentees, above the cohort's limit of 3. Tick the box to confirm.",
      field: "confirmOverLimit",
    });
    expect(assignmentProblem({ ...over, confirmOverLimit: true })).toBeNull();
    expect(assignmentProblem({ ...ok, groupCount: 2, maxMenteesPerMentor: 3 })).toBeNull();
  });
});
