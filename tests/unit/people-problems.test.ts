import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import {
  groupMessage,
  groupProblems,
  lineRanges,
  problemKind,
  rangesText,
  summariseProblems,
  type ProblemGroup,
} from "@/lib/people/problems";
import { checkRows } from "@/lib/people/rules";

// The groups' sentences are the catalog's (roster.csv.problemGroup.*): read in English here.
const en = translator("en");
const say = (m: ReturnType<typeof groupMessage>) => en.t(`roster.csv.${m.key}`, m.values);
const summary = (g: ProblemGroup) => say(groupMessage(g));
const compressLines = (lines: number[], max?: number) => rangesText(lineRanges(lines, max));

describe("lineRanges and rangesText", () => {
  it("ranges of consecutive lines, sorted, each line once", () => {
    expect(compressLines([2, 3, 4, 7, 9, 10])).toBe("2-4, 7, 9-10");
    expect(compressLines([10, 2, 3, 3])).toBe("2-3, 10");
    expect(compressLines([5])).toBe("5");
    expect(lineRanges([1, 3, 5, 7], 2)).toEqual({
      ranges: [
        [1, 1],
        [3, 3],
      ],
      more: 2,
    });
    expect(say(groupMessage({ kind: "nameMissing", count: 4, lines: lineRanges([1, 3, 5, 7], 2) }))).toBe(
      "4 rows have no name: lines 1, 3, and 2 more lines",
    );
    expect(rangesText(lineRanges([2, 3, 10])), "the reader's digits").toBe("2-3, 10");
    const fa = translator("fa");
    const num = (n: number) => new Intl.NumberFormat("fa-IR", { useGrouping: false }).format(n);
    const m = groupMessage(
      { kind: "nameMissing", count: 151, lines: lineRanges(Array.from({ length: 151 }, (_, i) => i + 2)) },
      num,
    );
    expect(fa.t(`roster.csv.${m.key}`, m.values)).toBe("۱۵۱ ردیف نام ندارد: خط‌های ۲-۱۵۲");
  });

  it("expanding the ranges gives the distinct lines back", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 500 }), { maxLength: 200 }), (lines) => {
        const text = compressLines(lines, Infinity);
        const back = text
          ? text.split(", ").flatMap((r: string) => {
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
  it("knows every problem checkRows writes, from its code", () => {
    const { checks } = checkRows([
      { name: "", email: "" },
      { name: "x".repeat(121), email: "no-at", role: "boss", phase: "surgical", year: "9", gender: "?" },
      { name: "A", email: "a@x.io", role: "mentor", "student number": "#1", international: "maybe", dormitory: "?" },
      { name: "B", email: "a@x.io" },
      { name: "C", email: "c@x.io", "student number": "7" },
      { name: "D", email: "d@x.io", "student number": "7" },
    ]);
    const kinds = checks.flatMap((c) => c.problems.map(problemKind));
    expect(checks.flatMap((c) => c.problems.map((p) => p.key))).toEqual(kinds.map((k) => `roster.csv.rowProblem.${k}`));
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
    expect(groups.map(summary)).toEqual([
      "151 rows have no name: lines 2-152",
      "1 row has an email that is not an email address: line 153",
    ]);
    expect(groups[0].examples.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(groups[0].examples[0]).toMatchObject({ email: "s0@uni.test" });
    expect(en.resolve(groups[0].examples[0].problem)).toBe("Name is missing.");
    expect(en.resolve(groups[1].examples[0].problem)).toBe('"broken" is not an email address.');
    expect(summariseProblems(groups, say)).toBe(
      "151 rows have no name: lines 2-152; 1 row has an email that is not an email address: line 153",
    );
  });

  it("a chunk's lines are the file's (offset)", () => {
    const { checks } = checkRows([{ name: "", email: "a@x.io" }], "MENTEE", 1000);
    expect(summary(groupProblems(checks)[0])).toBe("1 row has no name: line 1002");
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

describe("row problems in Persian and Korean", () => {
  it("the catalog's sentence, the reader's digits, the cell's text isolated from the Persian around it", () => {
    const fa = translator("fa");
    const ko = translator("ko");
    const rows = Array.from({ length: 1233 }, (_, i) => ({ name: `P${i}`, email: `p${i}@x.io` }));
    rows.push({ name: "Bo", email: "p3@x.io" }, { name: "", email: "a@b@c.de" });
    const { checks } = checkRows(rows);
    const [dup, bad] = checks.slice(-2);
    expect(fa.resolve(dup!.problems[0]!)).toBe("تکراری: همین ایمیل در خط ۵ آمده است.");
    expect(fa.resolve(bad!.problems[0]!)).toBe("نام وارد نشده است.");
    expect(fa.resolve(bad!.problems[1]!)).toBe("«\u2068a@b@c.de\u2069» نشانی ایمیل نیست.");
    expect(ko.resolve(dup!.problems[0]!)).toBe("중복: 같은 이메일이 5번째 줄에 있습니다.");
    // a line past 999 without a thousands separator
    const late = checkRows([...rows.slice(0, 1233), { name: "Late", email: "p1200@x.io" }]).checks.at(-1)!;
    expect(en.resolve(late.problems[0]!)).toBe("Duplicate: the same email is on line 1202.");
    expect(fa.resolve(late.problems[0]!)).toBe("تکراری: همین ایمیل در خط ۱۲۰۲ آمده است.");
    const file = checkRows([{ nom: "A", email: "a@x.io" }]).fileProblems;
    expect(fa.resolve(file[0]!)).toBe("فایل به ستون «\u2068name\u2069» نیاز دارد.");
  });
});
