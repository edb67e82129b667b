/**
 * Volunteer hours: pure rules (no Prisma, no clock). Hours are computed, never typed twice:
 * each source (lib/recognition/data.ts) gives a mentor's activities as time intervals; time
 * covered twice (a contact logged during a meeting, two overlapping activities) counts once.
 * Adding a source (programme sessions attended, when that area lands) is one more kind here and
 * one more SELECT there.
 */

export const ACTIVITY_KINDS = ["MEETING", "SESSION", "CONTACT"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity {
  kind: ActivityKind;
  /** epoch milliseconds */
  start: number;
  end: number;
  /** the cohort-local month of `start`, "YYYY-MM" (the query computes it in the cohort's zone) */
  month: string;
}

export interface HoursSummary {
  /** minutes after overlaps are removed */
  minutes: number;
  byKind: Record<ActivityKind, number>;
  byMonth: { month: string; minutes: number }[];
}

const MINUTE = 60_000;

/**
 * Minutes of a mentor's activities with overlaps counted once. Where two activities overlap,
 * the shared time goes to the kind listed first in ACTIVITY_KINDS (a meeting over a contact),
 * and to the month of the activity that started first. Empty or reversed intervals count 0.
 */
export function volunteerMinutes(activities: readonly Activity[]): HoursSummary {
  const byKind = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, 0])) as Record<ActivityKind, number>;
  const months = new Map<string, number>();
  const rank = (k: ActivityKind) => ACTIVITY_KINDS.indexOf(k);
  const items = activities
    .filter((a) => a.end > a.start)
    .sort((a, b) => a.start - b.start || rank(a.kind) - rank(b.kind));
  // Sweep over the time line: at each elementary segment, the covering activity of best rank wins.
  const points = [...new Set(items.flatMap((a) => [a.start, a.end]))].sort((a, b) => a - b);
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    let best: Activity | null = null;
    for (const a of items) {
      if (a.start > s) break;
      if (a.end >= e && (!best || rank(a.kind) < rank(best.kind))) best = a;
    }
    if (!best) continue;
    const first = items.find((a) => a.start <= s && a.end >= e)!;
    const ms = e - s;
    total += ms;
    byKind[best.kind] += ms;
    months.set(first.month, (months.get(first.month) ?? 0) + ms);
  }
  const toMin = (ms: number) => Math.round(ms / MINUTE);
  return {
    minutes: toMin(total),
    byKind: Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, toMin(byKind[k])])) as Record<ActivityKind, number>,
    byMonth: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, ms]) => ({ month, minutes: toMin(ms) })),
  };
}

/** Computed minutes plus the coordinator's adjustments, never below zero. */
export function totalMinutes(computed: number, adjustments: readonly { minutes: number }[]): number {
  return Math.max(0, computed + adjustments.reduce((a, x) => a + x.minutes, 0));
}

/** Hours with one decimal, from minutes (what a certificate prints). */
export function hoursOf(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

/** A verification code from random bytes: 12 characters in three groups ("K7QX-M2PA-9TZD"). */
export function verificationCode(bytes: Uint8Array): string {
  if (bytes.length < 12) throw new Error("12 random bytes needed");
  const chars = [...bytes.slice(0, 12)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** A typed code normalised (case, spaces, dashes), or null when it cannot be one. */
export function normaliseCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "");
  if (!/^[A-Z2-9]{12}$/.test(s) || [...s].some((c) => !ALPHABET.includes(c))) return null;
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}
