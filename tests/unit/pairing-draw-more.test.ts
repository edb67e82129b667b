import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DRAW_METHOD, drawMentees, drawOrder, drawProblem } from "@/lib/pairing/rules/draw";

describe("drawOrder", () => {
  it("sorts by email character codes (upper case before lower case), ties kept in place", () => {
    const rows = [
      { email: "b@x", id: 1 },
      { email: "a@x", id: 2 },
      { email: "B@x", id: 3 },
      { email: "a@x", id: 4 },
    ];
    expect(drawOrder(rows).map((r) => r.id)).toEqual([3, 2, 4, 1]);
  });

  it("gives the same order whatever the input order", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 12 }), (emails) => {
        const rows = emails.map((email) => ({ email }));
        const sorted = drawOrder(rows).map((r) => r.email);
        expect(drawOrder([...rows].reverse()).map((r) => r.email)).toEqual(sorted);
        for (let i = 0; i + 1 < sorted.length; i++) expect(sorted[i] < sorted[i + 1]).toBe(true);
      }),
    );
  });
});

describe("drawMentees", () => {
  it("replays the same draw from the same seed (the audit trail's promise)", () => {
    expect(drawMentees(["a", "b", "c", "d", "e", "f"], 6, "cohort-2026")).toEqual(["e", "f", "b", "c", "d", "a"]);
    expect(drawMentees(["a", "b", "c", "d", "e", "f"], 3, "x")).toEqual(["b", "f", "e"]);
  });

  it("says how it works", () => {
    expect(DRAW_METHOD).toBe("candidates sorted by email (character codes), Fisher-Yates with mulberry32(fnv1a(seed))");
  });
});

describe("drawProblem", () => {
  it("each refusal, and the boundaries", () => {
    expect(drawProblem({ alreadyDrawn: false, pool: 5, count: 0 })).toBe("Draw at least one mentee.");
    expect(drawProblem({ alreadyDrawn: false, pool: 5, count: 1 })).toBeNull();
    expect(drawProblem({ alreadyDrawn: false, pool: 5, count: 5 })).toBeNull();
    expect(drawProblem({ alreadyDrawn: false, pool: 5, count: 6 })).toBe(
      "Only 5 first-year students are waiting to be drawn.",
    );
  });
});
