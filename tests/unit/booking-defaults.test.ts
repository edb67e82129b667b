import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DURATIONS, suggestSlotDefaults, type LastOpened } from "@/lib/booking/rules";
import { localDate, zonedToUtc } from "@/lib/time";

const TZ = "Europe/Berlin";
const base = { timeZone: TZ, cohortStartsOn: "2026-10-01", cohortEndsOn: "2027-06-30" };
const last: LastOpened = {
  startsAt: zonedToUtc("2026-11-03T12:30", TZ),
  endsAt: zonedToUtc("2026-11-03T13:30", TZ),
  place: "Campus cafe",
  kind: "GROUP",
  capacity: 4,
};

describe("suggestSlotDefaults (the open-times form's starting values)", () => {
  it("with nothing opened yet: 17:00, 45 minutes, one-to-one, today while 17:00 is over an hour away", () => {
    expect(suggestSlotDefaults({ ...base, now: zonedToUtc("2026-12-02T09:00", TZ), last: null })).toEqual({
      date: "2026-12-02",
      time: "17:00",
      durationMinutes: 45,
      place: "",
      kind: "INDIVIDUAL",
      capacity: null,
    });
  });

  it("after 16:00 the day has passed: tomorrow (never 17:00 today at 18:00)", () => {
    expect(suggestSlotDefaults({ ...base, now: zonedToUtc("2026-12-02T16:01", TZ), last: null })?.date).toBe(
      "2026-12-03",
    );
    expect(suggestSlotDefaults({ ...base, now: zonedToUtc("2026-12-02T18:00", TZ), last: null })?.date).toBe(
      "2026-12-03",
    );
  });

  it("follows the last time opened: its time of day, length, place, kind and seats", () => {
    expect(suggestSlotDefaults({ ...base, now: zonedToUtc("2026-12-02T09:00", TZ), last })).toEqual({
      date: "2026-12-02",
      time: "12:30",
      durationMinutes: 60,
      place: "Campus cafe",
      kind: "GROUP",
      capacity: 4,
    });
  });

  it("before the programme starts: its first day; after its last day: nothing", () => {
    expect(suggestSlotDefaults({ ...base, now: zonedToUtc("2026-09-01T09:00", TZ), last: null })?.date).toBe(
      "2026-10-01",
    );
    expect(suggestSlotDefaults({ ...base, now: zonedToUtc("2027-06-30T20:00", TZ), last: null })).toBeNull();
  });

  it("an odd length from an older version falls back to 45 minutes", () => {
    const odd = { ...last, endsAt: new Date(last.startsAt.getTime() + 50 * 60_000) };
    expect(suggestSlotDefaults({ ...base, now: zonedToUtc("2026-12-02T09:00", TZ), last: odd })?.durationMinutes).toBe(
      45,
    );
  });

  it("at 23:30 with a 00:00 habit: not the midnight half an hour away, the one after", () => {
    const midnight = {
      ...last,
      startsAt: zonedToUtc("2026-11-03T00:00", TZ),
      endsAt: zonedToUtc("2026-11-03T00:45", TZ),
    };
    expect(suggestSlotDefaults({ ...base, now: zonedToUtc("2026-12-02T23:30", TZ), last: midnight })?.date).toBe(
      "2026-12-04",
    );
  });

  it("always a start at least an hour ahead, within two days, with a length the form offers", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2026-10-01T00:00:00Z"), max: new Date("2027-06-28T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(...DURATIONS),
        (now, hour, minutes) => {
          const startsAt = zonedToUtc(`2026-11-03T${String(hour).padStart(2, "0")}:00`, TZ);
          const d = suggestSlotDefaults({
            ...base,
            now,
            last: { ...last, startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) },
          });
          expect(d).not.toBeNull();
          const start = zonedToUtc(`${d!.date}T${d!.time}`, TZ);
          expect(start.getTime()).toBeGreaterThanOrEqual(now.getTime() + 3_600_000);
          const today = localDate(now, TZ);
          expect(start.getTime()).toBeLessThan(now.getTime() + 50 * 3_600_000);
          expect(d!.date >= today).toBe(true);
          expect(d!.durationMinutes).toBe(minutes);
        },
      ),
    );
  });
});
