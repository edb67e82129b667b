import { describe, expect, it } from "vitest";
import { trainingDateProblem } from "@/lib/pairing/rules/pairs";

describe("trainingDateProblem (issue 10, item 7: training recorded with a date)", () => {
  it("today and earlier days are fine", () => {
    expect(trainingDateProblem("2026-12-03", "2026-12-03")).toBeNull();
    expect(trainingDateProblem("2026-11-30", "2026-12-03")).toBeNull();
    expect(trainingDateProblem("2024-02-29", "2026-12-03")).toBeNull(); // a leap day
  });
  it("a future day is refused, even by one day", () => {
    expect(trainingDateProblem("2026-12-04", "2026-12-03")).toBe("cohorts.mentorsPage.errors.dateFuture");
    expect(trainingDateProblem("2027-01-01", "2026-12-31")).toBe("cohorts.mentorsPage.errors.dateFuture");
  });
  it("missing and malformed dates have their own messages", () => {
    expect(trainingDateProblem("", "2026-12-03")).toBe("cohorts.mentorsPage.errors.dateMissing");
    for (const bad of ["2026-02-30", "2025-02-29", "2026-13-01", "03.12.2026", "2026-1-5", "yesterday"])
      expect(trainingDateProblem(bad, "2026-12-03"), bad).toBe("cohorts.mentorsPage.errors.dateInvalid");
  });
});
