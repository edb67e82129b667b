import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatSolarHijri,
  fromSolarHijri,
  isLeapSolarHijriYear,
  latinDigits,
  parseSolarHijri,
  toSolarHijri,
} from "@/lib/i18n/solar-hijri";

import { days, intlParts } from "../helpers/solar-hijri-days";

describe("Solar Hijri <-> Gregorian", () => {
  it("known dates (Nowruz, a leap year's last day, today's example)", () => {
    expect(toSolarHijri("2026-03-21")).toEqual({ jy: 1405, jm: 1, jd: 1 });
    expect(toSolarHijri("2025-03-20")).toEqual({ jy: 1403, jm: 12, jd: 30 }); // 1403 is leap
    expect(fromSolarHijri({ jy: 1405, jm: 9, jd: 12 })).toBe("2026-12-03");
    expect(isLeapSolarHijriYear(1403)).toBe(true);
    expect(isLeapSolarHijriYear(1404)).toBe(false);
  });

  it("agrees with Intl's Persian calendar on days drawn from 1900 to 2100 (200 here; solar-hijri-sweep.test.ts draws 3,000 and walks every day)", () => {
    fc.assert(
      fc.property(days, (d) => {
        expect(toSolarHijri(d)).toEqual(intlParts(d));
      }),
      { numRuns: 200 },
    );
  });

  it("parse(format(d)) === d, in Persian and in Latin digits", () => {
    fc.assert(
      fc.property(days, (d) => {
        expect(parseSolarHijri(formatSolarHijri(d))).toBe(d);
        expect(parseSolarHijri(formatSolarHijri(d, "latin"))).toBe(d);
      }),
      { numRuns: 200 },
    );
  });
});

describe("parseSolarHijri", () => {
  it("accepts Persian, Arabic-Indic and Latin digits and common separators", () => {
    for (const text of ["۱۴۰۵/۰۹/۱۲", "1405/09/12", "1405-9-12", " ۱۴۰۵.۹.۱۲ ", "١٤٠٥/٠٩/١٢", "1405 09 12"])
      expect(parseSolarHijri(text), text).toBe("2026-12-03");
    expect(latinDigits("۱۴۰۵")).toBe("1405");
  });

  it("refuses what is not a day of the calendar", () => {
    for (const text of [
      "",
      "1405",
      "1405/13/01",
      "1405/00/10",
      "1405/07/31",
      "1404/12/30",
      "05/09/12",
      "2026-12-03x",
      "abc",
    ])
      expect(parseSolarHijri(text), text).toBeNull();
    expect(parseSolarHijri("1403/12/30")).toBe("2025-03-20");
  });
});
