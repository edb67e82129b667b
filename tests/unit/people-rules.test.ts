import { describe, expect, it } from "vitest";
import { checkRow, checkRows, parseLanguages } from "@/lib/people/rules";
import { translator } from "@/lib/i18n/translate";

// Problems are catalog messages (roster.csv.rowProblem.*): read in English here.
const en = translator("en");

describe("CSV rows of students and mentor applicants", () => {
  it("reads a clean first-year row with attributes", () => {
    const c = checkRow(
      {
        name: " Sara  Ahmadi ",
        email: "Sara@Uni.EDU",
        year: "1",
        gender: "F",
        international: "yes",
        languages: "persian; English",
        dormitory: "",
      },
      2,
    );
    expect(c.problems).toEqual([]);
    expect(c.person).toMatchObject({
      name: "Sara Ahmadi",
      email: "sara@uni.edu",
      kind: "MENTEE",
      phase: null,
      yearOfStudy: 1,
      gender: "FEMALE",
      international: true,
      dormitory: false,
      languages: ["Persian", "English"],
    });
  });
  it("reads a mentor applicant, who needs a phase", () => {
    expect(
      checkRow({ name: "A", email: "a@x.io", role: "mentor", phase: "Clinical", year: "5" }, 2).person,
    ).toMatchObject({ kind: "MENTOR", phase: "CLINICAL" });
    expect(en.resolve(checkRow({ name: "A", email: "a@x.io", role: "mentor" }, 2).problems[0]!)).toMatch(
      /needs a phase/,
    );
  });
  it("names every problem of a bad row: bad email, unknown phase, year, gender", () => {
    const c = checkRow({ name: "", email: "not-an-email", phase: "surgical", year: "12", gender: "?" }, 7);
    expect(c.person).toBeNull();
    expect(c.problems.map(en.resolve).join(" ")).toMatch(/Name is missing/);
    expect(c.problems.map(en.resolve).join(" ")).toMatch(/not an email/);
    expect(c.problems.map(en.resolve).join(" ")).toMatch(/Unknown phase "surgical"/);
    expect(c.problems.map(en.resolve).join(" ")).toMatch(/1 to 8/);
    expect(c.problems.map(en.resolve).join(" ")).toMatch(/Unknown gender/);
  });
  it("flags duplicates within the file by email, with the line of the first", () => {
    const r = checkRows([
      { name: "A", email: "a@x.io" },
      { name: "B", email: "b@x.io" },
      { name: "A again", email: "A@x.io" },
    ]);
    expect(r.problemCount).toBe(1);
    expect(en.resolve(r.checks[2].problems[0]!)).toMatch(/Duplicate.*line 2/);
    expect(r.checks[2].line).toBe(4);
  });
  it("needs name and email columns and at least one row", () => {
    expect(en.resolve(checkRows([]).fileProblems[0]!)).toMatch(/no rows/);
    expect(
      checkRows([{ nom: "A", email: "a@x.io" }])
        .fileProblems.map(en.resolve)
        .join(" "),
    ).toMatch(/"name" column/);
  });
  it("splits languages on ; | / and de-duplicates", () => {
    expect(parseLanguages("english|English/ arabic")).toEqual(["English", "Arabic"]);
  });
});
