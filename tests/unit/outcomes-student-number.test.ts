import { describe, expect, it } from "vitest";
import { checkExamRow, checkExamRows, studentKey, unmatched } from "@/lib/outcomes/rules";
import { checkRow, checkRows } from "@/lib/people/rules";
import { translator } from "@/lib/i18n/translate";

const en = translator("en");

const base = { exam: "Block 1", date: "2026-12-10", score: "70", maximum: "100", passed: "pass" };

describe("exam rows keyed by student number", () => {
  it("takes the number when there is no email (spaces removed, upper-cased); the email wins when both", () => {
    expect(checkExamRow({ ...base, "student number": " s 2026 0001 " }, 2).row).toMatchObject({
      email: null,
      studentNumber: "S20260001",
    });
    expect(checkExamRow({ ...base, email: "A@uni.example", "student id": "1" }, 2).row).toMatchObject({
      email: "a@uni.example",
      studentNumber: null,
    });
  });
  it("a row with neither, or a malformed number, is a problem of its line", () => {
    expect(checkExamRow({ ...base, "student number": "" }, 3).problems).toEqual([{ key: "outcomes.problems.student" }]);
    expect(checkExamRow({ ...base, "student number": "12;DROP" }, 3).problems).toEqual([
      { key: "outcomes.problems.studentNumber" },
    ]);
  });
  it("the same number and exam twice is a duplicate; unknown numbers are gathered, not listed by line", () => {
    const { checks } = checkExamRows([
      { ...base, "student number": "1" },
      { ...base, "student number": "1" },
      { ...base, "student number": "2" },
      { ...base, "student number": "3" },
    ]);
    expect(checks[1].problems).toEqual([{ key: "outcomes.problems.duplicate", values: { line: 2 } }]);
    const unknown = unmatched(checks, new Set([studentKey({ email: null, studentNumber: "1" })]));
    expect(unknown).toEqual([
      { number: "2", line: 4 },
      { number: "3", line: 5 },
    ]);
    expect(checks.filter((c) => c.row).length).toBe(1);
    expect(checks[3].problems).toEqual([]);
  });
  it("the file needs an email or a student number column", () => {
    expect(checkExamRows([{ ...base, name: "x" }]).fileProblems).toEqual([{ key: "outcomes.problems.studentColumn" }]);
    expect(checkExamRows([{ ...base, "student no": "5" }]).fileProblems).toEqual([]);
  });
});

describe("the people import carries the student number", () => {
  it("stores it upper-cased without spaces; refuses a malformed one; a number twice in the file is a duplicate", () => {
    const row = { name: "Ana", email: "ana@uni.example", "student number": "s-2026 7" };
    expect(checkRow(row, 2).person?.studentNumber).toBe("S-20267");
    expect(checkRow({ ...row, "student number": "" }, 2).person?.studentNumber).toBeNull();
    expect(checkRow({ ...row, "student number": "a,b" }, 2).person).toBeNull();
    const { checks } = checkRows([row, { ...row, email: "bo@uni.example", name: "Bo" }]);
    expect(checks[1].problems.map(en.resolve)).toEqual(["Duplicate: the same student number is on line 2."]);
  });
});
