import { describe, expect, it } from "vitest";
import {
  addLocalDays,
  dbDateToLocal,
  isValidTimeZone,
  localDate,
  localDateTime,
  localDaysBetween,
  localToDbDate,
  startOfLocalDay,
  zonedToUtc,
} from "@/lib/time";

describe("time zones (stored UTC, shown and reasoned in the cohort's zone)", () => {
  it("converts wall-clock times both ways in two zones", () => {
    expect(zonedToUtc("2026-11-23T16:00", "Europe/Berlin").toISOString()).toBe("2026-11-23T15:00:00.000Z");
    expect(zonedToUtc("2026-11-23T16:00", "Asia/Tehran").toISOString()).toBe("2026-11-23T12:30:00.000Z");
    expect(localDateTime(new Date("2026-11-23T15:00:00Z"), "Europe/Berlin")).toBe("2026-11-23T16:00");
    expect(localDateTime(new Date("2026-11-23T12:30:00Z"), "Asia/Tehran")).toBe("2026-11-23T16:00");
  });

  it("keeps the local date right near midnight", () => {
    const instant = new Date("2026-11-23T23:30:00Z");
    expect(localDate(instant, "UTC")).toBe("2026-11-23");
    expect(localDate(instant, "Europe/Berlin")).toBe("2026-11-24");
    expect(localDate(instant, "America/New_York")).toBe("2026-11-23");
  });

  it("handles the spring-forward gap and the autumn overlap (Europe/Berlin 2027)", () => {
    // 28 March 2027: 02:00 -> 03:00. 02:30 does not exist and moves forward.
    expect(zonedToUtc("2027-03-28T01:30", "Europe/Berlin").toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(zonedToUtc("2027-03-28T03:30", "Europe/Berlin").toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(localDateTime(zonedToUtc("2027-03-28T02:30", "Europe/Berlin"), "Europe/Berlin")).toBe("2027-03-28T03:30");
    // The day of the change is 23 hours long.
    const start = startOfLocalDay("2027-03-28", "Europe/Berlin").getTime();
    const next = startOfLocalDay("2027-03-29", "Europe/Berlin").getTime();
    expect((next - start) / 3_600_000).toBe(23);
    // 31 October 2027: 03:00 -> 02:00, a 25-hour day.
    const a = startOfLocalDay("2027-10-31", "Europe/Berlin").getTime();
    const b = startOfLocalDay("2027-11-01", "Europe/Berlin").getTime();
    expect((b - a) / 3_600_000).toBe(25);
  });

  it("counts calendar days whatever DST does", () => {
    expect(localDaysBetween("2027-03-27", "2027-03-29")).toBe(2);
    expect(localDaysBetween("2026-12-31", "2027-01-21")).toBe(21);
    expect(addLocalDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addLocalDays("2027-02-27", 2)).toBe("2027-03-01");
    expect(addLocalDays("2027-01-10", -14)).toBe("2026-12-27");
  });

  it("round-trips @db.Date values and rejects unknown zones", () => {
    expect(dbDateToLocal(localToDbDate("2026-10-19"))).toBe("2026-10-19");
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(() => zonedToUtc("23/11/2026", "UTC")).toThrow();
  });
});
