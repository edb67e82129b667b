/** Issue 13, item 5: results per pair (group), cells of MIN_CELL (decision 091). */
import { describe, expect, it } from "vitest";
import { MIN_CELL, pairSplitApplies, valuesByPair } from "@/lib/surveys/rules";

const pairs = [
  { id: "p1", label: "Group 1" },
  { id: "p2", label: "Group 2" },
  { id: "p3", label: "Group 3" },
];

describe("pairSplitApplies", () => {
  it("splits surveys for everyone or for mentees, never mentors-only surveys or feedback on mentors", () => {
    expect(pairSplitApplies({ audience: "EVERYONE", aboutMentors: false })).toBe(true);
    expect(pairSplitApplies({ audience: "MENTEES", aboutMentors: false })).toBe(true);
    expect(pairSplitApplies({ audience: "MENTORS", aboutMentors: false })).toBe(false);
    expect(pairSplitApplies({ audience: "MENTEES", aboutMentors: true })).toBe(false);
    expect(pairSplitApplies({ audience: "EVERYONE", aboutMentors: true })).toBe(false);
  });
});

describe("valuesByPair", () => {
  it("puts each answer in its respondent's pair; a pair at MIN_CELL answers is shown, below it has no values", () => {
    expect(MIN_CELL).toBe(5);
    const answers = [
      ...[4, 5, 3, 4, 4].map((value) => ({ pairId: "p1", value })), // exactly 5: shown
      ...[2, 3, 5, 1].map((value) => ({ pairId: "p2", value })), // 4: suppressed
      { pairId: null, value: 1 }, // in no pair: in no cell
    ];
    const out = valuesByPair(pairs, answers);
    expect(out).toEqual([
      { pair: pairs[0], values: [4, 5, 3, 4, 4] },
      { pair: pairs[1], values: null },
      { pair: pairs[2], values: null }, // nobody answered: a cell all the same, suppressed
    ]);
  });

  it("keeps the order of the pairs given, ignores answers of pairs not listed, and takes another threshold", () => {
    const answers = [
      { pairId: "p3", value: 2 },
      { pairId: "p3", value: 4 },
      { pairId: "p3", value: 3 },
      { pairId: "other", value: 5 },
    ];
    const out = valuesByPair([pairs[2], pairs[0]], answers, (n) => n >= 3);
    expect(out).toEqual([
      { pair: pairs[2], values: [2, 4, 3] },
      { pair: pairs[0], values: null },
    ]);
    expect(valuesByPair([], answers)).toEqual([]);
  });

  it("a suppressed cell carries no value at all (nothing a page could print)", () => {
    const out = valuesByPair(
      pairs.slice(0, 1),
      [1, 2, 3, 4].map((value) => ({ pairId: "p1", value })),
    );
    expect(JSON.stringify(out)).not.toMatch(/"values":\[/);
  });
});
