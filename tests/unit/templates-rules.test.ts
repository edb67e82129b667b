import { describe, expect, it } from "vitest";
import { buildDemoData } from "@/lib/demo/seed-demo";
import { renderTemplate, unknownPlaceholders } from "@/lib/templates/rules";
import { TEMPLATE_CATEGORIES, templateSchema } from "@/lib/templates/schemas";

describe("email templates", () => {
  it("fills in the three placeholders, tolerating spaces; an empty next meeting reads naturally", () => {
    const values = { menteeFirstName: "Lena", mentorName: "Sara Ahmadi", nextMeeting: "" };
    expect(renderTemplate("Hi {{ menteeFirstName }}, see you at {{nextMeeting}}. {{mentorName}}", values)).toBe(
      "Hi Lena, see you at our next contact. Sara Ahmadi",
    );
    expect(renderTemplate("{{other}} stays", values)).toBe("{{other}} stays");
  });

  it("finds unknown placeholders (typos) so the form can refuse them", () => {
    expect(unknownPlaceholders("Hi {{menteeName}} and {{mentorName}} {{menteeName}}")).toEqual(["menteeName"]);
    expect(unknownPlaceholders("Hi {{menteeFirstName}}")).toEqual([]);
  });

  it("the demo library: 8 valid templates covering every category, each addressing the mentee and signed by the mentor", () => {
    const { templates } = buildDemoData(new Date("2026-11-23T00:00:00Z"), "x");
    expect(templates).toHaveLength(8);
    expect(new Set(templates.map((t) => t.category))).toEqual(new Set(TEMPLATE_CATEGORIES));
    for (const t of templates) {
      expect(
        templateSchema.safeParse({ category: t.category, title: t.title, subject: t.subject, body: t.body }).success,
      ).toBe(true);
      expect(t.body).toContain("{{menteeFirstName}}");
      expect(t.body).toContain("{{mentorName}}");
      expect(t.ownerId ?? null).toBeNull();
    }
  });
});
