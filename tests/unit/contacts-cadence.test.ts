import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  activeDaysBetween,
  addActiveDays,
  contactCadence,
  contactCompliance,
  contactMinutesProblem,
  contactTimeProblem,
  intervalOn,
  urgency,
  type CadenceCohort,
} from "@/lib/contacts/rules";
import { addLocalDays, zonedToUtc } from "@/lib/time";

// 1 Sep 2026 - 30 Jun 2027: 302 days; weekly at the start, every 3 weeks at the end.
const cohort: CadenceCohort = {
  startsOn: "2026-09-01",
  endsOn: "2027-06-30",
  timeZone: "Europe/Berlin",
  firstIntervalDays: 7,
  lastIntervalDays: 21,
};
const at = (local: string, tz = cohort.timeZone) => zonedToUtc(local, tz);

describe("the taper: first interval -> last interval, linear over the cohort's span", () => {
  it("is the first interval on the first day, the midpoint halfway, the last interval on the last day", () => {
    expect(intervalOn(cohort, "2026-09-01")).toBe(7);
    expect(intervalOn(cohort, addLocalDays("2026-09-01", 151))).toBe(14);
    expect(intervalOn(cohort, "2027-06-30")).toBe(21);
    // clamped outside the span
    expect(intervalOn(cohort, "2026-08-01")).toBe(7);
    expect(intervalOn(cohort, "2027-08-01")).toBe(21);
  });

  it("never gets shorter as the year goes on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 301 }), (n) => {
        const d = addLocalDays(cohort.startsOn, n);
        expect(intervalOn(cohort, addLocalDays(d, 1))).toBeGreaterThanOrEqual(intervalOn(cohort, d));
      }),
    );
  });

  it("at the start: a call on day 3 is due a week later", () => {
    const c = contactCadence({
      cohort,
      paused: [],
      lastContactAt: at("2026-09-03T10:00"),
      now: at("2026-09-05T12:00"),
    });
    expect(c.intervalDays).toBe(7);
    expect(c.status).toEqual({ kind: "on_track", nextDueOn: "2026-09-10", daysLeft: 5 });
  });

  it("in the middle: two weeks", () => {
    const mid = addLocalDays("2026-09-01", 151); // 2027-01-30
    const c = contactCadence({
      cohort,
      paused: [],
      lastContactAt: at(`${mid}T18:00`),
      now: at(`${addLocalDays(mid, 14)}T09:00`),
    });
    expect(c.status).toEqual({ kind: "due_today", nextDueOn: addLocalDays(mid, 14) });
    const later = contactCadence({
      cohort,
      paused: [],
      lastContactAt: at(`${mid}T18:00`),
      now: at(`${addLocalDays(mid, 17)}T09:00`),
    });
    expect(later.status).toEqual({ kind: "overdue", nextDueOn: addLocalDays(mid, 14), daysOverdue: 3 });
  });

  it("at the end: three weeks, and nothing is due after the cohort's last day", () => {
    const c = contactCadence({
      cohort,
      paused: [],
      lastContactAt: at("2027-06-05T10:00"),
      now: at("2027-06-06T10:00"),
    });
    expect(c.intervalDays).toBe(20);
    expect(c.status).toEqual({ kind: "on_track", nextDueOn: "2027-06-25", daysLeft: 19 });
    const last = contactCadence({
      cohort,
      paused: [],
      lastContactAt: at("2027-06-15T10:00"),
      now: at("2027-06-20T10:00"),
    });
    expect(last.status).toEqual({ kind: "complete", nextDueOn: null });
  });

  it("a contact due ON the cohort's last day is still due (not complete); one day later it would be", () => {
    // the anchor whose next due day is exactly the last day (interval 20 at the end: 10 June)
    const anchorOn = "2027-06-10";
    expect(addActiveDays(anchorOn, intervalOn(cohort, anchorOn), [])).toBe(cohort.endsOn);
    const input = { cohort, paused: [], lastContactAt: anchorOn } as const;
    expect(contactCadence({ ...input, now: at("2027-06-29T10:00") }).status).toEqual({
      kind: "on_track",
      nextDueOn: cohort.endsOn,
      daysLeft: 1,
    });
    expect(contactCadence({ ...input, now: at("2027-06-30T10:00") }).status).toEqual({
      kind: "due_today",
      nextDueOn: cohort.endsOn,
    });
    // the day after: due the day after the last day, so nothing more is expected
    expect(contactCadence({ ...input, lastContactAt: "2027-06-11", now: at("2027-06-29T10:00") }).status).toEqual({
      kind: "complete",
      nextDueOn: null,
    });
  });

  it("the last days of the cohort: overdue stops growing after the last day", () => {
    const c = contactCadence({
      cohort,
      paused: [],
      lastContactAt: at("2027-06-05T10:00"),
      now: at("2027-06-29T10:00"),
    });
    expect(c.status).toEqual({ kind: "overdue", nextDueOn: "2027-06-25", daysOverdue: 4 });
    const after = contactCadence({
      cohort,
      paused: [],
      lastContactAt: at("2027-06-05T10:00"),
      now: at("2027-07-20T10:00"),
    });
    expect(after.status).toEqual({ kind: "overdue", nextDueOn: "2027-06-25", daysOverdue: 5 });
  });

  it("with no contact yet, the clock starts on the cohort's first day", () => {
    const c = contactCadence({ cohort, paused: [], lastContactAt: null, now: at("2026-09-10T10:00") });
    expect(c.anchorOn).toBe("2026-09-01");
    expect(c.status).toEqual({ kind: "overdue", nextDueOn: "2026-09-08", daysOverdue: 2 });
    // a contact before the start (an introduction) does not move the clock back
    const early = contactCadence({
      cohort,
      paused: [],
      lastContactAt: at("2026-08-20T10:00"),
      now: at("2026-09-02T10:00"),
    });
    expect(early.anchorOn).toBe("2026-09-01");
  });
});

describe("paused periods (exam blocks, holidays): the clock stops", () => {
  const flat = { ...cohort, firstIntervalDays: 7, lastIntervalDays: 7 };
  const exams = [{ startsOn: "2026-12-14", endsOn: "2026-12-25" }]; // 12 days

  it("counts only active days", () => {
    expect(activeDaysBetween("2026-12-10", "2026-12-30", exams)).toBe(20 - 12);
    expect(addActiveDays("2026-12-10", 7, exams)).toBe("2026-12-29"); // 11,12,13 + 26..29 = 7
    expect(addActiveDays("2026-12-14", 2, exams)).toBe("2026-12-27"); // a contact inside a pause
  });

  it("jumps over pauses exactly as stepping day by day would (overlapping and adjacent pauses too)", () => {
    const naive = (from: string, n: number, paused: { startsOn: string; endsOn: string }[]) => {
      let day = from;
      for (let left = n; left > 0; ) {
        day = addLocalDays(day, 1);
        if (!paused.some((p) => day >= p.startsOn && day <= p.endsOn)) left--;
      }
      return day;
    };
    const pause = fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 20 })).map(([s, len]) => ({
      startsOn: addLocalDays("2026-09-01", s),
      endsOn: addLocalDays("2026-09-01", s + len),
    }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(pause, { maxLength: 4 }),
        (start, n, paused) => {
          const from = addLocalDays("2026-09-01", start);
          expect(addActiveDays(from, n, paused)).toBe(naive(from, n, paused));
        },
      ),
    );
  });

  it("moves a due date that would fall in or across the pause", () => {
    const c = contactCadence({
      cohort: flat,
      paused: exams,
      lastContactAt: at("2026-12-10T10:00"),
      now: at("2026-12-20T10:00"),
    });
    expect(c.status).toEqual({ kind: "on_track", nextDueOn: "2026-12-29", daysLeft: 9 });
  });

  it("does not count paused days as overdue", () => {
    // due 11 Dec, missed; the block starts on the 14th
    const c = contactCadence({
      cohort: flat,
      paused: exams,
      lastContactAt: at("2026-12-04T10:00"),
      now: at("2026-12-24T10:00"),
    });
    expect(c.status).toEqual({ kind: "overdue", nextDueOn: "2026-12-11", daysOverdue: 2 });
    const after = contactCadence({
      cohort: flat,
      paused: exams,
      lastContactAt: at("2026-12-04T10:00"),
      now: at("2026-12-27T10:00"),
    });
    expect(after.status).toEqual({ kind: "overdue", nextDueOn: "2026-12-11", daysOverdue: 4 });
  });

  it("a due date missed the day before a pause stays overdue by one day through it", () => {
    const c = contactCadence({
      cohort: flat,
      paused: exams,
      lastContactAt: at("2026-12-06T10:00"),
      now: at("2026-12-18T10:00"),
    });
    expect(c.status).toEqual({ kind: "overdue", nextDueOn: "2026-12-13", daysOverdue: 1 });
  });
});

describe("the cohort's time zone, across DST changes", () => {
  it("uses the cohort's local day, not UTC's, on the night the clocks go back (Europe/Berlin, 25 Oct 2026)", () => {
    // 23:30 on 20 Oct in Berlin is 21:30 UTC: the same day either way; the interval there is 9 days
    const last = at("2026-10-20T23:30");
    expect(intervalOn(cohort, "2026-10-20")).toBe(9);
    // 00:30 on 29 Oct in Berlin (after the change, UTC+1) is still 28 Oct in UTC
    const now = at("2026-10-29T00:30");
    expect(now.toISOString()).toBe("2026-10-28T23:30:00.000Z");
    expect(contactCadence({ cohort, paused: [], lastContactAt: last, now }).status).toEqual({
      kind: "due_today",
      nextDueOn: "2026-10-29",
    });
    // 23:59 the evening before is on track by one day
    expect(contactCadence({ cohort, paused: [], lastContactAt: last, now: at("2026-10-28T23:59") }).status).toEqual({
      kind: "on_track",
      nextDueOn: "2026-10-29",
      daysLeft: 1,
    });
  });

  it("a week is seven calendar days across the spring-forward night (23-hour day), in two zones", () => {
    const spring = { ...cohort, firstIntervalDays: 7, lastIntervalDays: 7 };
    for (const [tz, change] of [
      ["Europe/Berlin", "2027-03-28"],
      ["America/New_York", "2027-03-14"],
    ] as const) {
      const c = { ...spring, timeZone: tz };
      const last = at(`${addLocalDays(change, -3)}T00:15`, tz);
      const due = addLocalDays(change, 4);
      expect(
        contactCadence({ cohort: c, paused: [], lastContactAt: last, now: at(`${due}T00:05`, tz) }).status,
      ).toEqual({ kind: "due_today", nextDueOn: due });
      expect(
        contactCadence({ cohort: c, paused: [], lastContactAt: last, now: at(`${addLocalDays(due, -1)}T23:55`, tz) })
          .status.kind,
      ).toBe("on_track");
    }
  });
});

describe("compliance: the share of due contacts that happened on time", () => {
  const flat = { ...cohort, firstIntervalDays: 7, lastIntervalDays: 7 };
  it("counts each due date reached: on time, late, or currently overdue", () => {
    // due 8 Sep: contact 7 Sep (on time); due 14 Sep: contact 16 Sep (late); due 23 Sep: none by 30 Sep (late)
    const r = contactCompliance({
      cohort: flat,
      paused: [],
      contactDays: ["2026-09-16", "2026-09-07", "2026-09-07"],
      now: at("2026-09-30T12:00"),
    });
    expect(r).toEqual({ onTime: 1, late: 2, share: 1 / 3 });
  });
  it("does not count a contact not yet due; no due dates yet means no figure", () => {
    expect(contactCompliance({ cohort: flat, paused: [], contactDays: [], now: at("2026-09-05T12:00") })).toEqual({
      onTime: 0,
      late: 0,
      share: null,
    });
    expect(
      contactCompliance({ cohort: flat, paused: [], contactDays: ["2026-09-07"], now: at("2026-09-10T12:00") }),
    ).toEqual({ onTime: 1, late: 0, share: 1 });
  });
});

describe("what a contact log may say", () => {
  const now = at("2026-10-10T12:00");
  it("refuses the future (beyond a few minutes of clock skew) and days outside the cohort", () => {
    expect(contactTimeProblem(cohort, at("2026-10-10T12:03"), now)).toBeNull();
    expect(contactTimeProblem(cohort, at("2026-10-10T13:00"), now)).toBe("contacts.errors.future");
    expect(contactTimeProblem(cohort, at("2026-08-31T23:30"), now)).toBe("contacts.errors.beforeStart");
    expect(contactTimeProblem(cohort, at("2026-09-01T00:10"), now)).toBeNull();
    expect(contactTimeProblem(cohort, at("2027-07-01T00:10"), at("2027-08-01T00:00"))).toBe("contacts.errors.afterEnd");
  });
  it("keeps minutes in a sane range and none for an unanswered call", () => {
    expect(contactMinutesProblem("COMPLETED", 20)).toBeNull();
    expect(contactMinutesProblem("COMPLETED", null)).toBeNull();
    expect(contactMinutesProblem("COMPLETED", 0)).toBe("contacts.errors.minutesRange");
    expect(contactMinutesProblem("COMPLETED", 900)).toBe("contacts.errors.minutesRange");
    expect(contactMinutesProblem("NO_ANSWER", 5)).toBe("contacts.errors.noDuration");
  });
  it("sorts overdue first, most overdue first", () => {
    const list = [
      { kind: "on_track", nextDueOn: "x", daysLeft: 3 },
      { kind: "overdue", nextDueOn: "x", daysOverdue: 2 },
      { kind: "complete", nextDueOn: null },
      { kind: "due_today", nextDueOn: "x" },
      { kind: "overdue", nextDueOn: "x", daysOverdue: 9 },
    ] as const;
    expect(
      [...list].sort((a, b) => urgency(a) - urgency(b)).map((s) => s.kind + ("daysOverdue" in s ? s.daysOverdue : "")),
    ).toEqual(["overdue9", "overdue2", "due_today", "on_track", "complete"]);
  });
});
