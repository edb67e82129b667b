import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activationDecision, bulkSelectionProblem } from "@/lib/cohorts/rules";
import { cohortSettingsSchema } from "@/lib/cohorts/schemas";
import { cohortInUrl, hrefWith, pageForCohort, withCohort } from "@/lib/cohorts/url";

const year = (id: string) => ({ id, name: `Cohort ${id}` });

describe("activationDecision: one active cohort per coordinator, closing only what was confirmed", () => {
  it("activates at once when nothing else is active", () => {
    expect(activationDecision([], [])).toEqual({ kind: "activate", close: [] });
    expect(activationDecision([], ["stale"])).toEqual({ kind: "activate", close: [] });
  });
  it("asks when another cohort is active and the coordinator did not confirm closing it", () => {
    expect(activationDecision([year("a")], [])).toEqual({ kind: "confirm", others: [year("a")] });
  });
  it("closes the confirmed ones", () => {
    expect(activationDecision([year("a")], ["a"])).toEqual({ kind: "activate", close: ["a"] });
  });
  it("asks again when one became active after the page was shown (not in the confirmation)", () => {
    expect(activationDecision([year("a"), year("b")], ["a"])).toEqual({
      kind: "confirm",
      others: [year("a"), year("b")],
    });
  });
  it("property: it closes exactly the active others, and only when every one was confirmed", () => {
    const ids = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 5 });
    fc.assert(
      fc.property(ids, ids, (active, confirmed) => {
        const d = activationDecision(active.map(year), confirmed);
        const all = active.every((a) => confirmed.includes(a));
        if (all) expect(d).toEqual({ kind: "activate", close: active });
        else expect(d.kind).toBe("confirm");
      }),
    );
  });
});

describe("bulkSelectionProblem: all or nothing", () => {
  it("refuses an empty selection", () => {
    expect(bulkSelectionProblem([], ["a"])).toEqual({ key: "none" });
  });
  it("refuses when any selected record no longer applies, and counts them once", () => {
    expect(bulkSelectionProblem(["a", "b", "b", "x"], ["a"])).toEqual({ key: "stale", stale: 2 });
  });
  it("accepts a selection that applies entirely (duplicates count once)", () => {
    expect(bulkSelectionProblem(["a", "a", "b"], ["a", "b", "c"])).toBeNull();
  });
  it("property: null exactly when the selection is non-empty and inside what applies", () => {
    const ids = fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, (selected, applicable) => {
        const p = bulkSelectionProblem(selected, applicable);
        const inside = selected.length > 0 && selected.every((s) => applicable.includes(s));
        expect(p === null).toBe(inside);
      }),
    );
  });
});

describe("the cohort a URL names (decision 113)", () => {
  const q = (s = "") => new URLSearchParams(s);
  it("reads the setup path first, then ?cohort=", () => {
    expect(cohortInUrl("/coordinator/cohorts/c1/staff", q("cohort=c2"))).toBe("c1");
    expect(cohortInUrl("/coordinator/templates", q("cohort=c2"))).toBe("c2");
    expect(cohortInUrl("/coordinator/templates", q())).toBeNull();
    expect(cohortInUrl("/coordinator/cohorts", q())).toBeNull();
  });
  it("names nothing for an odd value (no injection into a header or a query)", () => {
    expect(cohortInUrl("/coordinator", q("cohort=a b"))).toBeNull();
    expect(cohortInUrl("/coordinator", q(`cohort=${"x".repeat(65)}`))).toBeNull();
    expect(cohortInUrl("/coordinator", q("cohort="))).toBeNull();
  });
  it("the same page for another cohort keeps a setup tab, else sets ?cohort=", () => {
    expect(pageForCohort("/coordinator/cohorts/c1/people", "c2")).toBe("/coordinator/cohorts/c2/people");
    expect(pageForCohort("/coordinator/cohorts/c1", "c2")).toBe("/coordinator/cohorts/c2");
    expect(pageForCohort("/coordinator/templates", "c2")).toBe("/coordinator/templates?cohort=c2");
  });
  it("links keep the cohort shown", () => {
    expect(withCohort("/coordinator/meetings", "c2")).toBe("/coordinator/meetings?cohort=c2");
    expect(withCohort("/coordinator/meetings?week=2#top", "c2")).toBe("/coordinator/meetings?week=2&cohort=c2#top");
    expect(withCohort("/coordinator/cohorts/c1/staff", "c2")).toBe("/coordinator/cohorts/c1/staff");
    expect(withCohort("/coordinator", null)).toBe("/coordinator");
  });
  it("a page's links: the cohort first, empty parameters dropped, values encoded", () => {
    expect(hrefWith("/coordinator/meetings", { week: "2026-10-05", booked: "" }, "c2")).toBe(
      "/coordinator/meetings?cohort=c2&week=2026-10-05",
    );
    expect(hrefWith("/coordinator/compliance", { pair: null, phase: undefined, page: null }, null)).toBe(
      "/coordinator/compliance",
    );
    expect(hrefWith("/coordinator/cohorts/c1/people", { q: "Sara & Ali", page: "2" }, "c2")).toBe(
      "/coordinator/cohorts/c1/people?q=Sara+%26+Ali&page=2",
    );
  });
});

describe("the cohort's default language (docs/i18n.md)", () => {
  const base = {
    name: "Mentoring 2027-2028",
    academicYear: "2027-2028",
    startsOn: "2027-09-06",
    endsOn: "2028-06-30",
    timeZone: "Asia/Tehran",
    groupSize: "6",
    maxMenteesPerMentor: "6",
    firstIntervalDays: "7",
    lastIntervalDays: "21",
    trainingModules: "Mentoring concepts",
  };
  it("takes one of the interface languages, or none", () => {
    expect(cohortSettingsSchema.parse({ ...base, defaultLocale: "fa" }).defaultLocale).toBe("fa");
    expect(cohortSettingsSchema.parse({ ...base, defaultLocale: "" }).defaultLocale).toBe("");
    expect(cohortSettingsSchema.parse(base).defaultLocale).toBe("");
  });
  it("refuses any other value with the catalog's message", () => {
    const r = cohortSettingsSchema.safeParse({ ...base, defaultLocale: "de" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === "defaultLocale")?.message).toBe("settings.language.invalid");
  });
});
