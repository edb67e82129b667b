/**
 * The surveys area's rules for semesters (decision 094), new survey dates (decision 095) and the
 * results groups of mentees' feedback (split by the mentor's phase). Pure: no database, no clock.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerGroups,
  rescheduleProblem,
  semesterProblem,
  semesterSurveyDue,
  semesterSurveyWindow,
  SEMESTER_SURVEY_DAYS_AFTER_END,
  SEMESTER_SURVEY_OPENS_BEFORE_END,
} from "@/lib/surveys/rules";

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const anyDay = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => dayOf(ms - (ms % DAY)));
const diff = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY;

describe("the end-of-semester survey's window", () => {
  it("opens 6 days before the semester's last day and lasts until 14 days after it (examples across a year end)", () => {
    expect(semesterSurveyWindow("2027-01-20")).toEqual({ opensOn: "2027-01-14", lastDay: "2027-02-03" });
    expect(semesterSurveyWindow("2026-12-29")).toEqual({ opensOn: "2026-12-23", lastDay: "2027-01-12" });
    expect(semesterSurveyWindow("2028-02-29")).toEqual({ opensOn: "2028-02-23", lastDay: "2028-03-14" });
  });
  it("is due exactly on the days of its window, and never once its survey exists", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40, max: 40 }), (endsOn, offset) => {
        const today = dayOf(Date.parse(`${endsOn}T00:00:00Z`) + offset * DAY);
        const inside = offset >= -SEMESTER_SURVEY_OPENS_BEFORE_END && offset <= SEMESTER_SURVEY_DAYS_AFTER_END;
        expect(semesterSurveyDue({ endsOn, hasSurvey: false }, today)).toBe(inside);
        expect(semesterSurveyDue({ endsOn, hasSurvey: true }, today)).toBe(false);
        const w = semesterSurveyWindow(endsOn);
        expect(diff(w.opensOn, endsOn)).toBe(SEMESTER_SURVEY_OPENS_BEFORE_END);
        expect(diff(endsOn, w.lastDay)).toBe(SEMESTER_SURVEY_DAYS_AFTER_END);
      }),
    );
  });
});

describe("a new semester", () => {
  const cohort = { startsOn: "2026-09-01", endsOn: "2027-06-30" };
  it("ends on or after its first day, lies inside the cohort, overlaps no other", () => {
    const autumn = { startsOn: "2026-09-01", endsOn: "2027-01-20" };
    expect(semesterProblem(autumn, cohort, [])).toBeNull();
    expect(semesterProblem({ startsOn: "2026-09-01", endsOn: "2026-09-01" }, cohort, [])).toBeNull();
    expect(semesterProblem({ startsOn: "2026-10-02", endsOn: "2026-10-01" }, cohort, [])).toEqual({
      key: "surveys.errors.semesterEndsBeforeStart",
      field: "endsOn",
    });
    expect(semesterProblem({ startsOn: "2026-08-31", endsOn: "2026-12-01" }, cohort, [])?.field).toBe("startsOn");
    expect(semesterProblem({ startsOn: "2027-02-01", endsOn: "2027-07-01" }, cohort, [])?.field).toBe("endsOn");
    // touching on the same day overlaps; the next day does not
    expect(semesterProblem({ startsOn: "2027-01-20", endsOn: "2027-06-30" }, cohort, [autumn])?.key).toBe(
      "surveys.errors.semesterOverlaps",
    );
    expect(semesterProblem({ startsOn: "2027-01-21", endsOn: "2027-06-30" }, cohort, [autumn])).toBeNull();
  });
  it("overlap is symmetric: A refused next to B exactly when B is refused next to A", () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 60 })).map(([a, len]) => ({
      startsOn: dayOf(Date.UTC(2026, 8, 1) + a * DAY),
      endsOn: dayOf(Date.UTC(2026, 8, 1) + (a + len) * DAY),
    }));
    const wide = { startsOn: "2026-01-01", endsOn: "2028-12-31" };
    fc.assert(
      fc.property(span, span, (a, b) => {
        const ab = semesterProblem(a, wide, [b])?.key === "surveys.errors.semesterOverlaps";
        const ba = semesterProblem(b, wide, [a])?.key === "surveys.errors.semesterOverlaps";
        expect(ab).toBe(ba);
        expect(ab).toBe(a.startsOn <= b.endsOn && b.startsOn <= a.endsOn);
      }),
    );
  });
});

describe("new dates for a survey", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  const today = new Date("2026-12-02T00:00:00Z");
  const at = (d: string) => new Date(`${d}T00:00:00Z`);
  const draft = { draft: true, opensAt: at("2026-12-05"), closesAt: at("2026-12-20") };
  const open = { draft: false, opensAt: at("2026-11-25"), closesAt: at("2026-12-10") };
  const closed = { draft: false, opensAt: at("2026-11-01"), closesAt: at("2026-11-30") };

  it("a draft: today at the earliest, the close after the opening and after now", () => {
    expect(rescheduleProblem(draft, { opensAt: today, closesAt: at("2026-12-03") }, now, today)).toBeNull();
    expect(rescheduleProblem(draft, { opensAt: at("2026-12-01"), closesAt: at("2026-12-09") }, now, today)).toEqual({
      key: "surveys.errors.opensInPast",
      field: "opensOn",
    });
    expect(rescheduleProblem(draft, { opensAt: at("2026-12-08"), closesAt: at("2026-12-08") }, now, today)?.key).toBe(
      "surveys.errors.closesBeforeOpens",
    );
  });
  it("an open survey keeps its opening (whatever is sent); its close may move but not before now", () => {
    expect(rescheduleProblem(open, { opensAt: at("2020-01-01"), closesAt: at("2026-12-03") }, now, today)).toBeNull();
    expect(rescheduleProblem(open, { opensAt: at("2026-12-30"), closesAt: at("2026-12-03") }, now, today)).toBeNull();
    expect(rescheduleProblem(open, { opensAt: open.opensAt, closesAt: today }, now, today)).toEqual({
      key: "surveys.errors.lastDayPast",
      field: "closesOn",
    });
  });
  it("a closed survey keeps its dates", () => {
    expect(rescheduleProblem(closed, { opensAt: today, closesAt: at("2027-01-01") }, now, today)).toEqual({
      key: "surveys.errors.alreadyClosed",
      field: null,
    });
  });
  it("whatever is accepted leaves a window that is open now or later and closes after it opens", () => {
    const instant = fc.integer({ min: Date.UTC(2026, 10, 1), max: Date.UTC(2027, 1, 1) }).map((t) => new Date(t));
    fc.assert(
      fc.property(
        fc.boolean(),
        instant,
        fc.integer({ min: 1, max: 60 * DAY }),
        instant,
        instant,
        (isDraft, o, len, no, nc) => {
          const c = new Date(o.getTime() + len); // a survey's window always closes after it opens
          const s = { draft: isDraft, opensAt: o, closesAt: c };
          const next = { opensAt: no, closesAt: nc };
          const problem = rescheduleProblem(s, next, now, today);
          if (problem) return;
          const wasOpen = !isDraft && o <= now && now < c;
          const opensAt = wasOpen ? o : no;
          expect(nc.getTime()).toBeGreaterThan(opensAt.getTime());
          expect(nc.getTime()).toBeGreaterThan(now.getTime());
          if (!wasOpen) expect(no.getTime()).toBeGreaterThanOrEqual(today.getTime());
          expect(!isDraft && c <= now).toBe(false); // never a closed one
        },
      ),
    );
  });
});

describe("results groups", () => {
  it("a survey about mentors: the mentee's answer counts for the phase of the mentor it is about", () => {
    expect(answerGroups({ role: "MENTEE", phase: null, subjectPhase: "CLINICAL" }, true)).toEqual([
      "MENTEE",
      "CLINICAL",
    ]);
    expect(answerGroups({ role: "MENTEE", phase: null, subjectPhase: "PRECLINICAL" }, true)).toEqual([
      "MENTEE",
      "PRECLINICAL",
    ]);
  });
  it("any other survey: the respondent's role, and a mentor's own phase", () => {
    expect(answerGroups({ role: "MENTOR", phase: "CLINICAL", subjectPhase: null }, false)).toEqual([
      "MENTOR",
      "CLINICAL",
    ]);
    expect(answerGroups({ role: "MENTEE", phase: null, subjectPhase: null }, false)).toEqual(["MENTEE"]);
    // a subject is ignored outside surveys about mentors
    expect(answerGroups({ role: "MENTEE", phase: null, subjectPhase: "CLINICAL" }, false)).toEqual(["MENTEE"]);
  });
});
