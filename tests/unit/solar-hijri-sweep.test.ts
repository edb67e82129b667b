/**
 * The thorough tier (vitest project "thorough", run by npm test, not by the everyday
 * `npm run test:unit`): the Solar Hijri conversion against Intl on 3,000 drawn days each way,
 * and every day of 200 years. solar-hijri.test.ts keeps the same properties at 200 runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSolarHijri, fromSolarHijri, parseSolarHijri, toSolarHijri } from "@/lib/i18n/solar-hijri";

import { DAY, days, intlParts, iso } from "../helpers/solar-hijri-days";

describe("Solar Hijri <-> Gregorian, thoroughly", () => {
  it("agrees with Intl's Persian calendar on every day drawn from 1900 to 2100", () => {
    fc.assert(
      fc.property(days, (d) => {
        expect(toSolarHijri(d)).toEqual(intlParts(d));
      }),
      { numRuns: 3000 },
    );
  });

  it("parse(format(d)) === d, in Persian and in Latin digits", () => {
    fc.assert(
      fc.property(days, (d) => {
        expect(parseSolarHijri(formatSolarHijri(d))).toBe(d);
        expect(parseSolarHijri(formatSolarHijri(d, "latin"))).toBe(d);
      }),
      { numRuns: 3000 },
    );
  });

  it("every day of 1300..1500 round-trips (month lengths, leap years)", () => {
    let t = Date.parse("1921-03-21T00:00:00Z");
    const end = Date.parse("2122-03-21T00:00:00Z");
    const wrong: string[] = [];
    let days = 0;
    for (; t < end; t += DAY, days++) if (fromSolarHijri(toSolarHijri(iso(t))) !== iso(t)) wrong.push(iso(t));
    expect(days).toBeGreaterThan(73_000);
    expect(wrong).toEqual([]);
  });
});
