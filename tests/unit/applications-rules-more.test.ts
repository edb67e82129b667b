import { describe, expect, it } from "vitest";
import { type ApplyCheck, applyDecision, parseLanguages } from "@/lib/applications/rules";

const open = { status: "ACTIVE" as const, applicationsOpen: true };
const mentor = (extra: Partial<ApplyCheck> = {}): ApplyCheck => ({
  cohort: open,
  role: "MENTOR",
  existing: [],
  yearOfStudy: 3,
  phase: "PRECLINICAL",
  ...extra,
});
const mentee = (extra: Partial<ApplyCheck> = {}): ApplyCheck => ({
  cohort: open,
  role: "MENTEE",
  existing: [],
  yearOfStudy: 1,
  ...extra,
});

describe("applyDecision: each refusal in full", () => {
  it("a cohort not taking applications", () => {
    expect(applyDecision(mentor({ cohort: { status: "ACTIVE", applicationsOpen: false } }))).toEqual({
      ok: false,
      problem: "This cohort is not taking applications.",
    });
  });

  it("staff of the cohort", () => {
    for (const role of ["COORDINATOR", "SUPERVISOR", "ROLE_MODEL"] as const)
      expect(applyDecision(mentee({ existing: [{ role, status: "ACTIVE" }] }))).toEqual({
        ok: false,
        problem: "You already have a role in this cohort.",
      });
  });

  it("mentor and mentee of one cohort, each way with its own message", () => {
    expect(applyDecision(mentor({ existing: [{ role: "MENTEE", status: "APPLIED" }] }))).toEqual({
      ok: false,
      problem: "You are a mentee (or applied to be one) in this cohort: you cannot also mentor in it.",
    });
    expect(applyDecision(mentee({ existing: [{ role: "MENTOR", status: "ACTIVE" }] }))).toEqual({
      ok: false,
      problem: "You mentor (or applied to mentor) in this cohort: you cannot also be mentored in it.",
    });
  });

  it("a mentor without a phase, a mentee not in the first year", () => {
    expect(applyDecision(mentor({ phase: null }))).toEqual({
      ok: false,
      problem: "Choose your phase.",
      field: "phase",
    });
    expect(applyDecision(mentee({ yearOfStudy: 2 }))).toEqual({
      ok: false,
      problem: "Mentees are first-year students.",
      field: "yearOfStudy",
    });
  });

  it("only a mentee CANDIDATE volunteers; a mentor with any membership as mentor has applied", () => {
    expect(applyDecision(mentee({ existing: [{ role: "MENTEE", status: "CANDIDATE" }] }))).toEqual({
      ok: true,
      mode: "volunteer",
    });
    for (const status of ["CANDIDATE", "WITHDRAWN", "DECLINED"] as const)
      expect(applyDecision(mentor({ existing: [{ role: "MENTOR", status }] }))).toEqual({
        ok: false,
        problem: "You have already applied.",
      });
  });
});

describe("parseLanguages", () => {
  it("collapses inner runs of spaces to one", () => {
    expect(parseLanguages("Old   Church\tSlavonic; Korean")).toEqual(["Old Church Slavonic", "Korean"]);
    expect(parseLanguages("Sign  language\nsign language")).toEqual(["Sign language"]);
  });
});
