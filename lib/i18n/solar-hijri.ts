/**
 * Solar Hijri (Jalali, the Iranian calendar) <-> Gregorian for the Persian date field
 * (components/ui/date-field.tsx). Display goes through Intl (`fa-IR-u-ca-persian`, lib/i18n/format.ts);
 * this is the parsing side: what a person types ("۱۴۰۵/۰۹/۱۲" or "1405/09/12") to the ISO date the
 * forms submit. The arithmetic is Borkowski's (the one jalaali-js uses), valid for Solar Hijri
 * years -61 to 3177; tests/unit/solar-hijri.test.ts checks it against Intl over many dates.
 * Pure: no imports, no clock.
 */

const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
];

const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;

/** Leap state of a Solar Hijri year and the Gregorian March day its year starts on. */
function jalCal(jy: number): { leap: number; gy: number; march: number } {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0];
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i];
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { leap, gy, march };
}

/** Julian day number of a Gregorian date. */
function g2d(gy: number, gm: number, gd: number): number {
  const d = div((gy + div(gm - 8, 6) + 100100) * 1461, 4) + div(153 * mod(gm + 9, 12) + 2, 5) + gd - 34840408;
  return d - div(div(gy + 100100 + div(gm - 8, 6), 100) * 3, 4) + 752;
}

/** Gregorian date of a Julian day number. */
function d2g(jdn: number): { gy: number; gm: number; gd: number } {
  let j = 4 * jdn + 139361631;
  j = j + div(div(4 * jdn + 183187720, 146097) * 3, 4) * 4 - 3908;
  const i = div(mod(j, 1461), 4) * 5 + 308;
  const gd = div(mod(i, 153), 5) + 1;
  const gm = mod(div(i, 153), 12) + 1;
  const gy = div(j, 1461) - 100100 + div(8 - gm, 6);
  return { gy, gm, gd };
}

export const MIN_YEAR = -61;
export const MAX_YEAR = 3177;

export function isLeapSolarHijriYear(jy: number): boolean {
  return jalCal(jy).leap === 0;
}

export function solarHijriMonthLength(jy: number, jm: number): number {
  if (jm <= 6) return 31;
  if (jm <= 11) return 30;
  return isLeapSolarHijriYear(jy) ? 30 : 29;
}

export interface SolarHijriDate {
  jy: number;
  jm: number;
  jd: number;
}

/** "YYYY-MM-DD" (Gregorian) to its Solar Hijri date. */
export function toSolarHijri(iso: string): SolarHijriDate {
  const [gy, gm, gd] = iso.split("-").map(Number);
  const jdn = g2d(gy, gm, gd);
  const gyOfDay = d2g(jdn).gy;
  let jy = gyOfDay - 621;
  const r = jalCal(jy);
  let k = jdn - g2d(gyOfDay, 3, r.march);
  if (k >= 0) {
    if (k <= 185) return { jy, jm: 1 + div(k, 31), jd: mod(k, 31) + 1 };
    k -= 186;
  } else {
    jy -= 1;
    k += 179;
    if (r.leap === 1) k += 1;
  }
  return { jy, jm: 7 + div(k, 30), jd: mod(k, 30) + 1 };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** A Solar Hijri date to "YYYY-MM-DD" (Gregorian). */
export function fromSolarHijri({ jy, jm, jd }: SolarHijriDate): string {
  const r = jalCal(jy);
  const jdn = g2d(r.gy, 3, r.march) + (jm - 1) * 31 - div(jm, 7) * (jm - 7) + jd - 1;
  const { gy, gm, gd } = d2g(jdn);
  return `${pad(gy, 4)}-${pad(gm)}-${pad(gd)}`;
}

const PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
const ARABIC = "٠١٢٣٤٥٦٧٨٩";

/** Persian and Arabic-Indic digits to Latin ones. */
export function latinDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (c) => String(Math.max(PERSIAN.indexOf(c), ARABIC.indexOf(c))));
}

/** "1405/09/12" (Latin digits) -> "۱۴۰۵/۰۹/۱۲". */
export function persianDigits(text: string): string {
  return text.replace(/[0-9]/g, (c) => PERSIAN[Number(c)]);
}

/**
 * What a person typed, as the Gregorian ISO date, or null: year, month and day in that order,
 * separated by / - . or a space, with Persian, Arabic-Indic or Latin digits ("۱۴۰۵/۹/۱۲",
 * "1405-09-12"); a year from 1 to 3177 (two-digit years are refused) and a day that exists.
 */
export function parseSolarHijri(text: string): string | null {
  const m = /^\s*(\d{3,4})\s*[/\-.\s]\s*(\d{1,2})\s*[/\-.\s]\s*(\d{1,2})\s*$/.exec(latinDigits(text));
  if (!m) return null;
  const [jy, jm, jd] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (jy < 1 || jy > MAX_YEAR || jm < 1 || jm > 12 || jd < 1 || jd > solarHijriMonthLength(jy, jm)) return null;
  return fromSolarHijri({ jy, jm, jd });
}

/** The Gregorian ISO date as a person types it in Persian: "۱۴۰۵/۰۹/۱۲" ("" for an empty value). */
export function formatSolarHijri(iso: string, digits: "persian" | "latin" = "persian"): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "";
  const { jy, jm, jd } = toSolarHijri(iso);
  const text = `${jy}/${pad(jm)}/${pad(jd)}`;
  return digits === "persian" ? persianDigits(text) : text;
}
