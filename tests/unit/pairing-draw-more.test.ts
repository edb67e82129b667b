import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DRAW_GENDERS,
  DRAW_METHOD,
  drawMentees,
  drawOrder,
  drawProblem as drawProblemRule,
  drawStratified,
  redoProblem as redoProblemRule,
  strataTotal,
  swapProblem as swapProblemRule,
  waitingByGender,
  type DrawGender,
} from "@/lib/pairing/rules/draw";
import { inEnglish } from "../helpers/english";

// The rules answer with catalog messages (pairing.errors.*): read here in English.
const drawProblem = inEnglish(drawProblemRule);
const redoProblem = inEnglish(redoProblemRule);
const swapProblem = inEnglish(swapProblemRule);

const waiting = (FEMALE: number, MALE = 0, OTHER = 0, UNDISCLOSED = 0) => ({ FEMALE, MALE, OTHER, UNDISCLOSED });

describe("drawOrder", () => {
  it("sorts by id character codes (upper case before lower case)", () => {
    const rows = [{ id: "b" }, { id: "a" }, { id: "B" }, { id: "ä" }];
    expect(drawOrder(rows).map((r) => r.id)).toEqual(["B", "a", "b", "ä"]);
  });

  it("gives the same order whatever the input order", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 12 }), (ids) => {
        const rows = ids.map((id) => ({ id }));
        const sorted = drawOrder(rows).map((r) => r.id);
        expect(drawOrder([...rows].reverse()).map((r) => r.id)).toEqual(sorted);
        for (let i = 0; i + 1 < sorted.length; i++) expect(sorted[i] < sorted[i + 1]).toBe(true);
      }),
    );
  });
});

describe("drawMentees", () => {
  it("replays the same draw from the same seed (the audit trail's promise)", () => {
    expect(drawMentees(["a", "b", "c", "d", "e", "f"], 6, "cohort-2026")).toEqual(["e", "f", "b", "c", "d", "a"]);
    expect(drawMentees(["a", "b", "c", "d", "e", "f"], 3, "x")).toEqual(["b", "f", "e"]);
    expect(drawMentees(["a", "b"], -1, "x")).toEqual([]);
  });

  it("says how it works", () => {
    expect(DRAW_METHOD).toMatch(/^candidates sorted by membership id \(character codes\), Fisher-Yates/);
    expect(DRAW_METHOD).toMatch(/gender/);
  });
});

const gender = fc.constantFrom<DrawGender>(...DRAW_GENDERS);
const candidates = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), gender }), {
  selector: (c) => c.id,
  maxLength: 60,
});
const counts = fc.record({
  FEMALE: fc.nat(25),
  MALE: fc.nat(25),
  OTHER: fc.nat(3),
  UNDISCLOSED: fc.nat(3),
});
const seed = fc.string({ maxLength: 12 });
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("drawStratified (property)", () => {
  it("the same seed and candidates in any input order give the same mentees", () => {
    fc.assert(
      fc.property(
        candidates,
        counts,
        seed,
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        (cs, byGender, s, rot, stratified) => {
          const strata = stratified ? { byGender } : { total: byGender.FEMALE + byGender.MALE };
          const shuffled = [...cs.slice(rot % (cs.length || 1)), ...cs.slice(0, rot % (cs.length || 1))].reverse();
          expect(ids(drawStratified(shuffled, strata, s))).toEqual(ids(drawStratified(cs, strata, s)));
        },
      ),
    );
  });

  it("always meets the strata when there are enough candidates, never more than asked, nobody twice", () => {
    fc.assert(
      fc.property(candidates, counts, seed, (cs, byGender, s) => {
        const drawn = drawStratified(cs, { byGender }, s);
        expect(new Set(ids(drawn)).size).toBe(drawn.length);
        const have = waitingByGender(cs);
        const got = waitingByGender(drawn);
        for (const g of DRAW_GENDERS) {
          expect(got[g]).toBeLessThanOrEqual(byGender[g]);
          expect(got[g]).toBe(Math.min(byGender[g], have[g]));
        }
        const problem = drawProblem({ alreadyDrawn: false, waiting: have, strata: { byGender } });
        const enough = DRAW_GENDERS.every((g) => have[g] >= byGender[g]) && strataTotal({ byGender }) > 0;
        expect(problem === null).toBe(enough);
        if (enough) expect(drawn).toHaveLength(strataTotal({ byGender }));
      }),
    );
  });

  it("without strata: the first N of the shuffle, never more than asked", () => {
    fc.assert(
      fc.property(candidates, fc.nat(80), seed, (cs, total, s) => {
        const drawn = drawStratified(cs, { total }, s);
        expect(drawn).toHaveLength(Math.min(total, cs.length));
        expect(ids(drawn)).toEqual(drawMentees(ids(drawOrder(cs)), total, s));
      }),
    );
  });
});

describe("drawStratified (examples)", () => {
  const cs = [
    { id: "m1", gender: "FEMALE" as const },
    { id: "m2", gender: "MALE" as const },
    { id: "m3", gender: "FEMALE" as const },
    { id: "m4", gender: "MALE" as const },
    { id: "m5", gender: "OTHER" as const },
    { id: "m6", gender: "FEMALE" as const },
  ];
  it("replays: a fixed seed gives fixed mentees", () => {
    expect(ids(drawStratified(cs, { byGender: { FEMALE: 2, MALE: 1 } }, "cohort-2026"))).toEqual(
      ids(drawStratified([...cs].reverse(), { byGender: { FEMALE: 2, MALE: 1 } }, "cohort-2026")),
    );
    const drawn = drawStratified(cs, { byGender: { FEMALE: 2, MALE: 1 } }, "cohort-2026");
    expect(waitingByGender(drawn)).toEqual(waiting(2, 1));
    expect(drawStratified(cs, { byGender: { OTHER: 1 } }, "x").map((c) => c.id)).toEqual(["m5"]);
  });
});

describe("drawProblem", () => {
  it("each refusal, next to its field, and the boundaries", () => {
    const none = { alreadyDrawn: false, waiting: waiting(3, 2) };
    expect(drawProblem({ ...none, strata: { total: 0 } })).toEqual({
      message: "Draw at least one mentee.",
      field: "count",
    });
    expect(drawProblem({ ...none, strata: { byGender: {} } })?.field).toBe("count");
    expect(drawProblem({ ...none, strata: { total: 1 } })).toBeNull();
    expect(drawProblem({ ...none, strata: { total: 5 } })).toBeNull();
    expect(drawProblem({ ...none, strata: { total: 6 } })).toEqual({
      message: "Only 5 first-year students are waiting to be drawn; you asked for 6.",
      field: "count",
    });
    expect(drawProblem({ ...none, waiting: waiting(1), strata: { total: 2 } })?.message).toBe(
      "Only 1 first-year student is waiting to be drawn; you asked for 2.",
    );
    expect(drawProblem({ ...none, strata: { byGender: { FEMALE: 3, MALE: 2 } } })).toBeNull();
    expect(drawProblem({ ...none, waiting: waiting(12, 30), strata: { byGender: { FEMALE: 18, MALE: 18 } } })).toEqual({
      message: "Only 12 female first-years are waiting; you asked for 18.",
      field: "female",
    });
    expect(drawProblem({ ...none, strata: { byGender: { FEMALE: 1, MALE: 3 } } })).toEqual({
      message: "Only 2 male first-years are waiting; you asked for 3.",
      field: "male",
    });
    expect(drawProblem({ ...none, waiting: waiting(3, 2, 1), strata: { byGender: { OTHER: 2 } } })).toEqual({
      message: "Only 1 first-year of another gender is waiting; you asked for 2.",
      field: "other",
    });
    expect(drawProblem({ ...none, strata: { byGender: { UNDISCLOSED: 1 } } })).toEqual({
      message: "Only 0 first-years with an undisclosed gender are waiting; you asked for 1.",
      field: "undisclosed",
    });
  });
});

describe("drawProblem, one of a kind and many", () => {
  it("names each stratum in the singular and the plural", () => {
    const ask = (w: ReturnType<typeof waiting>, byGender: Record<string, number>) =>
      drawProblem({ alreadyDrawn: false, waiting: w, strata: { byGender } })?.message;
    expect(ask(waiting(1), { FEMALE: 2 })).toBe("Only 1 female first-year is waiting; you asked for 2.");
    expect(ask(waiting(0, 1), { MALE: 2 })).toBe("Only 1 male first-year is waiting; you asked for 2.");
    expect(ask(waiting(0, 0, 2), { OTHER: 3 })).toBe(
      "Only 2 first-years of another gender are waiting; you asked for 3.",
    );
    expect(ask(waiting(0, 0, 0, 1), { UNDISCLOSED: 2 })).toBe(
      "Only 1 first-year with an undisclosed gender is waiting; you asked for 2.",
    );
  });
});

describe("redoProblem and swapProblem", () => {
  it("redo: only drawn, unpublished, and without records", () => {
    expect(redoProblem({ drawn: true, published: false, withHistory: 0 })).toBeNull();
    expect(redoProblem({ drawn: true, published: true, withHistory: 0 })).toMatch(/published/);
    expect(redoProblem({ drawn: false, published: false, withHistory: 0 })).toMatch(/not drawn/);
    expect(redoProblem({ drawn: true, published: false, withHistory: 1 })).toMatch(/^1 drawn mentee/);
  });
  it("swap: a drawn mentee without records for a waiting candidate, before publishing", () => {
    const ok = { published: false, out: { hasHistory: false }, inIsCandidate: true };
    expect(swapProblem(ok)).toBeNull();
    expect(swapProblem({ ...ok, published: true })).toEqual({
      message: "The groups are published: a drawn mentee can no longer be swapped.",
      field: "outId",
    });
    expect(swapProblem({ ...ok, out: null })).toEqual({ message: "Choose one of the drawn mentees.", field: "outId" });
    expect(swapProblem({ ...ok, out: { hasHistory: true } })).toMatchObject({
      message: expect.stringMatching(/records/),
      field: "outId",
    });
    expect(swapProblem({ ...ok, inIsCandidate: false })).toEqual({
      message: "Choose a first-year who is waiting to be drawn (not drawn, not applied).",
      field: "inId",
    });
  });
});
