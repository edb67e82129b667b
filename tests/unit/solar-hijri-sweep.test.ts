/**
 * The thorough tier (vitest project "thorough", run by npm test, not by the everyday
 * `npm run test:unit`): the Solar Hijri conversion against Intl on 3,000 drawn days each way,
 * and every day of 200 years. solar-hijri.test.ts keeps the same properties at 200 runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSolarHijri, fromSolarHijri, parseSolarHijri, toSolarHijri } from "@/lib/i18n/solar-hijri";

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** What Intl's Persian calendar says (the display side), as numbers. */
const intl = new Intl.DateTimeFormat("en-US-u-ca-persian", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});
function intlParts(d: string) {
  const parts = intl.formatToParts(new Date(`${d}T00:00:00Z`));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { jy: n("year"), jm: n("month"), jd: n("day") };
}
// 1900-01-01 .. 2100-12-31
const days = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2100, 11, 31) / DAY })
  .map((d) => iso(d * DAY));

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
