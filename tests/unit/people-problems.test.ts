import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compressLines, groupProblems, problemKind, summariseProblems } from "@/lib/people/problems";
import { checkRows } from "@/lib/people/rules";

describe("compressLines", () => {
  it("ranges of consecutive lines, sorted, each line once", () => {
    expect(compressLines([2, 3, 4, 7, 9, 10])).toBe("2-4, 7, 9-10");
    expect(compressLines([10, 2, 3, 3])).toBe("2-3, 10");
    expect(compressLines([5])).toBe("5");
    expect(compressLines([1, 3, 5, 7], 2)).toBe("1, 3, and 2 more lines");
  });

  it("expanding the ranges gives the distinct lines back", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 500 }), { maxLength: 200 }), (lines) => {
        const text = compressLines(lines, Infinity);
        const back = text
          ? text.split(", ").flatMap((r) => {
              const [a, b = a] = r.split("-").map(Number);
              return Array.from({ length: b - a + 1 }, (_, i) => a + i);
            })
          : [];
        expect(back).toEqual([...new Set(lines)].sort((x, y) => x - y));
      }),
    );
  });
});

describe("problemKind", () => {
  it("knows every sentence checkRows writes", () => {
    const { checks } = checkRows([
      { name: "", email: "" },
      { name: "x".repeat(121), email: "no-at", role: "boss", phase: "surgical", year: "9", gender: "?" },
      { name: "A", email: "a@x.io", role: "mentor", "student number": "#1", international: "maybe", dormitory: "?" },
      { name: "B", email: "a@x.io" },
      { name: "C", email: "c@x.io", "student number": "7" },
      { name: "D", email: "d@x.io", "student number": "7" },
    ]);
    const kinds = checks.flatMap((c) => c.problems.map(problemKind));
    expect(kinds).not.toContain("other");
    // every kind but numberTaken (the import action's, from the database)
    expect(new Set(kinds).size).toBe(14);
  });
});

describe("groupProblems", () => {
  it('"151 rows have no name: lines 2-152", with the first three shown', () => {
    const rows = Array.from({ length: 151 }, (_, i) => ({ name: "", email: `s${i}@uni.test` }));
    rows.push({ name: "Bo", email: "broken" });
    const { checks } = checkRows(rows);
    const groups = groupProblems(checks.filter((c) => c.problems.length));
    expect(groups.map((g) => g.summary)).toEqual([
      "151 rows have no name: lines 2-152",
      "1 row has an email that is not an email address: line 153",
    ]);
    expect(groups[0].examples.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(groups[0].examples[0]).toMatchObject({ email: "s0@uni.test", problem: "Name is missing." });
    expect(groups[1].examples[0].problem).toBe('"broken" is not an email address.');
    expect(summariseProblems(groups)).toBe(
      "151 rows have no name: lines 2-152; 1 row has an email that is not an email address: line 153",
    );
  });

  it("a chunk's lines are the file's (offset)", () => {
    const { checks } = checkRows([{ name: "", email: "a@x.io" }], "MENTEE", 1000);
    expect(groupProblems(checks)[0].summary).toBe("1 row has no name: line 1002");
  });

  it("counts each row once per kind; the counts add up to the rows with problems", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.constantFrom("", "Sara"), email: fc.constantFrom("", "x", "a@x.io") }), {
          maxLength: 60,
        }),
        (rows) => {
          const bad = checkRows(rows).checks.filter((c) => c.problems.length);
          const groups = groupProblems(bad);
          const byKind = bad.flatMap((c) => [...new Set(c.problems.map(problemKind))]).length;
          expect(groups.reduce((n, g) => n + g.count, 0)).toBe(byKind);
          for (const g of groups) expect(g.examples.length).toBe(Math.min(3, g.count));
        },
      ),
    );
  });
});
