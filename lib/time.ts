/**
 * Time zones: instants are stored in UTC; the programme's days and wall-clock times are those of
 * the cohort's IANA time zone (STYLE.md, practice 15). Pure functions over @date-fns/tz, safe
 * across DST changes. A "local date" is a "YYYY-MM-DD" string; a "local time" "YYYY-MM-DDTHH:mm".
 */
import { TZDate } from "@date-fns/tz";

const pad = (n: number) => String(n).padStart(2, "0");

/** Is this a time zone the runtime knows ("Europe/Berlin", "UTC")? */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date of an instant in a zone: "2026-03-29". */
export function localDate(instant: Date, tz: string): string {
  const z = new TZDate(instant.getTime(), tz);
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`;
}

/** The wall-clock time of an instant in a zone: "2026-03-29T16:00". */
export function localDateTime(instant: Date, tz: string): string {
  const z = new TZDate(instant.getTime(), tz);
  return `${localDate(instant, tz)}T${pad(z.getHours())}:${pad(z.getMinutes())}`;
}

function parseLocal(local: string): [number, number, number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(local);
  if (!m) throw new Error(`Not a local date or time: ${local}`);
  return [Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)];
}

/**
 * The instant of a wall-clock time in a zone. A time skipped by a DST change moves forward by the
 * gap (02:30 on a spring-forward night is 03:30); an ambiguous one takes the first occurrence.
 */
export function zonedToUtc(local: string, tz: string): Date {
  const [y, mo, d, h, mi] = parseLocal(local);
  return new Date(new TZDate(y, mo, d, h, mi, tz).getTime());
}

/** The instant a local date starts (local midnight) in a zone. */
export function startOfLocalDay(localDay: string, tz: string): Date {
  return zonedToUtc(localDay.slice(0, 10), tz);
}

/** Adds calendar days to a local date: "2026-03-28" + 2 = "2026-03-30". */
export function addLocalDays(localDay: string, days: number): string {
  const [y, mo, d] = parseLocal(localDay.slice(0, 10));
  const t = new Date(Date.UTC(y, mo, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Whole calendar days from local date a to local date b (b - a), whatever DST does in between. */
export function localDaysBetween(a: string, b: string): number {
  const [ya, ma, da] = parseLocal(a.slice(0, 10));
  const [yb, mb, db] = parseLocal(b.slice(0, 10));
  return Math.round((Date.UTC(yb, mb, db) - Date.UTC(ya, ma, da)) / 86_400_000);
}

/** A @db.Date value (midnight UTC) as a local date string. */
export function dbDateToLocal(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A local date string as a @db.Date value (midnight UTC). */
export function localToDbDate(localDay: string): Date {
  return new Date(`${localDay.slice(0, 10)}T00:00:00.000Z`);
}
