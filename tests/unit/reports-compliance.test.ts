import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stackedBars } from "@/lib/reports/chart";
import { contactCompliance, expectedContacts, type CadenceCohort } from "@/lib/contacts/rules";
import { complianceWeeks, weekOf } from "@/lib/reports/rules";
import { addLocalDays, zonedToUtc } from "@/lib/time";

const cohort: CadenceCohort = {
  startsOn: "2026-09-01",
  endsOn: "2027-06-30",
  timeZone: "Europe/Berlin",
  firstIntervalDays: 7,
  lastIntervalDays: 7,
};
const at = (local: string) => zonedToUtc(local, cohort.timeZone);
const RANGE = { from: "2026-09-01", to: "2027-06-30" };

describe("expected contacts (the compliance rule, contact by contact)", () => {
  it("gives each due day and whether a contact came by then", () => {
    // due 8 Sep: contact 7 Sep (in time); due 14 Sep: contact 16 Sep (late); due 23 Sep: none by 30 Sep (late)
    expect(
      expectedContacts({
        cohort,
        paused: [],
        contactDays: ["2026-09-16", "2026-09-07", "2026-09-07"],
        now: at("2026-09-30T12:00"),
      }),
    ).toEqual([
      { dueOn: "2026-09-08", onTime: true },
      { dueOn: "2026-09-14", onTime: false },
      { dueOn: "2026-09-23", onTime: false },
    ]);
  });

  it("adds up to the compliance figures of the compliance pages (property)", () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => addLocalDays(cohort.startsOn, n));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), fc.integer({ min: 0, max: 150 }), (days, nowIn) => {
        const now = at(`${addLocalDays(cohort.startsOn, nowIn)}T12:00`);
        const input = { cohort: { ...cohort, lastIntervalDays: 21 }, paused: [], contactDays: days, now };
        const list = expectedContacts(input);
        const c = contactCompliance(input);
        expect(list.filter((e) => e.onTime).length).toBe(c.onTime);
        expect(list.filter((e) => !e.onTime).length).toBe(c.late);
        // in order; a late one never after today (a contact made early may be for a later due day)
        const today = addLocalDays(cohort.startsOn, nowIn);
        expect([...list.map((e) => e.dueOn)].sort()).toEqual(list.map((e) => e.dueOn));
        for (const e of list) if (!e.onTime) expect(e.dueOn < today).toBe(true);
      }),
    );
  });
});

describe("compliance per week", () => {
  it("weeks start on Monday", () => {
    expect(weekOf("2026-09-07")).toBe("2026-09-07"); // Monday
    expect(weekOf("2026-09-08")).toBe("2026-09-07");
    expect(weekOf("2026-09-13")).toBe("2026-09-07"); // Sunday
    expect(weekOf("2026-09-14")).toBe("2026-09-14");
    expect(weekOf("2027-01-01")).toBe("2026-12-28");
  });

  it("counts mentees, not contacts: in time only when every contact due that week came in time", () => {
    const weeks = complianceWeeks(
      [
        [
          { dueOn: "2026-09-08", onTime: true },
          { dueOn: "2026-09-10", onTime: false },
        ],
        [{ dueOn: "2026-09-09", onTime: true }],
        [{ dueOn: "2026-09-15", onTime: false }],
        [{ dueOn: "2026-08-30", onTime: false }], // outside the range
      ],
      RANGE,
    );
    expect(weeks).toEqual([
      { week: "2026-09-07", due: 2, onTime: 1 },
      { week: "2026-09-14", due: 1, onTime: 0 },
    ]);
  });

  it("never counts a mentee twice in a week, never more in time than due (property)", () => {
    const entry = fc.record({
      dueOn: fc.integer({ min: 0, max: 90 }).map((n) => addLocalDays("2026-09-01", n)),
      onTime: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 12 }), { maxLength: 15 }), (people) => {
        const weeks = complianceWeeks(people, RANGE);
        for (const w of weeks) {
          expect(w.due).toBeLessThanOrEqual(people.length);
          expect(w.onTime).toBeLessThanOrEqual(w.due);
          expect(weekOf(w.week)).toBe(w.week);
        }
        expect(new Set(weeks.map((w) => w.week)).size).toBe(weeks.length);
      }),
    );
  });
});

describe("charts right to left", () => {
  const input = { labels: ["w1", "w2", "w3"], series: [{ key: "n", values: [1, 2, 3] }] };
  it("the first bar (earliest week) is on the left in English, on the right in Persian; the y axis follows", () => {
    const ltr = stackedBars(input);
    const rtl = stackedBars(input, 640, 240, { rtl: true });
    const xOf = (g: typeof ltr, i: number) => g.bars.find((b) => b.index === i)!.x;
    expect(xOf(ltr, 0)).toBeLessThan(xOf(ltr, 2));
    expect(xOf(rtl, 0)).toBeGreaterThan(xOf(rtl, 2));
    expect(ltr.yAxis).toBe("left");
    expect(rtl.yAxis).toBe("right");
    // mirrored: the same bar sits at the same distance from its own side
    expect(xOf(rtl, 0) + rtl.bars[0].width).toBeCloseTo(640 - xOf(ltr, 0));
    expect(rtl.xLabels.find((l) => l.index === 0)!.x).toBeGreaterThan(rtl.xLabels.find((l) => l.index === 2)!.x);
  });
  it("a fixed top (percentages) keeps the scale at 100", () => {
    const g = stackedBars({ labels: ["a"], series: [{ key: "s", values: [40] }] }, 640, 200, { yMax: 100 });
    expect(Math.max(...g.yTicks.map((t) => t.value))).toBe(100);
  });
});
