import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import type { ItemResult } from "@/lib/surveys/data";
import { tableRows } from "@/lib/surveys/export";
import { describe as stats, mannWhitneyU } from "@/lib/stats";

const shown = (xs: number[]) => ({ suppressed: false as const, stats: stats(xs), distribution: [] });
const clinical = [5, 4, 5, 5, 4];
const preclinical = [3, 2, 3, 4, 2, 3];
const item = {
  id: "i1",
  position: 1,
  kind: "LIKERT_5",
  prompt: "My mentor was available when I needed them",
  groups: {
    MENTOR: { suppressed: true },
    MENTEE: shown([...clinical, ...preclinical]),
    CLINICAL: shown(clinical),
    PRECLINICAL: shown(preclinical),
  },
  test: null,
  phaseTest: mannWhitneyU(clinical, preclinical),
} as unknown as ItemResult;

describe("the results table as CSV, split by the mentor's phase (surveys about mentors)", () => {
  it("columns are clinical and preclinical mentors, with the phase test", () => {
    const [header, row] = tableRows([item], translator("en"), "phase");
    expect(header.slice(0, 3)).toEqual(["Item", "Clinical mentors mean ± SD (n)", "Preclinical mentors mean ± SD (n)"]);
    expect(row[1]).toBe("4.60 ± 0.55 (5)");
    expect(row[2]).toBe("2.83 ± 0.75 (6)");
    expect(row[4]).toBe(
      mannWhitneyU(clinical, preclinical).ok
        ? (mannWhitneyU(clinical, preclinical) as { p: number }).p.toFixed(3)
        : null,
    );
  });
  it("the default stays mentors vs mentees; a suppressed cell says so and has no number", () => {
    const [header, row] = tableRows([item], translator("en"));
    expect(header[1]).toBe("Mentors mean ± SD (n)");
    expect(row[1]).toBe("fewer than 5 answers");
    expect(row[3]).toBeNull();
  });
});
