import { localDate, localDaysBetween } from "../time";
import { LOCALE_INFO, type Locale } from "./config";

/**
 * Dates, times and numbers for a reader (docs/i18n.md, "Dates and numbers"): one module, Intl
 * only. Persian in the Solar Hijri calendar with Persian digits, Korean in Korean order, English
 * as the programme always showed it (en-GB: "29 Mar 2026"). Instants are shown in the cohort's
 * time zone (pass it); calendar dates (@db.Date, midnight UTC) with `day`. The programme's rules
 * never see any of this: they work on UTC instants and "YYYY-MM-DD" local dates (lib/time.ts).
 *
 *   const f = formatter(locale, cohort.timeZone);
 *   f.dateTime(slot.startsAt)   // en "Sun 29 Mar, 16:00"   fa "یکشنبه ۹ فروردین، ۱۶:۰۰"
 *
 * Pure and shared by server and client code (client components: useFormatter() in
 * lib/i18n/use-format.ts gives the same object for the page's locale).
 */
const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const DATE_LONG: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric" };
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: "long" };
const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };
// A 24-hour clock in every language (en-GB and Persian use it anyway; Korean timetables too),
// so a time reads the same on the server and in any browser's ICU.
const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

// Intl formatters are slow to build and safe to share: one per (locale, zone, style).
const memo = new Map<string, Intl.DateTimeFormat>();
function dtf(tag: string, timeZone: string, style: string, options: Intl.DateTimeFormatOptions) {
  const id = `${tag}|${timeZone}|${style}`;
  let f = memo.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { ...options, timeZone });
    memo.set(id, f);
  }
  return f;
}

export interface Formatter {
  locale: Locale;
  timeZone: string;
  /** An instant's calendar date in the zone: "29 Mar 2026" / "۹ فروردین ۱۴۰۵" / "2026년 3월 29일". */
  date(d: Date): string;
  /** With the weekday, written out: "Sunday 29 March 2026". */
  dateLong(d: Date): string;
  /** Weekday, date and time: "Sun 29 Mar, 16:00". */
  dateTime(d: Date): string;
  /** Wall-clock time: "16:00". */
  time(d: Date): string;
  /** From one instant to another: "Sun 29 Mar, 16:00 – 16:30" (same day) or both in full. */
  range(from: Date, to: Date): string;
  /** A calendar date stored as midnight UTC (@db.Date), whatever the zone. */
  day(d: Date): string;
  /** A number in the locale's digits and separators: 1,234 / ۱٬۲۳۴. */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** "today", "yesterday", "3 days ago": calendar days in the zone (a call at 23:50 was yesterday at 00:10). */
  daysAgo(d: Date, now: Date): string;
  /** "Ana, Ben and Chloe" / "Ana، Ben و Chloe". */
  list(items: string[]): string;
}

export function formatter(locale: Locale, timeZone = "UTC"): Formatter {
  const tag = LOCALE_INFO[locale].intl;
  const f: Formatter = {
    locale,
    timeZone,
    date: (d) => dtf(tag, timeZone, "date", DATE).format(d),
    // ICU's full Persian-calendar pattern comes out scrambled ("۱۴۰۵ فروردین ۹, یکشنبه"): composed.
    dateLong: (d) =>
      locale === "fa"
        ? `${dtf(tag, timeZone, "weekday", WEEKDAY).format(d)}، ${dtf(tag, timeZone, "dmy", DAY_MONTH_YEAR).format(d)}`
        : dtf(tag, timeZone, "dateLong", DATE_LONG).format(d),
    dateTime: (d) => dtf(tag, timeZone, "dateTime", DATE_TIME).format(d),
    time: (d) => dtf(tag, timeZone, "time", TIME).format(d),
    range: (from, to) => dtf(tag, timeZone, "dateTime", DATE_TIME).formatRange(from, to),
    day: (d) => dtf(tag, "UTC", "date", DATE).format(d),
    number: (n, options) => new Intl.NumberFormat(tag, options).format(n),
    daysAgo: (d, now) => {
      const days = Math.max(0, localDaysBetween(localDate(d, timeZone), localDate(now, timeZone)));
      return new Intl.RelativeTimeFormat(tag, { numeric: "auto" }).format(-days, "day");
    },
    list: (items) => new Intl.ListFormat(tag, { style: "long", type: "conjunction" }).format(items),
  };
  return f;
}
