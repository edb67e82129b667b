/**
 * What every part of the demo shares: independent seeded random streams, fixed ids, and the
 * demo's calendar (every date derived from `today`). No database.
 */
import { mulberry32 } from "../pairing/rules/draw";
import { zonedToUtc } from "../time";

export const DEMO_TIME_ZONE = "Europe/Berlin";
/** The base of every random stream of the demo (people, contacts, sessions …). */
export const DEMO_RANDOM_BASE = "duomentor-demo-2026";

const DAY = 86_400_000;

/** An independent random stream per purpose, so changing one part never shifts another. */
export function rngFor(name: string) {
  let h = 2_166_136_261;
  for (const ch of `${DEMO_RANDOM_BASE}:${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 16_777_619);
  const next = mulberry32(h);
  return {
    next,
    /** integer in [min, max] */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [value, w] of entries) {
        x -= w;
        if (x < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
  };
}
export type Rng = ReturnType<typeof rngFor>;

/** "cdemousr0001": deterministic, unique per table, and shaped like a cuid. */
export const idOf = (table: string, n: number) => `cdemo${table}${String(n).padStart(4, "0")}`;

export const utcMidnight = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
export const addMinutes = (d: Date, n: number) => new Date(d.getTime() + n * 60_000);

/** The instant of a wall-clock time on a (UTC-midnight) day in the cohort's time zone. */
export function localTime(day: Date, hour: number, minute = 0): Date {
  const pad = (n: number) => String(n).padStart(2, "0");
  return zonedToUtc(`${day.toISOString().slice(0, 10)}T${pad(hour)}:${pad(minute)}`, DEMO_TIME_ZONE);
}

/** "Thursday 3 December, 17:30" in the cohort's time zone. */
export function meetingTime(d: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: DEMO_TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
}

/** The start of the cohort: the Monday five weeks before the week of `today`. */
export function demoCohortStart(today: Date): Date {
  const day = utcMidnight(today);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday - 35);
}

/** The demo's calendar: the cohort's dates and the set-up steps before it began. */
export function demoCalendar(todayInput: Date) {
  const today = utcMidnight(todayInput);
  const startsOn = demoCohortStart(today);
  return {
    today,
    startsOn,
    thisMonday: addDays(startsOn, 35),
    endsOn: addDays(startsOn, 30 * 7 - 3), // the Friday of week 30
    setUpAt: localTime(addDays(startsOn, -45), 10), // accounts imported, cohort set up
    trainedAt: localTime(addDays(startsOn, -12), 16),
    drawnAt: localTime(addDays(startsOn, -10), 11), // mentees drawn, mentors accepted
    publishedAt: localTime(addDays(startsOn, -3), 12), // pairs and groups published
    /** `n` days from today */
    day: (n: number) => addDays(today, n),
  };
}
export type DemoCalendar = ReturnType<typeof demoCalendar>;
