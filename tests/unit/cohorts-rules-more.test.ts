import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CohortStatus,
  DEFAULT_AGREEMENT,
  formatPausedPeriods,
  isRealDate,
  nextAcademicYear,
  parsePausedPeriods,
  statusChangeProblem,
} from "@/lib/cohorts/rules";

const ready = { groupsPublished: true, pairs: 6, assignedMentees: 36 };
const empty = { groupsPublished: false, pairs: 0, assignedMentees: 0 };
const STATUSES: CohortStatus[] = ["DRAFT", "ACTIVE", "CLOSED"];

describe("statusChangeProblem: every transition", () => {
  it("gives the exact messages", () => {
    expect(statusChangeProblem("CLOSED", "DRAFT", ready)).toBe("cohorts.errors.closed");
    expect(statusChangeProblem("DRAFT", "DRAFT", ready)).toBe("cohorts.errors.alreadyDraft");
    expect(statusChangeProblem("ACTIVE", "ACTIVE", ready)).toBe("cohorts.errors.alreadyActive");
    expect(statusChangeProblem("DRAFT", "ACTIVE", { ...ready, pairs: 0 })).toBe("cohorts.errors.pairWithMentees");
    expect(statusChangeProblem("DRAFT", "ACTIVE", { ...ready, groupsPublished: false })).toBe(
      "cohorts.errors.publishFirst",
    );
    expect(statusChangeProblem("ACTIVE", "DRAFT", ready)).toBe("cohorts.errors.impossible");
  });

  it("closing an active cohort or abandoning a draft needs no pairs or groups", () => {
    expect(statusChangeProblem("ACTIVE", "CLOSED", empty)).toBeNull();
    expect(statusChangeProblem("DRAFT", "CLOSED", empty)).toBeNull();
    expect(statusChangeProblem("DRAFT", "CLOSED", ready)).toBeNull();
  });

  it("an active cohort never goes back to draft, whatever its setup", () => {
    expect(statusChangeProblem("ACTIVE", "DRAFT", empty)).toBe("cohorts.errors.impossible");
  });

  it("property: the full transition table", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUSES),
        fc.constantFrom(...STATUSES),
        fc.record({ groupsPublished: fc.boolean(), pairs: fc.nat(3), assignedMentees: fc.nat(3) }),
        (from, to, facts) => {
          const result = statusChangeProblem(from, to, facts);
          if (from === "CLOSED") expect(result).toMatch(/closed/);
          else if (from === to) expect(result).toMatch(/already(Draft|Active|Closed)$/);
          else if (from === "DRAFT" && to === "ACTIVE")
            expect(result === null).toBe(facts.pairs > 0 && facts.assignedMentees > 0 && facts.groupsPublished);
          else if (to === "CLOSED") expect(result).toBeNull();
          else expect(result).toBe("cohorts.errors.impossible");
        },
      ),
    );
  });
});

describe("parsePausedPeriods: more shapes", () => {
  it("tolerates no spaces after the separators and spaces around the line", () => {
    expect(parsePausedPeriods("  Exams,2027-01-18,2027-01-29  \n\t \nBreak;2027-02-01-2027-02-03").periods).toEqual([
      { label: "Exams", startsOn: "2027-01-18", endsOn: "2027-01-29" },
      { label: "Break", startsOn: "2027-02-01", endsOn: "2027-02-03" },
    ]);
    expect(parsePausedPeriods("Easter, 2027-04-01 – 2027-04-10").periods).toEqual([
      { label: "Easter", startsOn: "2027-04-01", endsOn: "2027-04-10" },
    ]);
  });

  it("trims the label and keeps at most 80 characters of it", () => {
    expect(parsePausedPeriods("Exam block   , 2027-01-18, 2027-01-29").periods[0]!.label).toBe("Exam block");
    const long = "L".repeat(81);
    expect(parsePausedPeriods(`${long}, 2027-01-18, 2027-01-29`).periods[0]!.label).toBe("L".repeat(80));
  });

  it("a period of one day is fine", () => {
    expect(parsePausedPeriods("Holiday, 2027-05-01, 2027-05-01")).toEqual({
      periods: [{ label: "Holiday", startsOn: "2027-05-01", endsOn: "2027-05-01" }],
      problems: [],
    });
  });

  it("names the line of each problem with the exact message", () => {
    const text = [
      "Exams, 2027-01-18, 2027-01-29",
      "Exams, 2027-02-30, 2027-03-02",
      "Exams, 2027-03-02, 2027-03-01",
      "Exams 18 Jan",
      "Exams, 2027-01-18, 2027-01-29 and more",
      "Exam\rblock, 2027-01-18, 2027-01-29",
    ].join("\n");
    expect(parsePausedPeriods(text)).toEqual({
      periods: [{ label: "Exams", startsOn: "2027-01-18", endsOn: "2027-01-29" }],
      problems: [
        "Line 2: that is not a real date.",
        "Line 3: the period ends before it starts.",
        'Line 4: write "label, YYYY-MM-DD, YYYY-MM-DD".',
        'Line 5: write "label, YYYY-MM-DD, YYYY-MM-DD".',
        'Line 6: write "label, YYYY-MM-DD, YYYY-MM-DD".',
      ],
    });
  });

  it("an empty text has no periods and no problems", () => {
    expect(parsePausedPeriods("")).toEqual({ periods: [], problems: [] });
    expect(parsePausedPeriods(" \n\r\n ")).toEqual({ periods: [], problems: [] });
  });
});

describe("formatPausedPeriods", () => {
  it("writes one line per period, the way the form reads them", () => {
    const periods = [
      { label: "Exam block", startsOn: "2027-01-18", endsOn: "2027-01-29" },
      { label: "Easter", startsOn: "2027-04-01", endsOn: "2027-04-10" },
    ];
    expect(formatPausedPeriods(periods)).toBe("Exam block, 2027-01-18, 2027-01-29\nEaster, 2027-04-01, 2027-04-10");
    expect(formatPausedPeriods([])).toBe("");
    expect(parsePausedPeriods(formatPausedPeriods(periods))).toEqual({ periods, problems: [] });
  });

  it("property: formatting then parsing gives the periods back", () => {
    const day = fc
      .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const period = fc
      .record({ label: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}[A-Za-z]$/), a: day, b: day })
      .map(({ label, a, b }) => ({ label, startsOn: a < b ? a : b, endsOn: a < b ? b : a }));
    fc.assert(
      fc.property(fc.array(period, { maxLength: 6 }), (periods) => {
        expect(parsePausedPeriods(formatPausedPeriods(periods))).toEqual({ periods, problems: [] });
      }),
    );
  });
});

describe("isRealDate", () => {
  it("accepts real days only, written YYYY-MM-DD", () => {
    for (const s of ["2027-01-18", "2028-02-29", "2027-12-31"]) expect(isRealDate(s), s).toBe(true);
    for (const s of ["2027-1-18", "2027-01-8", "27-01-18", "2027-02-29", "2027-02-30", "2027-13-01", "", "18.01.2027"])
      expect(isRealDate(s), s).toBe(false);
  });
});

describe("nextAcademicYear", () => {
  it("moves both years of a YYYY-YYYY academic year on by one", () => {
    expect(nextAcademicYear("1999-2000")).toBe("2000-2001");
  });
  it("returns anything that is not exactly YYYY-YYYY unchanged", () => {
    for (const s of ["x2026-2027", "2026-2027x", "Year 2026-2027", "2026-27", "2026/2027", ""])
      expect(nextAcademicYear(s), s).toBe(s);
  });
});

describe("DEFAULT_AGREEMENT", () => {
  it("has three paragraphs separated by a blank line: help, meetings, contact etiquette", () => {
    const paragraphs = DEFAULT_AGREEMENT.split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^What help is given: .+\.$/);
    expect(paragraphs[1]).toMatch(/^How and how often we meet: .+\.$/);
    expect(paragraphs[2]).toMatch(/^Contact etiquette: .+\.$/);
  });
});
