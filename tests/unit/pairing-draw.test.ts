import { describe, expect, it } from "vitest";
import {
  drawMentees,
  drawOrder,
  drawProblem as drawProblemRule,
  hashSeed,
  mulberry32,
  waitingByGender,
} from "@/lib/pairing/rules/draw";
import { inEnglish } from "../helpers/english";

// The rules answer with catalog messages (pairing.errors.*): read here in English.
const drawProblem = inEnglish(drawProblemRule);

const waiting = (FEMALE: number, MALE = 0, OTHER = 0, UNDISCLOSED = 0) => ({ FEMALE, MALE, OTHER, UNDISCLOSED });

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
    expect(drawProblem({ alreadyDrawn: true, waiting: waiting(150), strata: { total: 36 } })?.message).toMatch(
      /already drawn.*redo/,
    );
    expect(drawProblem({ alreadyDrawn: false, waiting: waiting(20), strata: { total: 36 } })?.message).toMatch(
      /Only 20 .*you asked for 36/,
    );
    expect(drawProblem({ alreadyDrawn: false, waiting: waiting(0), strata: { total: 1 } })?.message).toMatch(/import/);
    expect(drawProblem({ alreadyDrawn: false, waiting: waiting(150), strata: { total: 36 } })).toBeNull();
  });
});

describe("the seeded generator", () => {
  it("is the same sequence for the same seed on every machine", () => {
    expect(hashSeed("duomentor")).toBe(hashSeed("duomentor"));
    expect(hashSeed("a")).not.toBe(hashSeed("b"));
    const a = mulberry32(hashSeed("x"));
    const b = mulberry32(hashSeed("x"));
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("the order the draw works on", () => {
  it("is by membership id, character by character, whatever the database's collation would say", () => {
    const rows = ["b1", "ab", "a_b", "a-b", "B2", "aB"].map((id) => ({ id }));
    // Character codes: "-" (45) < "B" (66) < "_" (95) < "a" (97); an ICU collation would say a-b, a_b, ab, aB, b1, B2.
    expect(drawOrder(rows).map((p) => p.id)).toEqual(["B2", "a-b", "aB", "a_b", "ab", "b1"]);
    expect(rows[0].id).toBe("b1"); // the input is left as it was
  });
  it("counts the waiting by gender", () => {
    expect(waitingByGender([{ gender: "FEMALE" }, { gender: "FEMALE" }, { gender: "OTHER" }])).toEqual(
      waiting(2, 0, 1),
    );
  });
});
