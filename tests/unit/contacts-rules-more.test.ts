import { describe, expect, it } from "vitest";
import {
  activeDaysBetween,
  addActiveDays,
  cadenceSummary,
  contactCompliance,
  contactMinutesProblem,
  contactOutcomeProblem,
  contactTimeProblem,
  followUpProblem,
  FUTURE_TOLERANCE_MS,
  intervalOn,
  isPaused,
  MAX_CONTACT_MINUTES,
  statusLabel,
  urgency,
  type Cadence,
  type CadenceCohort,
  type PausedPeriodDays,
} from "@/lib/contacts/rules";

const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const cohort = (over: Partial<CadenceCohort> = {}): CadenceCohort => ({
  startsOn: "2026-01-01",
  endsOn: "2026-01-31",
  timeZone: "UTC",
  firstIntervalDays: 10,
  lastIntervalDays: 10,
  ...over,
});
const running: Cadence = {
  status: { kind: "on_track", nextDueOn: "2026-01-20", daysLeft: 5 },
  intervalDays: 10,
  anchorOn: "2026-01-10",
};
const permutations = <T>(xs: T[]): T[][] =>
  xs.length <= 1
    ? [xs]
    : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

describe("isPaused", () => {
  const paused = [
    { startsOn: "2026-01-05", endsOn: "2026-01-07" },
    { startsOn: "2026-01-20", endsOn: "2026-01-20" },
  ];
  it("inclusive at both ends; any of the periods", () => {
    expect(
      ["2026-01-04", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08"].map((d) => isPaused(d, paused)),
    ).toEqual([false, true, true, true, false]);
    expect(isPaused("2026-01-20", paused)).toBe(true);
    expect(isPaused("2026-01-20", [])).toBe(false);
  });
});

describe("activeDaysBetween and addActiveDays", () => {
  it("0 when to is not after from", () => {
    expect(activeDaysBetween("2026-01-10", "2026-01-10", [])).toBe(0);
    expect(activeDaysBetween("2026-01-10", "2026-01-05", [])).toBe(0);
  });
  it("a one-day pause inside removes one day; pauses outside remove none", () => {
    expect(activeDaysBetween("2026-01-01", "2026-01-10", [{ startsOn: "2026-01-05", endsOn: "2026-01-05" }])).toBe(8);
    expect(activeDaysBetween("2026-01-01", "2026-01-10", [{ startsOn: "2026-02-01", endsOn: "2026-02-05" }])).toBe(9);
    expect(activeDaysBetween("2026-01-10", "2026-01-20", [{ startsOn: "2026-01-01", endsOn: "2026-01-03" }])).toBe(10);
  });
  it("a pause that began before `from` only removes its days inside (from, to]", () => {
    expect(activeDaysBetween("2026-01-05", "2026-01-10", [{ startsOn: "2026-01-01", endsOn: "2026-01-06" }])).toBe(4);
    expect(activeDaysBetween("2026-01-05", "2026-01-10", [{ startsOn: "2026-01-08", endsOn: "2026-01-20" }])).toBe(2);
  });
  it("addActiveDays jumps over pauses and is the inverse of activeDaysBetween", () => {
    const paused = [
      { startsOn: "2026-01-05", endsOn: "2026-01-07" },
      { startsOn: "2026-01-05", endsOn: "2026-01-09" },
    ];
    expect(addActiveDays("2026-01-01", 5, paused)).toBe("2026-01-11");
    expect(addActiveDays("2026-01-01", 5, [...paused].reverse())).toBe("2026-01-11");
    expect(activeDaysBetween("2026-01-01", "2026-01-11", paused.slice(1))).toBe(5);
  });
});

describe("intervalOn", () => {
  it("a one-day cohort uses the last interval", () => {
    expect(intervalOn(cohort({ endsOn: "2026-01-01", firstIntervalDays: 7, lastIntervalDays: 21 }), "2026-01-01")).toBe(
      21,
    );
  });
  it("linear taper, clamped outside the cohort, never below 1", () => {
    const c = cohort({ firstIntervalDays: 5, lastIntervalDays: 20 });
    expect(intervalOn(c, "2026-01-01")).toBe(5);
    expect(intervalOn(c, "2026-01-16")).toBe(13); // 5 + 15 * 15/30 = 12.5 → 13
    expect(intervalOn(c, "2026-01-31")).toBe(20);
    expect(intervalOn(c, "2025-12-01")).toBe(5);
    expect(intervalOn(c, "2026-03-01")).toBe(20);
    expect(intervalOn(cohort({ firstIntervalDays: 0, lastIntervalDays: 0 }), "2026-01-10")).toBe(1);
  });
});

describe("urgency and statusLabel", () => {
  it("urgency: overdue < due today < on track (days left) < complete", () => {
    expect(urgency({ kind: "overdue", nextDueOn: "2026-01-01", daysOverdue: 3 })).toBe(-1003);
    expect(urgency({ kind: "due_today", nextDueOn: "2026-01-01" })).toBe(-500);
    expect(urgency({ kind: "on_track", nextDueOn: "2026-01-05", daysLeft: 4 })).toBe(4);
    expect(urgency({ kind: "complete", nextDueOn: null })).toBe(100_000);
  });
  it("statusLabel: each kind, singular and plural days", () => {
    expect(statusLabel({ kind: "overdue", nextDueOn: "2026-01-01", daysOverdue: 1 })).toBe("Overdue by 1 day");
    expect(statusLabel({ kind: "overdue", nextDueOn: "2026-01-01", daysOverdue: 2 })).toBe("Overdue by 2 days");
    expect(statusLabel({ kind: "due_today", nextDueOn: "2026-01-01" })).toBe("Due today");
    expect(statusLabel({ kind: "on_track", nextDueOn: "2026-01-05", daysLeft: 4 })).toBe("On track");
    expect(statusLabel({ kind: "complete", nextDueOn: null })).toBe("No more contacts due");
  });
});

describe("contactCompliance boundaries", () => {
  const run = (contactDays: string[], today: string, c = cohort()) =>
    contactCompliance({ cohort: c, paused: [], contactDays, now: noon(today) });
  it("a contact after today does not count yet", () => {
    expect(run(["2026-01-08"], "2026-01-05")).toEqual({ onTime: 0, late: 0, share: null });
  });
  it("a contact today counts", () => {
    expect(run(["2026-01-11"], "2026-01-11")).toEqual({ onTime: 1, late: 0, share: 1 });
  });
  it("a contact exactly on the due day is on time; the day after is late", () => {
    expect(run(["2026-01-11"], "2026-01-12")).toEqual({ onTime: 1, late: 0, share: 1 });
    expect(run(["2026-01-12"], "2026-01-12")).toEqual({ onTime: 0, late: 1, share: 0 });
  });
  it("a due date that is today is not late yet; yesterday's is", () => {
    expect(run([], "2026-01-11")).toEqual({ onTime: 0, late: 0, share: null });
    expect(run([], "2026-01-12")).toEqual({ onTime: 0, late: 1, share: 0 });
  });
  it("nothing due after the last contact near the end: not late", () => {
    expect(run(["2026-01-11", "2026-01-21", "2026-01-30"], "2026-02-15")).toEqual({ onTime: 3, late: 0, share: 1 });
  });
  it("a contact after the last expected one still counts as on time", () => {
    expect(run(["2026-01-11", "2026-01-21", "2026-01-25", "2026-01-28"], "2026-02-15")).toEqual({
      onTime: 4,
      late: 0,
      share: 1,
    });
  });
  it("contacts on or before the cohort's first day do not count", () => {
    expect(run(["2025-12-20", "2026-01-01"], "2026-01-05")).toEqual({ onTime: 0, late: 0, share: null });
  });
});

describe("what a contact log may say", () => {
  const c = cohort();
  const now = noon("2026-01-31");
  it("the future, with five minutes' tolerance", () => {
    expect(contactTimeProblem(c, new Date(now.getTime() + FUTURE_TOLERANCE_MS), now)).toBeNull();
    expect(contactTimeProblem(c, new Date(now.getTime() + FUTURE_TOLERANCE_MS + 1), now)).toBe(
      "contacts.errors.future",
    );
  });
  it("inside the cohort's days, inclusive", () => {
    const later = noon("2026-03-01");
    expect(contactTimeProblem(c, noon("2026-01-31"), later)).toBeNull();
    expect(contactTimeProblem(c, noon("2026-02-01"), later)).toBe("contacts.errors.afterEnd");
    expect(contactTimeProblem(c, noon("2026-01-01"), later)).toBeNull();
    expect(contactTimeProblem(c, noon("2025-12-31"), later)).toBe("contacts.errors.beforeStart");
  });
  it("minutes: optional, none for an unanswered call, 1 to the maximum", () => {
    expect(contactMinutesProblem("COMPLETED", null)).toBeNull();
    expect(contactMinutesProblem("NO_ANSWER", null)).toBeNull();
    expect(contactMinutesProblem("NO_ANSWER", 1)).toBe("contacts.errors.noDuration");
    expect(contactMinutesProblem("NO_ANSWER", 0)).toBe("contacts.errors.minutesRange");
    expect(contactMinutesProblem("COMPLETED", 5)).toBeNull();
    expect(contactMinutesProblem("COMPLETED", 1)).toBeNull();
    expect(contactMinutesProblem("COMPLETED", 0)).toBe("contacts.errors.minutesRange");
    expect(contactMinutesProblem("COMPLETED", MAX_CONTACT_MINUTES)).toBeNull();
    expect(contactMinutesProblem("COMPLETED", MAX_CONTACT_MINUTES + 1)).toBe("contacts.errors.minutesRange");
  });
  it("only a phone or video call can go unanswered", () => {
    expect(contactOutcomeProblem("NO_ANSWER", "PHONE")).toBeNull();
    expect(contactOutcomeProblem("NO_ANSWER", "VIDEO")).toBeNull();
    expect(contactOutcomeProblem("NO_ANSWER", "IN_PERSON")).toBe("contacts.errors.onlyCall");
    expect(contactOutcomeProblem("NO_ANSWER", "MESSAGE")).toBe("contacts.errors.onlyCall");
    expect(contactOutcomeProblem("COMPLETED", "IN_PERSON")).toBeNull();
    expect(contactOutcomeProblem("COMPLETED", "PHONE")).toBeNull();
  });
  it("a follow-up between the contact's day and the cohort's end, inclusive", () => {
    expect(followUpProblem(null, "2026-01-10", "2026-01-31")).toBeNull();
    expect(followUpProblem("", "2026-01-10", "2026-01-31")).toBeNull();
    expect(followUpProblem("2026-01-09", "2026-01-10", "2026-01-31")).toBe("contacts.errors.followUpBefore");
    expect(followUpProblem("2026-01-10", "2026-01-10", "2026-01-31")).toBeNull();
    expect(followUpProblem("2026-01-31", "2026-01-10", "2026-01-31")).toBeNull();
    expect(followUpProblem("2026-02-01", "2026-01-10", "2026-01-31")).toBe("contacts.errors.followUpAfterEnd");
  });
});

describe("cadenceSummary", () => {
  const summary = (today: string, paused: PausedPeriodDays[] = [], c = cohort(), cadence = running) =>
    cadenceSummary({ cohort: c, paused, cadence, now: noon(today) });
  const feb = { startsOn: "2026-01-20", endsOn: "2026-01-22" };
  const mar = { startsOn: "2026-01-25", endsOn: "2026-01-26" };
  const past = { startsOn: "2026-01-02", endsOn: "2026-01-03" };
  it("the next pause is the earliest one to come, whatever the order given", () => {
    for (const p of permutations([mar, past, feb])) {
      expect(summary("2026-01-10", p)).toEqual({
        kind: "running",
        nowDays: 10,
        endDays: 10,
        endFrom: null,
        pause: feb,
      });
    }
  });
  it("a pause in progress, from its first to its last day", () => {
    for (const d of ["2026-01-20", "2026-01-21", "2026-01-22"])
      expect(summary(d, [feb, mar])).toMatchObject({ kind: "paused", pause: feb });
    expect(summary("2026-01-23", [feb, mar])).toMatchObject({ kind: "running", pause: mar });
  });
  it("a pause starting after the cohort's end is not shown; one on its last day is", () => {
    expect(summary("2026-01-10", [{ startsOn: "2026-02-01", endsOn: "2026-02-05" }]).pause).toBeNull();
    const last = { startsOn: "2026-01-31", endsOn: "2026-02-05" };
    expect(summary("2026-01-10", [last]).pause).toEqual(last);
  });
  it("no end interval day when the interval does not change", () => {
    expect(summary("2026-01-10").endFrom).toBeNull();
  });
  it("a growing taper: the first day the end interval is in force", () => {
    const c = cohort({ firstIntervalDays: 5, lastIntervalDays: 20 });
    const s = summary("2026-01-01", [], c);
    expect(s.endFrom).toBe("2026-01-30");
    expect(intervalOn(c, "2026-01-30")).toBe(20);
    expect(intervalOn(c, "2026-01-29")).toBe(19);
  });
  it("a shrinking taper: the first day the end interval is in force", () => {
    const c = cohort({ firstIntervalDays: 20, lastIntervalDays: 5 });
    const s = summary("2026-01-01", [], c);
    expect(s.endFrom).toBe("2026-01-31");
    expect(intervalOn(c, "2026-01-31")).toBe(5);
    expect(intervalOn(c, "2026-01-30")).toBe(6);
    expect(s.endDays).toBe(5);
  });
  it("a shrinking taper that reaches its end interval mid-cohort", () => {
    const c = cohort({ firstIntervalDays: 6, lastIntervalDays: 5 });
    expect(summary("2026-01-01", [], c).endFrom).toBe("2026-01-17");
    expect(intervalOn(c, "2026-01-17")).toBe(5);
    expect(intervalOn(c, "2026-01-16")).toBe(6);
  });
  it("complete after the cohort's last day, running on it", () => {
    expect(summary("2026-02-01")).toEqual({ kind: "complete", nowDays: 10, endDays: 10, endFrom: null, pause: null });
    expect(summary("2026-01-31").kind).toBe("running");
    const complete: Cadence = {
      status: { kind: "complete", nextDueOn: null },
      intervalDays: 10,
      anchorOn: "2026-01-25",
    };
    expect(summary("2026-01-26", [mar], cohort(), complete)).toEqual({
      kind: "complete",
      nowDays: 10,
      endDays: 10,
      endFrom: null,
      pause: null,
    });
  });
});
