import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Gender } from "@/lib/people/rules";
import { balanceReport } from "@/lib/pairing/rules/balance";
import {
  criterionMet,
  matchScore,
  roundMatrix,
  suggestGroups,
  topCriterion,
  type GroupMentee,
  type GroupPair,
} from "@/lib/pairing/rules/grouping";

const pair = (id: string, data: Partial<GroupPair> = {}): GroupPair => ({
  id,
  current: 0,
  capacity: 6,
  eligible: true,
  mentorUserIds: [`u-${id}-c`, `u-${id}-p`],
  languages: [],
  international: false,
  dormitory: false,
  genders: ["FEMALE", "MALE"],
  ...data,
});
const mentee = (id: string, gender: Gender, data: Partial<GroupMentee> = {}): GroupMentee => ({
  id,
  userId: `u-${id}`,
  gender,
  international: false,
  dormitory: false,
  languages: [],
  ...data,
});

describe("suggest groups", () => {
  it("puts 36 mentees (18 female) into 6 groups of 6 with 3 women each", () => {
    const pairs = Array.from({ length: 6 }, (_, i) => pair(`p${i}`));
    const mentees = Array.from({ length: 36 }, (_, i) => mentee(`m${i}`, i % 2 ? "MALE" : "FEMALE"));
    const placed = suggestGroups(pairs, mentees);
    const report = balanceReport(
      pairs.map((p) => ({ ...p, label: p.id })),
      placed,
      mentees,
    );
    expect(report.rows.map((r) => [r.size, r.female])).toEqual(Array.from({ length: 6 }, () => [6, 3]));
  });
  it("matches an international mentee with a pair that shares their language, keeping the gender split", () => {
    const pairs = [pair("a"), pair("b", { languages: ["Arabic"], international: true })];
    const mentees = [
      mentee("x", "FEMALE", { international: true, languages: ["Arabic"] }),
      mentee("y", "FEMALE"),
      mentee("z", "MALE"),
      mentee("w", "MALE"),
    ];
    const placed = suggestGroups(pairs, mentees);
    expect(placed.find((p) => p.menteeId === "x")?.pairId).toBe("b");
    const report = balanceReport(
      pairs.map((p) => ({ ...p, label: p.id })),
      placed,
      mentees,
    );
    expect(report.rows.map((r) => r.female)).toEqual([1, 1]);
    expect(report.topCriterionShare).toBe(1);
  });
  it("skips pairs whose mentors are untrained, and never puts someone in the group they mentor", () => {
    const pairs = [pair("a", { eligible: false }), pair("b", { mentorUserIds: ["u-m1", "other"] }), pair("c")];
    const placed = suggestGroups(pairs, [mentee("m1", "FEMALE")]);
    expect(placed).toEqual([{ menteeId: "m1", pairId: "c" }]);
  });
});

describe("controlled rounding of the gender quota per group", () => {
  it("keeps row and column sums and rounds every cell down or up", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat(20), { minLength: 1, maxLength: 4 }),
        (rows, colsRaw) => {
          const total = rows.reduce((a, b) => a + b, 0);
          // columns that add up to the same total
          const sum = colsRaw.reduce((a, b) => a + b, 0) || 1;
          const cols = colsRaw.map((c) => Math.floor((c * total) / sum));
          cols[0] += total - cols.reduce((a, b) => a + b, 0);
          const m = roundMatrix(rows, cols, total);
          return (
            m.every((row, j) => row.reduce((a, b) => a + b, 0) === rows[j]) &&
            cols.every((c, g) => m.reduce((a, row) => a + row[g], 0) === c) &&
            m.every((row, j) => row.every((x, g) => Math.abs(x - (total ? (rows[j] * cols[g]) / total : 0)) < 1))
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------- properties (fast-check)

const genderArb = fc.constantFrom<Gender>("FEMALE", "MALE", "OTHER", "UNDISCLOSED");
const menteesArb = fc
  .array(
    fc.record({
      gender: genderArb,
      international: fc.boolean(),
      dormitory: fc.boolean(),
      languages: fc.subarray(["English", "Arabic", "Persian", "Korean"]),
    }),
    { maxLength: 80 },
  )
  .map((ms) => ms.map((m, i) => ({ id: `m${i}`, userId: `u${i}`, ...m })));
const pairsArb = fc
  .array(
    fc.record({
      current: fc.nat(6),
      capacity: fc.integer({ min: 1, max: 8 }),
      eligible: fc.boolean(),
      languages: fc.subarray(["English", "Arabic", "Persian"]),
      international: fc.boolean(),
      dormitory: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((ps) =>
    ps.map((p, i) => ({
      ...p,
      id: `p${i}`,
      current: Math.min(p.current, p.capacity),
      mentorUserIds: [`u${i * 7}`],
      genders: [] as Gender[],
    })),
  );

describe("grouping properties", () => {
  it("never exceeds a group's capacity, places each mentee at most once, only in eligible groups, never with themselves", () => {
    fc.assert(
      fc.property(pairsArb, menteesArb, (pairs, mentees) => {
        const placed = suggestGroups(pairs, mentees);
        const byPair = new Map<string, number>();
        for (const p of placed) byPair.set(p.pairId, (byPair.get(p.pairId) ?? 0) + 1);
        for (const p of pairs) {
          const added = byPair.get(p.id) ?? 0;
          if (p.current + added > p.capacity) return false;
          if (!p.eligible && added > 0) return false;
        }
        if (new Set(placed.map((p) => p.menteeId)).size !== placed.length) return false;
        const pairById = new Map(pairs.map((p) => [p.id, p]));
        const menteeById = new Map(mentees.map((m) => [m.id, m]));
        return placed.every((p) => !pairById.get(p.pairId)!.mentorUserIds.includes(menteeById.get(p.menteeId)!.userId));
      }),
      { numRuns: 300 },
    );
  });

  it("places every mentee when there is room (nobody mentors themselves here)", () => {
    fc.assert(
      fc.property(pairsArb, menteesArb, (pairs, mentees) => {
        const safePairs = pairs.map((p) => ({ ...p, mentorUserIds: [`mentor-${p.id}`] }));
        const room = safePairs.filter((p) => p.eligible).reduce((n, p) => n + p.capacity - p.current, 0);
        const placed = suggestGroups(safePairs, mentees);
        return placed.length === Math.min(room, mentees.length);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps each group's gender split within one of the cohort's split (empty groups of equal size)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 8 }), menteesArb, (k, size, mentees) => {
        const pairs = Array.from({ length: k }, (_, i) =>
          pair(`p${i}`, { capacity: size, mentorUserIds: [`mentor-${i}`] }),
        );
        const placed = suggestGroups(pairs, mentees);
        const menteeById = new Map(mentees.map((m) => [m.id, m]));
        const total = placed.length;
        if (total === 0) return true;
        for (const g of ["FEMALE", "MALE"] as Gender[]) {
          const share = placed.filter((p) => menteeById.get(p.menteeId)!.gender === g).length / total;
          for (const p of pairs) {
            const members = placed.filter((x) => x.pairId === p.id);
            const count = members.filter((x) => menteeById.get(x.menteeId)!.gender === g).length;
            if (Math.abs(count - members.length * share) > 1 + 1e-9) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe("matching criteria", () => {
  const w = { language: 3, international: 2, dormitory: 1 };
  it("a shared language counts for international mentees only, case aside", () => {
    const intl = mentee("x", "FEMALE", { international: true, languages: ["arabic "] });
    const local = mentee("y", "FEMALE", { languages: ["Arabic"] });
    const p = pair("p", { languages: ["Arabic"] });
    expect(criterionMet("language", intl, p)).toBe(true);
    expect(criterionMet("language", local, p)).toBeUndefined();
    expect(topCriterion(intl, w)).toBe("language");
    expect(topCriterion(local, w)).toBeNull();
    expect(topCriterion(intl, { ...w, language: 0 })).toBe("international");
  });
  it("scores the weights of the criteria a pair meets", () => {
    const m = mentee("x", "MALE", { international: true, dormitory: true, languages: ["Korean"] });
    expect(matchScore(m, pair("a"), w)).toBe(0);
    expect(matchScore(m, pair("b", { international: true, dormitory: true }), w)).toBe(3);
    expect(matchScore(m, pair("c", { languages: ["Korean"], international: true, dormitory: true }), w)).toBe(6);
  });
});
