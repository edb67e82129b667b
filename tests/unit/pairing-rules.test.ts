import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assignmentProblem,
  balanceReport,
  drawMentees,
  drawProblem,
  isTrained,
  pairProblem,
  roundMatrix,
  suggestGroups,
  suggestPairs,
  type Gender,
  type GroupMentee,
  type GroupPair,
} from "@/lib/pairing/rules";

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

describe("the random mentee draw", () => {
  const pool = Array.from({ length: 150 }, (_, i) => `s${String(i).padStart(3, "0")}`);
  it("is reproducible from the seed and draws distinct candidates", () => {
    const a = drawMentees(pool, 36, "seed-1");
    expect(a).toHaveLength(36);
    expect(new Set(a).size).toBe(36);
    expect(drawMentees(pool, 36, "seed-1")).toEqual(a);
    expect(drawMentees(pool, 36, "seed-2")).not.toEqual(a);
    expect(drawMentees(pool.slice(0, 10), 36, "x")).toHaveLength(10);
  });
  it("is drawn once, from a pool big enough", () => {
    expect(drawProblem({ alreadyDrawn: true, pool: 150, count: 36 })).toMatch(/already/);
    expect(drawProblem({ alreadyDrawn: false, pool: 20, count: 36 })).toMatch(/Only 20/);
    expect(drawProblem({ alreadyDrawn: false, pool: 0, count: 1 })).toMatch(/import/);
    expect(drawProblem({ alreadyDrawn: false, pool: 150, count: 36 })).toBeNull();
  });
});

describe("mentor pairs and training", () => {
  const c = { id: "c", userId: "u1", phase: "CLINICAL" as const, status: "ACTIVE" };
  const p = { id: "p", userId: "u2", phase: "PRECLINICAL" as const, status: "ACTIVE" };
  it("is exactly one clinical and one preclinical accepted mentor, two people", () => {
    expect(pairProblem(c, p)).toBeNull();
    expect(pairProblem(p, c)).toMatch(/clinical/);
    expect(pairProblem(c, { ...p, status: "APPLIED" })).toMatch(/accepted/);
    expect(pairProblem(c, { ...p, userId: "u1" })).toMatch(/two different/);
    expect(pairProblem(null, p)).toMatch(/Choose/);
  });
  it("is trained only when every module is done", () => {
    expect(isTrained(["A", "B"], ["A", "B"])).toBe(true);
    expect(isTrained(["A"], ["A", "B"])).toBe(false);
  });
  it("suggests pairs that mix genders and share a language when asked", () => {
    const pairs = suggestPairs(
      [
        { id: "c1", gender: "FEMALE", languages: ["Persian"] },
        { id: "c2", gender: "MALE", languages: [] },
      ],
      [
        { id: "p1", gender: "FEMALE", languages: [] },
        { id: "p2", gender: "MALE", languages: ["persian"] },
      ],
      { mixGender: true, shareLanguage: true },
    );
    expect(pairs).toEqual([
      { clinicalId: "c1", preclinicalId: "p2", score: 3 },
      { clinicalId: "c2", preclinicalId: "p1", score: 2 },
    ]);
  });
});

describe("assignment checks", () => {
  const ok = {
    groupCount: 5,
    groupSize: 6,
    maxMenteesPerMentor: 6,
    mentorsTrained: true,
    trainingRequired: true,
    selfMentoring: false,
    menteeActive: true,
    confirmOverLimit: false,
  };
  it("allows the sixth mentee into a group of six, never the seventh", () => {
    expect(assignmentProblem(ok)).toBeNull();
    expect(assignmentProblem({ ...ok, groupCount: 6 })?.message).toMatch(/full/);
  });
  it("refuses self-mentoring, untrained mentors (unless waived) and unselected students", () => {
    expect(assignmentProblem({ ...ok, selfMentoring: true })?.message).toMatch(/mentor themselves/);
    expect(assignmentProblem({ ...ok, mentorsTrained: false })?.message).toMatch(/training/);
    expect(assignmentProblem({ ...ok, mentorsTrained: false, trainingRequired: false })).toBeNull();
    expect(assignmentProblem({ ...ok, menteeActive: false })?.message).toMatch(/selected/);
  });
  it("warns before exceeding the per-mentor limit, and lets a confirmation through", () => {
    const over = { ...ok, groupCount: 4, maxMenteesPerMentor: 4 };
    expect(assignmentProblem(over)).toMatchObject({
      field: "confirmOverLimit",
      message: expect.stringMatching(/above the cohort's limit of 4/),
    });
    expect(assignmentProblem({ ...over, confirmOverLimit: true })).toBeNull();
  });
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
