import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExamRow, checkExamRows, compareGroups, histogram, type RawRow } from "@/lib/outcomes/rules";
import { cohensD, describe as descriptives, mannWhitney, welch } from "@/lib/stats";

const good: RawRow = {
  email: "lena@example.org",
  exam: "Anatomy 1",
  date: "2026-06-15",
  score: "42",
  maximum: "60",
  passed: "pass",
};
const keys = (r: RawRow) => checkExamRow(r, 2).problems.map((p) => p.key);

describe("checkExamRow: one row of an exam-results CSV", () => {
  it("a good row has no problems and gives the parsed row, keeping the line and the email", () => {
    expect(checkExamRow(good, 7)).toEqual({
      line: 7,
      email: "lena@example.org",
      problems: [],
      row: {
        email: "lena@example.org",
        studentNumber: null,
        exam: "Anatomy 1",
        takenOn: "2026-06-15",
        score: 42,
        maximum: 60,
        passed: true,
      },
    });
  });

  it("trims every cell, lower-cases the email and collapses runs of white space in the exam name", () => {
    const c = checkExamRow(
      {
        email: "  Lena@Example.ORG ",
        exam: " Block \t 2   Anatomy ",
        date: " 2026-06-15 ",
        score: " 7 ",
        maximum: " 9 ",
        passed: " Fail ",
      },
      3,
    );
    expect(c.problems).toEqual([]);
    expect(c.email).toBe("lena@example.org");
    expect(c.row).toEqual({
      email: "lena@example.org",
      studentNumber: null,
      exam: "Block 2 Anatomy",
      takenOn: "2026-06-15",
      score: 7,
      maximum: 9,
      passed: false,
    });
  });

  it("reads the alternative column names", () => {
    const c = checkExamRow(
      { "student email": "a@b.co", block: "B1", "taken on": "2026-01-31", points: "5", max: "10", "pass/fail": "yes" },
      2,
    );
    expect(c.row).toEqual({
      email: "a@b.co",
      studentNumber: null,
      exam: "B1",
      takenOn: "2026-01-31",
      score: 5,
      maximum: 10,
      passed: true,
    });
    const d = checkExamRow(
      { "e-mail": "c@d.co", "exam/block": "B2", date: "2026-01-31", score: "1", "out of": "2", pass: "n" },
      2,
    );
    expect(d.row).toEqual({
      email: "c@d.co",
      studentNumber: null,
      exam: "B2",
      takenOn: "2026-01-31",
      score: 1,
      maximum: 2,
      passed: false,
    });
    const e = checkExamRow({ ...good, passed: undefined, result: "Passed" }, 2);
    expect(e.row?.passed).toBe(true);
  });

  it("the first present name wins, even when its cell is empty", () => {
    expect(checkExamRow({ ...good, "student email": "other@example.org" }, 2).email).toBe("lena@example.org");
    expect(keys({ ...good, email: "", "student email": "other@example.org" })).toEqual(["outcomes.problems.student"]);
  });

  it("a row with nothing in it has every problem, in order, and no row", () => {
    expect(checkExamRow({}, 4)).toEqual({
      line: 4,
      email: "",
      problems: [
        { key: "outcomes.problems.student" },
        { key: "outcomes.problems.exam" },
        { key: "outcomes.problems.date" },
        { key: "outcomes.problems.maximum" },
        { key: "outcomes.problems.score" },
        { key: "outcomes.problems.passed" },
      ],
      row: null,
    });
  });

  it("checks the email's shape", () => {
    for (const email of ["a@b.co", "first.last+tag@sub.example.org"]) expect(keys({ ...good, email })).toEqual([]);
    // an empty email (and no student number) names the missing student instead
    expect(keys({ ...good, email: "" })).toEqual(["outcomes.problems.student"]);
    for (const email of [
      "lena",
      "lena@example",
      "@example.org",
      "lena@.org",
      "lena@example.",
      "@a@b.co",
      "a@b.co@",
      "a@@b.co",
      "le na@example.org",
      "lena@exa mple.org",
      "lena@example.o rg",
    ])
      expect(keys({ ...good, email }), email).toEqual(["outcomes.problems.email"]);
    expect(keys({ ...good, email: "ab@cd.ef" })).toEqual([]);
  });

  it("needs an exam name of at most 100 characters", () => {
    expect(keys({ ...good, exam: "x".repeat(100) })).toEqual([]);
    expect(keys({ ...good, exam: "x".repeat(101) })).toEqual(["outcomes.problems.exam"]);
    expect(keys({ ...good, exam: "   " })).toEqual(["outcomes.problems.exam"]);
    expect(keys({ ...good, exam: undefined })).toEqual(["outcomes.problems.exam"]);
    expect(keys({ ...good, exam: "a" })).toEqual([]);
  });

  it("needs a real calendar date written YYYY-MM-DD", () => {
    for (const date of ["2026-01-01", "2024-02-29", "2026-12-31"]) expect(keys({ ...good, date }), date).toEqual([]);
    for (const date of [
      "",
      "2026-02-30",
      "2025-02-29",
      "2026-13-01",
      "2026-1-01",
      "2026-01-1",
      "26-01-01",
      "15/06/2026",
      "2026-06-15T10:00",
      "x2026-06-15",
      "abcd-ef-gh",
    ])
      expect(keys({ ...good, date }), date).toEqual(["outcomes.problems.date"]);
  });

  it("parses scores and maxima: integers, decimals with a point or a comma", () => {
    expect(checkExamRow({ ...good, score: "7,5", maximum: "10.25" }, 2).row).toMatchObject({
      score: 7.5,
      maximum: 10.25,
    });
    expect(checkExamRow({ ...good, score: "85", maximum: "100" }, 2).row).toMatchObject({ score: 85, maximum: 100 });
    expect(checkExamRow({ ...good, score: "0", maximum: "1" }, 2).row).toMatchObject({ score: 0, maximum: 1 });
    for (const score of ["", "abc", "x5", "5x", "5.", ".5", "1e2", "5 5", "1.2.3", "1;5", "+5"])
      expect(keys({ ...good, score }), score).toEqual(["outcomes.problems.score"]);
  });

  it("a maximum must be present and positive; a score between 0 and the maximum", () => {
    expect(keys({ ...good, maximum: "0" })).toEqual(["outcomes.problems.maximum"]);
    expect(keys({ ...good, maximum: "-5" })).toEqual(["outcomes.problems.maximum"]);
    expect(keys({ ...good, maximum: "-5", score: "3" })).toEqual(["outcomes.problems.maximum"]);
    expect(keys({ ...good, maximum: "0", score: "5" })).toEqual(["outcomes.problems.maximum"]);
    expect(keys({ ...good, maximum: "" })).toEqual(["outcomes.problems.maximum"]);
    expect(keys({ ...good, maximum: "", score: "5" })).toEqual(["outcomes.problems.maximum"]);
    expect(keys({ ...good, maximum: "0.5", score: "0.5" })).toEqual([]);
    expect(keys({ ...good, score: "60" })).toEqual([]);
    expect(keys({ ...good, score: "60.5" })).toEqual(["outcomes.problems.score"]);
    expect(keys({ ...good, score: "61" })).toEqual(["outcomes.problems.score"]);
    expect(keys({ ...good, score: "-1" })).toEqual(["outcomes.problems.score"]);
    expect(keys({ ...good, score: "-0,5" })).toEqual(["outcomes.problems.score"]);
    expect(keys({ ...good, score: "0" })).toEqual([]);
    expect(keys({ ...good, score: "1" })).toEqual([]);
    expect(keys({ ...good, maximum: "1", score: "1" })).toEqual([]);
  });

  it("every score from 0 to the maximum is accepted, every one above it refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2000 }), (maximum, score) => {
        const c = checkExamRow({ ...good, score: String(score), maximum: String(maximum) }, 2);
        if (score <= maximum) expect(c.row).toMatchObject({ score, maximum });
        else expect(c.problems).toEqual([{ key: "outcomes.problems.score" }]);
      }),
    );
  });

  it("knows the pass and fail words in any case, and nothing else", () => {
    for (const w of ["pass", "passed", "yes", "y", "true", "1", "PASS", "Yes"])
      expect(checkExamRow({ ...good, passed: w }, 2).row?.passed, w).toBe(true);
    for (const w of ["fail", "failed", "no", "n", "false", "0", "FAIL", "No"])
      expect(checkExamRow({ ...good, passed: w }, 2).row?.passed, w).toBe(false);
    for (const w of ["", "maybe", "ok", "2", "p", "f", "passes"])
      expect(keys({ ...good, passed: w }), w).toEqual(["outcomes.problems.passed"]);
    expect(keys({ ...good, passed: undefined })).toEqual(["outcomes.problems.passed"]);
  });
});

describe("checkExamRows: the whole file", () => {
  it("an empty file has only the noRows problem", () => {
    expect(checkExamRows([])).toEqual({ checks: [], fileProblems: [{ key: "outcomes.problems.noRows" }] });
  });

  it("names each required column the first row lacks", () => {
    expect(checkExamRows([good]).fileProblems).toEqual([]);
    const { fileProblems } = checkExamRows([{ exam: "B1", notes: "x" }]);
    expect(fileProblems).toEqual([
      { key: "outcomes.problems.studentColumn" },
      ...["date", "score", "maximum", "passed"].map((column) => ({
        key: "outcomes.problems.column",
        values: { column },
      })),
    ]);
    // a column present but empty still counts as present
    expect(checkExamRows([{ ...good, exam: "" }]).fileProblems).toEqual([]);
    expect(checkExamRows([{}]).fileProblems).toHaveLength(6);
  });

  it("numbers lines from 2 (the header is line 1), shifted by the offset of a later chunk", () => {
    const rows = [good, { ...good, exam: "B2" }, { ...good, exam: "B3" }];
    expect(checkExamRows(rows).checks.map((c) => c.line)).toEqual([2, 3, 4]);
    expect(checkExamRows(rows, 100).checks.map((c) => c.line)).toEqual([102, 103, 104]);
  });

  it("a second result for the same student and exam (any case, any spacing) is a duplicate of the first line", () => {
    const rows = [
      good,
      { ...good, exam: "B2" },
      { ...good, email: "LENA@example.org", exam: "anatomy   1", score: "50" },
      { ...good, email: "other@example.org" },
      { ...good, exam: "ANATOMY 1" },
    ];
    const { checks } = checkExamRows(rows);
    expect(checks.map((c) => c.row !== null)).toEqual([true, true, false, true, false]);
    expect(checks[2]!.problems).toEqual([{ key: "outcomes.problems.duplicate", values: { line: 2 } }]);
    expect(checks[4]!.problems).toEqual([{ key: "outcomes.problems.duplicate", values: { line: 2 } }]);
    expect(checks[0]!.row).toEqual(checkExamRow(good, 2).row);
  });

  it("a line kept out for its own problems does not make a later line a duplicate", () => {
    const { checks } = checkExamRows([{ ...good, score: "x" }, good]);
    expect(checks[0]!.problems).toEqual([{ key: "outcomes.problems.score" }]);
    expect(checks[1]!.problems).toEqual([]);
    expect(checks[1]!.row).not.toBeNull();
  });

  it("exam names that only match after upper-casing (ß and ss) are different exams", () => {
    const { checks } = checkExamRows([
      { ...good, exam: "Straße" },
      { ...good, exam: "Strasse" },
    ]);
    expect(checks.map((c) => c.problems)).toEqual([[], []]);
  });

  it("property: exactly the first result of each (student, exam) pair is kept", () => {
    const row = fc.record({ who: fc.constantFrom("a", "b", "c"), exam: fc.constantFrom("X", "x", "Y") });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (picked) => {
        const rows = picked.map((p) => ({ ...good, email: `${p.who}@example.org`, exam: p.exam }));
        const { checks } = checkExamRows(rows);
        const firstLine = new Map<string, number>();
        picked.forEach((p, i) => {
          const k = `${p.who}|${p.exam.toLowerCase()}`;
          const first = firstLine.get(k);
          if (first === undefined) {
            firstLine.set(k, i + 2);
            expect(checks[i]!.row).not.toBeNull();
          } else expect(checks[i]!.problems).toEqual([{ key: "outcomes.problems.duplicate", values: { line: first } }]);
        });
      }),
    );
  });
});

describe("histogram", () => {
  it("has ten empty bins for no scores", () => {
    expect(histogram([])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("puts each score in its bin of 10 points; 100 (and above) in the last, below 0 in the first", () => {
    expect(histogram([0, 9.99, 10, 19, 45, 89.9, 90, 99, 100, 120, -5])).toEqual([3, 2, 0, 0, 1, 0, 0, 0, 1, 4]);
    expect(histogram([55, 55, 55])).toEqual([0, 0, 0, 0, 0, 3, 0, 0, 0, 0]);
  });

  it("property: counts every score once, in bin floor(s/10)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 99.99, noNaN: true })), (scores) => {
        const bins = histogram(scores);
        expect(bins).toHaveLength(10);
        expect(bins.reduce((a, b) => a + b, 0)).toBe(scores.length);
        for (let b = 0; b < 10; b++) expect(bins[b]).toBe(scores.filter((s) => Math.floor(s / 10) === b).length);
      }),
    );
  });
});

describe("compareGroups", () => {
  const five = [50, 52, 55, 58, 59];
  const group = (scores: number[], passed: number) => ({ scores, passed });

  it("is suppressed unless both groups have at least the minimum number of results", () => {
    expect(compareGroups(group(five.slice(0, 4), 4), group(five, 5))).toEqual({ suppressed: true });
    expect(compareGroups(group(five, 5), group(five.slice(0, 4), 4))).toEqual({ suppressed: true });
    expect(compareGroups(group([], 0), group([], 0))).toEqual({ suppressed: true });
    expect(compareGroups(group(five, 5), group(five, 5)).suppressed).toBe(false);
    expect(compareGroups(group(five.slice(0, 3), 3), group(five.slice(0, 3), 3), 3).suppressed).toBe(false);
    expect(compareGroups(group(five, 5), group(five, 5), 6)).toEqual({ suppressed: true });
  });

  it("gives each side's descriptives, pass rate and histogram with bins under the minimum hidden", () => {
    const mentees = [91, 92, 93, 94, 95, 96, 40, 12];
    const notDrawn = [50, 52, 55, 58, 59, 61];
    const r = compareGroups(group(mentees, 6), group(notDrawn, 3));
    expect(r).toEqual({
      suppressed: false,
      mentees: {
        ...descriptives(mentees),
        passRate: 0.75,
        histogram: [0, null, 0, 0, null, 0, 0, 0, 0, 6],
      },
      notDrawn: {
        ...descriptives(notDrawn),
        passRate: 0.5,
        histogram: [0, 0, 0, 0, 0, 5, null, 0, 0, 0],
      },
      welch: welch(mentees, notDrawn),
      mannWhitney: mannWhitney(mentees, notDrawn),
      cohensD: cohensD(mentees, notDrawn),
    });
    expect(r.suppressed === false && r.mentees.n).toBe(8);
    expect(r.suppressed === false && r.welch).not.toBeNull();
  });

  it("uses the given minimum for the histogram too", () => {
    const r = compareGroups(group([10, 11, 12, 50], 4), group([10, 11, 12, 50], 0), 3);
    if (r.suppressed) throw new Error("expected a comparison");
    expect(r.mentees.histogram).toEqual([0, 3, 0, 0, 0, null, 0, 0, 0, 0]);
    expect(r.mentees.passRate).toBe(1);
    expect(r.notDrawn.passRate).toBe(0);
  });
});
