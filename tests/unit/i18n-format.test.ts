import { describe, expect, it } from "vitest";
import { formatter } from "@/lib/i18n/format";

/**
 * Exact strings per language, across Europe/Berlin's spring-forward night (29 March 2026:
 * 02:00 CET becomes 03:00 CEST, so 00:30 and 01:30 UTC are one wall-clock hour AND one skipped
 * hour apart), and in Tehran (no DST since 2022) and Seoul. The instants are what the rules use;
 * only the text differs. Persian: Solar Hijri calendar (29 March 2026 is 9 Farvardin 1405) with
 * Persian digits.
 */
const beforeJump = new Date("2026-03-29T00:30:00Z"); // 01:30 CET
const afterJump = new Date("2026-03-29T01:30:00Z"); // 03:30 CEST
const autumn = new Date("2026-10-25T01:30:00Z"); // 02:30 CET, after falling back (03:00 CEST -> 02:00 CET)
const dbDate = new Date("2026-03-21T00:00:00Z"); // a @db.Date: Nowruz, 1 Farvardin 1405

describe("formatter: English (en-GB order, 24-hour clock)", () => {
  const f = formatter("en", "Europe/Berlin");
  it("shows instants in the cohort's zone on both sides of a DST change", () => {
    expect(f.dateTime(beforeJump)).toBe("Sun 29 Mar, 01:30");
    expect(f.dateTime(afterJump)).toBe("Sun 29 Mar, 03:30");
    expect(f.time(autumn)).toBe("02:30");
    expect(f.date(afterJump)).toBe("29 Mar 2026");
    expect(f.dateLong(afterJump)).toBe("Sunday, 29 March 2026");
    expect(f.range(afterJump, new Date("2026-03-29T02:00:00Z"))).toBe("Sun 29 Mar, 03:30–04:00");
  });
  it("shows calendar dates as stored, whatever the zone", () => {
    expect(f.day(dbDate)).toBe("21 Mar 2026");
    expect(formatter("en", "Pacific/Honolulu").day(dbDate)).toBe("21 Mar 2026");
  });
  it("numbers, lists and days ago", () => {
    expect(f.number(1234.5)).toBe("1,234.5");
    expect(f.list(["Ana", "Ben", "Chloe"])).toBe("Ana, Ben and Chloe");
    expect(f.daysAgo(afterJump, afterJump)).toBe("today");
    expect(f.daysAgo(new Date("2026-03-27T12:00:00Z"), afterJump)).toBe("2 days ago");
  });
});

describe("formatter: Persian (Solar Hijri, Persian digits)", () => {
  const f = formatter("fa", "Europe/Berlin");
  it("shows instants in the cohort's zone on both sides of a DST change", () => {
    expect(f.dateTime(beforeJump)).toBe("یکشنبه ۹ فروردین، ۰۱:۳۰");
    expect(f.dateTime(afterJump)).toBe("یکشنبه ۹ فروردین، ۰۳:۳۰");
    expect(f.time(autumn)).toBe("۰۲:۳۰");
    expect(f.date(afterJump)).toBe("۹ فروردین ۱۴۰۵");
    expect(f.dateLong(afterJump)).toBe("یکشنبه، ۹ فروردین ۱۴۰۵");
  });
  it("in Tehran's own zone", () => {
    const tehran = formatter("fa", "Asia/Tehran");
    expect(tehran.dateTime(new Date("2026-03-20T20:30:00Z"))).toBe("شنبه ۱ فروردین، ۰۰:۰۰");
    expect(tehran.date(new Date("2026-03-20T20:29:00Z"))).toBe("۲۹ اسفند ۱۴۰۴");
  });
  it("calendar dates, numbers, lists and days ago", () => {
    expect(f.day(dbDate)).toBe("۱ فروردین ۱۴۰۵");
    expect(f.number(1234.5)).toBe("۱٬۲۳۴٫۵");
    expect(f.daysAgo(afterJump, afterJump)).toBe("امروز");
    expect(f.daysAgo(new Date("2026-03-28T12:00:00Z"), afterJump)).toBe("دیروز");
  });
});

describe("formatter: Korean", () => {
  const f = formatter("ko", "Europe/Berlin");
  it("shows instants in the cohort's zone on both sides of a DST change", () => {
    expect(f.dateTime(beforeJump)).toBe("3월 29일 (일) 01:30");
    expect(f.dateTime(afterJump)).toBe("3월 29일 (일) 03:30");
    expect(f.time(autumn)).toBe("02:30");
    expect(f.date(afterJump)).toBe("2026년 3월 29일");
    expect(f.dateLong(afterJump)).toBe("2026년 3월 29일 일요일");
  });
  it("in Seoul's own zone", () => {
    expect(formatter("ko", "Asia/Seoul").dateTime(afterJump)).toBe("3월 29일 (일) 10:30");
  });
  it("calendar dates, numbers and days ago", () => {
    expect(f.day(dbDate)).toBe("2026년 3월 21일");
    expect(f.number(1234.5)).toBe("1,234.5");
    expect(f.daysAgo(new Date("2026-03-28T12:00:00Z"), afterJump)).toBe("어제");
  });
});

describe("days ago counts calendar days in the zone, not 24-hour blocks", () => {
  it("a call at 23:50 was yesterday at 00:10", () => {
    const f = formatter("en", "Europe/Berlin");
    expect(f.daysAgo(new Date("2026-06-01T21:50:00Z"), new Date("2026-06-01T22:10:00Z"))).toBe("yesterday");
  });
});
