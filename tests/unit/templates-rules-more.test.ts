import { describe, expect, it } from "vitest";
import { PLACEHOLDER_LABEL, PLACEHOLDERS, renderTemplate } from "@/lib/templates/rules";

describe("renderTemplate: values", () => {
  it("trims each value", () => {
    expect(
      renderTemplate("{{menteeFirstName}}|{{mentorName}}|{{nextMeeting}}", {
        menteeFirstName: "  Lena ",
        mentorName: "\tSara Ahmadi\n",
        nextMeeting: " Monday 10:00 ",
      }),
    ).toBe("Lena|Sara Ahmadi|Monday 10:00");
  });

  it("an empty or blank name becomes nothing; only the next meeting has a fallback", () => {
    expect(
      renderTemplate("[{{menteeFirstName}}][{{mentorName}}][{{nextMeeting}}]", {
        menteeFirstName: "",
        mentorName: "   ",
        nextMeeting: "  ",
      }),
    ).toBe("[][][our next contact]");
  });
});

describe("PLACEHOLDER_LABEL", () => {
  it("describes every placeholder, each differently", () => {
    const labels = PLACEHOLDERS.map((p) => PLACEHOLDER_LABEL[p]);
    for (const l of labels) expect(l).toMatch(/\S/);
    expect(new Set(labels).size).toBe(PLACEHOLDERS.length);
    expect(Object.keys(PLACEHOLDER_LABEL).sort()).toEqual([...PLACEHOLDERS].sort());
  });
});
