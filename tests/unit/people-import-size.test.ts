/**
 * The thorough tier (vitest project "thorough", run by npm test, not by the everyday
 * `npm run test:unit`): the import's size boundaries at their real sizes, 50,000 rows.
 */
import { describe, expect, it } from "vitest";
import type { Msg } from "@/lib/i18n/msg";
import { translator } from "@/lib/i18n/translate";
import { chunkRanges } from "@/lib/people/mapping";
import { checkRows, MAX_IMPORT_ROWS } from "@/lib/people/rules";

const en = translator("en");
const say = (ps: readonly Msg[]) => ps.map((p) => en.resolve(p));

describe("checkRows at its limit", () => {
  it(`at most ${MAX_IMPORT_ROWS} rows`, () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ name: "P", email: `p${i}@example.org` }));
    expect(checkRows(rows(MAX_IMPORT_ROWS)).fileProblems).toEqual([]);
    expect(say(checkRows(rows(MAX_IMPORT_ROWS + 1)).fileProblems)).toEqual([
      `The file has ${MAX_IMPORT_ROWS + 1} rows; import at most ${MAX_IMPORT_ROWS} at a time.`,
    ]);
  });
});

describe("chunkRanges at university size", () => {
  it("50,000 registry rows of 200 bytes go in chunks under 1 MB", () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => ({
      name: `Student Number ${i} With A Longer Name`,
      email: `student${i}@registry.university.example`,
      motivation: "x".repeat(100),
    }));
    const ranges = chunkRanges(rows, 1000, 900_000);
    expect(ranges).toHaveLength(50);
    for (const [from, to] of ranges)
      expect(new TextEncoder().encode(JSON.stringify(rows.slice(from, to))).length).toBeLessThan(1024 * 1024);
  });
});
