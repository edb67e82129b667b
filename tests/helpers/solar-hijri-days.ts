import fc from "fast-check";

/**
 * Days for the Solar Hijri tests (tests/unit/solar-hijri*.test.ts): ISO dates, what Intl's
 * Persian calendar says of them, and an arbitrary day from 1900 to 2100.
 */
export const DAY = 86_400_000;
export const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** What Intl's Persian calendar says (the display side), as numbers. */
const intl = new Intl.DateTimeFormat("en-US-u-ca-persian", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});
export function intlParts(d: string) {
  const parts = intl.formatToParts(new Date(`${d}T00:00:00Z`));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { jy: n("year"), jm: n("month"), jd: n("day") };
}
/** 1900-01-01 .. 2100-12-31 */
export const days = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2100, 11, 31) / DAY })
  .map((d) => iso(d * DAY));
