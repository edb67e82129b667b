import { describe, expect, it } from "vitest";
import {
  applyDecision,
  cohortAcceptsApplications,
  parseLanguages,
  phaseYearProblem,
  withdrawProblem,
  type ApplyCheck,
} from "@/lib/applications/rules";

const open = { status: "ACTIVE" as const, applicationsOpen: true };
const mentor = (over: Partial<ApplyCheck> = {}): ApplyCheck => ({
  cohort: open,
  role: "MENTOR",
  existing: [],
  yearOfStudy: 2,
  phase: "PRECLINICAL",
  ...over,
});
const mentee = (over: Partial<ApplyCheck> = {}): ApplyCheck => ({
  cohort: open,
  role: "MENTEE",
  existing: [],
  yearOfStudy: 1,
  ...over,
});

describe("cohortAcceptsApplications", () => {
  it("needs applications open and a cohort that is not closed", () => {
    expect(cohortAcceptsApplications(open)).toBe(true);
    expect(cohortAcceptsApplications({ status: "DRAFT", applicationsOpen: true })).toBe(true);
    expect(cohortAcceptsApplications({ status: "ACTIVE", applicationsOpen: false })).toBe(false);
    expect(cohortAcceptsApplications({ status: "CLOSED", applicationsOpen: true })).toBe(false);
  });
});

describe("phaseYearProblem", () => {
  it("preclinical mentors are in years 2-3, clinical mentors in years 4-6", () => {
    for (const y of [2, 3]) expect(phaseYearProblem("PRECLINICAL", y)).toBeNull();
    for (const y of [1, 4, 6]) expect(phaseYearProblem("PRECLINICAL", y)).toMatch(/year 2 or 3/);
    for (const y of [4, 5, 6]) expect(phaseYearProblem("CLINICAL", y)).toBeNull();
    for (const y of [1, 3, 7]) expect(phaseYearProblem("CLINICAL", y)).toMatch(/years 4 to 6/);
  });
});

describe("applyDecision", () => {
  it("lets a person without a place apply to mentor or to be mentored", () => {
    expect(applyDecision(mentor())).toEqual({ ok: true, mode: "create" });
    expect(applyDecision(mentor({ phase: "CLINICAL", yearOfStudy: 5 }))).toEqual({ ok: true, mode: "create" });
    expect(applyDecision(mentee())).toEqual({ ok: true, mode: "create" });
  });
  it("refuses a cohort that is not open or is closed", () => {
    expect(applyDecision(mentor({ cohort: { status: "ACTIVE", applicationsOpen: false } }))).toMatchObject({
      ok: false,
      problem: /not taking applications/,
    });
    expect(applyDecision(mentee({ cohort: { status: "CLOSED", applicationsOpen: true } }))).toMatchObject({
      ok: false,
    });
  });
  it("refuses a second application in the same role, whatever became of the first", () => {
    for (const status of ["APPLIED", "ACTIVE", "DECLINED", "WITHDRAWN"] as const) {
      expect(applyDecision(mentor({ existing: [{ role: "MENTOR", status }] }))).toMatchObject({
        ok: false,
        problem: "You have already applied.",
      });
      expect(applyDecision(mentee({ existing: [{ role: "MENTEE", status }] }))).toMatchObject({
        ok: false,
        problem: "You have already applied.",
      });
    }
  });
  it("turns a first-year candidate's application to be mentored into a volunteer", () => {
    expect(applyDecision(mentee({ existing: [{ role: "MENTEE", status: "CANDIDATE" }] }))).toEqual({
      ok: true,
      mode: "volunteer",
    });
  });
  it("refuses being mentor and mentee of one cohort", () => {
    expect(applyDecision(mentor({ existing: [{ role: "MENTEE", status: "ACTIVE" }] }))).toMatchObject({
      ok: false,
      problem: /cannot also mentor/,
    });
    expect(applyDecision(mentor({ existing: [{ role: "MENTEE", status: "APPLIED" }] }))).toMatchObject({ ok: false });
    expect(applyDecision(mentee({ existing: [{ role: "MENTOR", status: "APPLIED" }] }))).toMatchObject({
      ok: false,
      problem: /cannot also be mentored/,
    });
    // a candidate who was not drawn is not a mentee: they may apply to mentor
    expect(applyDecision(mentor({ existing: [{ role: "MENTEE", status: "CANDIDATE" }] }))).toEqual({
      ok: true,
      mode: "create",
    });
    // a declined or withdrawn mentor application does not block being mentored
    expect(applyDecision(mentee({ existing: [{ role: "MENTOR", status: "DECLINED" }] }))).toEqual({
      ok: true,
      mode: "create",
    });
  });
  it("refuses staff of the cohort", () => {
    for (const role of ["COORDINATOR", "SUPERVISOR", "ROLE_MODEL"] as const) {
      expect(applyDecision(mentor({ existing: [{ role, status: "ACTIVE" }] }))).toMatchObject({
        ok: false,
        problem: /already have a role/,
      });
    }
  });
  it("checks the phase against the year, and that mentees are first-years", () => {
    expect(applyDecision(mentor({ phase: null }))).toMatchObject({ ok: false, field: "phase" });
    expect(applyDecision(mentor({ phase: "CLINICAL", yearOfStudy: 2 }))).toMatchObject({
      ok: false,
      field: "yearOfStudy",
    });
    expect(applyDecision(mentee({ yearOfStudy: 2 }))).toMatchObject({
      ok: false,
      field: "yearOfStudy",
      problem: /first-year/,
    });
  });
});

describe("withdrawProblem", () => {
  // Only the applicant: their own application is all the loader finds (applications-actions.test.ts).
  it("only while waiting", () => {
    expect(withdrawProblem({ status: "APPLIED" })).toBeNull();
    for (const status of ["ACTIVE", "DECLINED", "WITHDRAWN", "CANDIDATE"] as const)
      expect(withdrawProblem({ status })).toMatch(/already/);
  });
});

describe("parseLanguages", () => {
  it("splits on ; , and lines, trims, drops duplicates case-insensitively, keeps 8", () => {
    expect(parseLanguages(" German;english , English\nPersian ;; ")).toEqual(["German", "english", "Persian"]);
    expect(parseLanguages("")).toEqual([]);
    expect(parseLanguages(Array.from({ length: 12 }, (_, i) => `L${i}`).join(";"))).toHaveLength(8);
  });
});
