import { describe, expect, it } from "vitest";
import {
  editProblem,
  nextAcademicYear,
  parsePausedPeriods,
  shiftPausedPeriods,
  statusChangeProblem,
} from "@/lib/cohorts/rules";
import { cohortSettingsSchema } from "@/lib/cohorts/schemas";

const ready = { groupsPublished: true, pairs: 6, assignedMentees: 36 };

describe("cohort status: DRAFT -> ACTIVE -> CLOSED", () => {
  it("activates only with published pairs and groups", () => {
    expect(statusChangeProblem("DRAFT", "ACTIVE", ready)).toBeNull();
    expect(statusChangeProblem("DRAFT", "ACTIVE", { ...ready, groupsPublished: false })).toBe(
      "cohorts.errors.publishFirst",
    );
    expect(statusChangeProblem("DRAFT", "ACTIVE", { ...ready, pairs: 0 })).toBe("cohorts.errors.pairWithMentees");
    expect(statusChangeProblem("DRAFT", "ACTIVE", { ...ready, assignedMentees: 0 })).toBe(
      "cohorts.errors.pairWithMentees",
    );
  });
  it("closes an active cohort; a closed cohort never changes and is read-only", () => {
    expect(statusChangeProblem("ACTIVE", "CLOSED", ready)).toBeNull();
    expect(statusChangeProblem("CLOSED", "ACTIVE", ready)).toBe("cohorts.errors.closed");
    expect(statusChangeProblem("ACTIVE", "ACTIVE", ready)).toBe("cohorts.errors.alreadyActive");
    expect(editProblem("CLOSED")).toBe("cohorts.errors.readOnly");
    expect(editProblem("DRAFT")).toBeNull();
    expect(editProblem("ACTIVE")).toBeNull();
  });
});

describe("paused periods and roll-over", () => {
  it("parses one period per line and reports bad lines", () => {
    expect(parsePausedPeriods("Exam block, 2027-01-18, 2027-01-29\n\nEaster; 2027-04-01 to 2027-04-10")).toEqual({
      periods: [
        { label: "Exam block", startsOn: "2027-01-18", endsOn: "2027-01-29" },
        { label: "Easter", startsOn: "2027-04-01", endsOn: "2027-04-10" },
      ],
      problems: [],
    });
    expect(parsePausedPeriods("Exams 18 Jan").problems[0]).toMatch(/Line 1/);
    expect(parsePausedPeriods("Exams, 2027-02-30, 2027-03-02").problems[0]).toMatch(/real date/);
    expect(parsePausedPeriods("Exams, 2027-03-02, 2027-03-01").problems[0]).toMatch(/ends before/);
  });
  it("moves paused periods with the new start date, across a leap day", () => {
    expect(
      shiftPausedPeriods(
        [{ label: "Exams", startsOn: "2027-01-18", endsOn: "2027-01-29" }],
        "2026-09-07",
        "2027-09-06",
      ),
    ).toEqual([{ label: "Exams", startsOn: "2028-01-17", endsOn: "2028-01-28" }]);
    expect(nextAcademicYear("2026-2027")).toBe("2027-2028");
    expect(nextAcademicYear("Spring")).toBe("Spring");
  });
});

describe("cohort settings schema", () => {
  const valid = {
    name: "Mentoring 2027-2028",
    academicYear: "2027-2028",
    startsOn: "2027-09-06",
    endsOn: "2028-06-30",
    timeZone: "Europe/Berlin",
    groupSize: "6",
    maxMenteesPerMentor: "6",
    firstIntervalDays: "7",
    lastIntervalDays: "21",
    pausedPeriods: "",
    trainingModules: "Mentoring concepts\nCommunication skills",
  };
  it("accepts a full form and parses lists", () => {
    const r = cohortSettingsSchema.parse(valid);
    expect(r.trainingModules).toEqual(["Mentoring concepts", "Communication skills"]);
    expect(r.groupSize).toBe(6);
    expect(r.waiveTraining).toBe(false);
  });
  it("rejects an unknown time zone, reversed dates, a bad group size and bad paused periods, field by field", () => {
    const r = cohortSettingsSchema.safeParse({
      ...valid,
      timeZone: "Mars/Olympus",
      endsOn: "2027-01-01",
      groupSize: "0",
      pausedPeriods: "nonsense",
    });
    expect(r.success).toBe(false);
    const fields = r.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["timeZone", "endsOn", "groupSize", "pausedPeriods"]));
  });
});
