import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Gender } from "@/lib/people/rules";
import {
  criterionMet,
  type GroupMentee,
  type GroupPair,
  matchScore,
  type MatchWeights,
  roundMatrix,
  sameLanguage,
  suggestGroups,
  topCriterion,
} from "@/lib/pairing/rules/grouping";

function pair(id: string, extra: Partial<GroupPair> = {}): GroupPair {
  return {
    id,
    current: 0,
    capacity: 6,
    eligible: true,
    mentorUserIds: [`${id}-m1`, `${id}-m2`],
    languages: [],
    international: false,
    dormitory: false,
    genders: [],
    ...extra,
  };
}

function mentee(id: string, extra: Partial<GroupMentee> = {}): GroupMentee {
  return { id, userId: `u-${id}`, gender: "FEMALE", international: false, dormitory: false, languages: [], ...extra };
}

const W: MatchWeights = { language: 3, international: 2, dormitory: 1 };

function countBy(result: { menteeId: string; pairId: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of result) out[r.pairId] = (out[r.pairId] ?? 0) + 1;
  return out;
}

describe("languages", () => {
  it("compares languages with case and spacing aside", () => {
    expect(sameLanguage([" Persian "], ["persian"])).toBe(true);
    expect(sameLanguage(["KOREAN"], [" korean"])).toBe(true);
    expect(sameLanguage(["Persian"], ["Korean", "English"])).toBe(false);
    expect(sameLanguage([], ["Korean"])).toBe(false);
    expect(sameLanguage(["Korean"], [])).toBe(false);
  });

  it("a shared language is met when any one of the mentee's languages is the pair's", () => {
    const m = mentee("a", { international: true, languages: ["Persian", " English"] });
    expect(criterionMet("language", m, pair("p", { languages: ["english"] }))).toBe(true);
    expect(criterionMet("language", m, pair("p", { languages: ["Korean"] }))).toBe(false);
  });

  it("language does not apply to an international mentee without languages, nor to a local one", () => {
    const noLanguages = mentee("a", { international: true, languages: [] });
    expect(criterionMet("language", noLanguages, pair("p", { languages: ["Korean"] }))).toBeUndefined();
    const local = mentee("b", { international: false, languages: ["Korean"] });
    expect(criterionMet("language", local, pair("p", { languages: ["Korean"] }))).toBeUndefined();
  });

  it("international and dormitory are met by the pair's facts, and apply only to such mentees", () => {
    const m = mentee("a", { international: true, dormitory: true });
    expect(criterionMet("international", m, pair("p", { international: true }))).toBe(true);
    expect(criterionMet("international", m, pair("p", { international: false }))).toBe(false);
    expect(criterionMet("dormitory", m, pair("p", { dormitory: true }))).toBe(true);
    expect(criterionMet("dormitory", m, pair("p", { dormitory: false }))).toBe(false);
    const plain = mentee("b");
    expect(criterionMet("international", plain, pair("p", { international: true }))).toBeUndefined();
    expect(criterionMet("dormitory", plain, pair("p", { dormitory: true }))).toBeUndefined();
  });
});

describe("topCriterion", () => {
  const all = mentee("a", { international: true, dormitory: true, languages: ["Korean"] });

  it("is the highest-weighted criterion that applies, whatever the key order", () => {
    expect(topCriterion(all, { language: 3, international: 2, dormitory: 1 })).toBe("language");
    expect(topCriterion(all, { language: 1, international: 3, dormitory: 2 })).toBe("international");
    expect(topCriterion(all, { language: 1, international: 2, dormitory: 3 })).toBe("dormitory");
    expect(topCriterion(all, { language: 2, international: 1, dormitory: 3 })).toBe("dormitory");
  });

  it("skips criteria weighted zero", () => {
    expect(topCriterion(all, { language: 0, international: 0, dormitory: 1 })).toBe("dormitory");
    expect(topCriterion(all, { language: 0, international: 0, dormitory: 0 })).toBeNull();
  });

  it("skips criteria that do not apply to the mentee", () => {
    const noLanguages = mentee("b", { international: true, languages: [] });
    expect(topCriterion(noLanguages, { language: 3, international: 2, dormitory: 1 })).toBe("international");
    const dorm = mentee("c", { dormitory: true, languages: ["Korean"] });
    expect(topCriterion(dorm, { language: 3, international: 2, dormitory: 1 })).toBe("dormitory");
    expect(topCriterion(mentee("d"), W)).toBeNull();
  });
});

describe("matchScore", () => {
  const m = mentee("a", { international: true, dormitory: true, languages: ["Korean"] });

  it("adds the weight of each criterion met", () => {
    const all = pair("p", { languages: ["korean"], international: true, dormitory: true });
    expect(matchScore(m, all, W)).toBe(6);
    expect(matchScore(m, pair("p", { international: true }), W)).toBe(2);
    expect(matchScore(m, pair("p", { dormitory: true }), W)).toBe(1);
    expect(matchScore(m, pair("p"), W)).toBe(0);
  });

  it("counts only positive weights", () => {
    const all = pair("p", { languages: ["korean"], international: true, dormitory: true });
    expect(matchScore(m, all, { language: -2, international: 2, dormitory: 0 })).toBe(2);
  });
});

describe("suggestGroups: sizes", () => {
  it("ignores an over-full pair instead of counting its negative room", () => {
    const pairs = [pair("over", { current: 5, capacity: 3 }), pair("ok", { current: 0, capacity: 2 })];
    const result = suggestGroups(pairs, [mentee("a"), mentee("b")], W);
    expect(result).toEqual([
      { menteeId: "a", pairId: "ok" },
      { menteeId: "b", pairId: "ok" },
    ]);
  });

  it("ignores full and ineligible pairs", () => {
    const pairs = [pair("full", { current: 3, capacity: 3 }), pair("off", { eligible: false }), pair("ok")];
    const result = suggestGroups(pairs, [mentee("a")], W);
    expect(result).toEqual([{ menteeId: "a", pairId: "ok" }]);
  });

  it("gives each place to the group with the most free places (ties: pair order)", () => {
    const pairs = [pair("a", { current: 0, capacity: 4 }), pair("b", { current: 0, capacity: 2 })];
    expect(countBy(suggestGroups(pairs, [mentee("1"), mentee("2")], W))).toEqual({ a: 2 });
    // free places 4 and 2: a, a (3 > 2), a (tie 2 = 2 goes to pair order), then b (1 < 2)
    expect(countBy(suggestGroups(pairs, [mentee("1"), mentee("2"), mentee("3")], W))).toEqual({ a: 3 });
    expect(
      countBy(
        suggestGroups(
          pairs,
          ["1", "2", "3", "4"].map((id) => mentee(id)),
          W,
        ),
      ),
    ).toEqual({ a: 3, b: 1 });
    const equal = [pair("a", { capacity: 2 }), pair("b", { capacity: 2 })];
    expect(suggestGroups(equal, [mentee("1")], W)).toEqual([{ menteeId: "1", pairId: "a" }]);
  });

  it("fills the room and leaves the rest, the first ones in the given order placed", () => {
    const pairs = [pair("a", { capacity: 1 }), pair("b", { capacity: 1 })];
    const result = suggestGroups(pairs, [mentee("1"), mentee("2"), mentee("3")], W);
    expect(result.map((r) => r.menteeId).sort()).toEqual(["1", "2"]);
    expect(countBy(result)).toEqual({ a: 1, b: 1 });
  });

  it("places a mentee left over by self-mentoring in another group with room", () => {
    // the only place in "a" would be the mentor's own group
    const pairs = [pair("a", { capacity: 1, mentorUserIds: ["u-x"] }), pair("b", { capacity: 1 })];
    const result = suggestGroups(pairs, [mentee("x"), mentee("y")], W);
    expect(result).toContainEqual({ menteeId: "x", pairId: "b" });
    expect(result).toContainEqual({ menteeId: "y", pairId: "a" });
    expect(result).toHaveLength(2);
  });

  it("leaves unassigned a mentee whose only free place is their own group", () => {
    const pairs = [pair("a", { capacity: 1, mentorUserIds: ["u-x"] })];
    expect(suggestGroups(pairs, [mentee("x")], W)).toEqual([]);
  });
});

describe("suggestGroups: matching by swaps", () => {
  it("swaps two mentees of the same gender when that raises the match score", () => {
    const pairs = [pair("plain"), pair("kor", { languages: ["Korean"], international: true })];
    // the first placement (by gender and order) puts one international mentee in "plain"; a swap fixes it
    const ms = [
      mentee("intl", { international: true, languages: ["korean"] }),
      mentee("local"),
      mentee("intl2", { international: true, languages: ["Korean"] }),
      mentee("local2"),
    ];
    const result = suggestGroups(pairs, ms, W);
    const at = Object.fromEntries(result.map((r) => [r.menteeId, r.pairId]));
    expect(at).toEqual({ intl: "kor", intl2: "kor", local: "plain", local2: "plain" });
  });

  it("never swaps across genders (the split stays)", () => {
    const pairs = [pair("plain", { capacity: 1 }), pair("dorm", { capacity: 1, dormitory: true })];
    const ms = [mentee("m", { gender: "MALE" }), mentee("f", { gender: "FEMALE", dormitory: true })];
    const result = suggestGroups(pairs, ms, W);
    expect(result).toHaveLength(2);
    // each group keeps one mentee of each gender it was given; a swap would mix the split
    expect(new Set(result.map((r) => r.pairId))).toEqual(new Set(["plain", "dorm"]));
  });

  it("does not swap a mentee into the group they mentor", () => {
    const pairs = [pair("a", { capacity: 1 }), pair("b", { capacity: 1, dormitory: true, mentorUserIds: ["u-d"] })];
    const ms = [mentee("d", { dormitory: true }), mentee("e")];
    const result = suggestGroups(pairs, ms, W);
    expect(result).toContainEqual({ menteeId: "d", pairId: "a" });
    expect(result).toContainEqual({ menteeId: "e", pairId: "b" });
  });

  it("reaches the best total score on small cohorts (no same-gender swap improves it)", () => {
    const genders: Gender[] = ["FEMALE", "MALE"];
    const menteeArb = fc.record({
      gender: fc.constantFrom(...genders),
      international: fc.boolean(),
      dormitory: fc.boolean(),
      languages: fc.subarray(["Korean", "Persian"]),
    });
    const pairArb = fc.record({
      languages: fc.subarray(["korean", "persian"]),
      international: fc.boolean(),
      dormitory: fc.boolean(),
      capacity: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(pairArb, { minLength: 1, maxLength: 3 }),
        fc.array(menteeArb, { maxLength: 6 }),
        (ps, ms) => {
          const pairs = ps.map((p, i) => pair(`p${i}`, p));
          const mentees = ms.map((m, i) => mentee(`m${i}`, m));
          const result = suggestGroups(pairs, mentees, W);
          const byId = new Map(pairs.map((p) => [p.id, p]));
          const at = new Map(result.map((r) => [r.menteeId, r.pairId]));
          // capacity and uniqueness
          const counts = countBy(result);
          for (const p of pairs) expect(counts[p.id] ?? 0).toBeLessThanOrEqual(p.capacity);
          expect(at.size).toBe(result.length);
          const room = pairs.reduce((n, p) => n + p.capacity, 0);
          expect(result.length).toBe(Math.min(room, mentees.length));
          // local optimum under same-gender swaps
          const placed = mentees.filter((m) => at.has(m.id));
          for (const a of placed)
            for (const b of placed) {
              if (a.gender !== b.gender || at.get(a.id) === at.get(b.id)) continue;
              const pa = byId.get(at.get(a.id)!)!;
              const pb = byId.get(at.get(b.id)!)!;
              const gain = matchScore(a, pb, W) + matchScore(b, pa, W) - matchScore(a, pa, W) - matchScore(b, pb, W);
              expect(gain).toBeLessThanOrEqual(0);
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("roundMatrix", () => {
  it("rounds a known matrix keeping row and column sums", () => {
    // e = [[1.5, 1.5], [1.5, 1.5]]
    const m = roundMatrix([3, 3], [3, 3], 6);
    expect(m.map((r) => r.reduce((a, b) => a + b, 0))).toEqual([3, 3]);
    expect([m[0][0] + m[1][0], m[0][1] + m[1][1]]).toEqual([3, 3]);
    for (const row of m) for (const x of row) expect([1, 2]).toContain(x);
  });

  it("keeps whole cells as they are", () => {
    expect(roundMatrix([2, 4], [3, 3], 6)).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(roundMatrix([], [], 0)).toEqual([]);
    expect(roundMatrix([0, 0], [0], 0)).toEqual([[0], [0]]);
  });

  it("needs augmenting paths through given-back cells: sums kept and cells within one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
        (rows, weights) => {
          const total = rows.reduce((a, b) => a + b, 0);
          // split total into columns proportional to weights
          const wsum = weights.reduce((a, b) => a + b, 0);
          const cols = weights.map((w) => Math.floor((total * w) / wsum));
          cols[0] += total - cols.reduce((a, b) => a + b, 0);
          const m = roundMatrix(rows, cols, total);
          expect(m.map((r) => r.reduce((a, b) => a + b, 0))).toEqual(rows);
          expect(cols.map((_c, g) => m.reduce((a, r) => a + r[g], 0))).toEqual(cols);
          m.forEach((row, j) =>
            row.forEach((x, g) => {
              const e = total ? (rows[j] * cols[g]) / total : 0;
              expect(x).toBeGreaterThanOrEqual(Math.floor(e + 1e-9));
              expect(x).toBeLessThanOrEqual(Math.ceil(e - 1e-9));
            }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
