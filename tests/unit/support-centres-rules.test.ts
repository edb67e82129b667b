import { describe, expect, it } from "vitest";
import { centreFields, centreRemovalProblem, copySourceProblem } from "@/lib/support-centres/rules";

describe("support-centre directory rules", () => {
  it("centreFields: optional texts left empty are stored as null; the rest as typed", () => {
    expect(
      centreFields({
        name: "Night line",
        category: "PSYCHOLOGICAL",
        contact: "",
        hours: "",
        howToRefer: "",
        emergency: true,
      }),
    ).toEqual({
      name: "Night line",
      category: "PSYCHOLOGICAL",
      contact: null,
      hours: null,
      howToRefer: null,
      emergency: true,
    });
    expect(
      centreFields({
        name: "Aid",
        category: "FINANCIAL",
        contact: "room 1",
        hours: "Mon",
        howToRefer: "Email",
        emergency: false,
      }),
    ).toMatchObject({ contact: "room 1", hours: "Mon", howToRefer: "Email", emergency: false });
  });

  it("a centre referrals were forwarded to stays (the count is in the message); an unused one may go", () => {
    expect(centreRemovalProblem(0)).toBeNull();
    expect(centreRemovalProblem(1)).toMatch(/\(1\), so it stays in the directory/);
    expect(centreRemovalProblem(12)).toMatch(/\(12\)/);
  });

  it("a rollover copies from another cohort, never from the same one", () => {
    expect(copySourceProblem("last-year", "this-year")).toBeNull();
    expect(copySourceProblem("this-year", "this-year")).toMatch(/earlier cohort/);
  });
});
