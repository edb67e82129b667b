import { describe, expect, it } from "vitest";
import { drawMentees, drawOrder, drawProblem, hashSeed, mulberry32 } from "@/lib/pairing/rules/draw";

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
  it("is by email, character by character, whatever the database's collation would say", () => {
    const people = ["b@x.test", "ab@x.test", "a.b@x.test", "a-b@x.test", "B@x.test"].map((email) => ({ email }));
    expect(drawOrder(people).map((p) => p.email)).toEqual([
      "B@x.test",
      "a-b@x.test",
      "a.b@x.test",
      "ab@x.test",
      "b@x.test",
    ]);
    expect(people[0].email).toBe("b@x.test"); // the input is left as it was
  });
});
