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
  // Sweep over the time line, elementary segment by segment (between consecutive starts and
  // ends). The activities covering a segment are those started by it and not yet ended; kept in
  // one heap of indices per kind and one for all, each popped once when it has ended, so a year
  // of a mentor's 1,500 contacts is n log n, not n² (59 s for a cohort's hours page before).
  const points = [...new Set(items.flatMap((a) => [a.start, a.end]))].sort((a, b) => a - b);
  const all = new IndexHeap();
  const perKind = ACTIVITY_KINDS.map(() => new IndexHeap());
  const live = (h: IndexHeap, s: number) => {
    while (h.size && items[h.peek()]!.end <= s) h.pop();
    return h.size ? h.peek() : -1;
  };
  let total = 0;
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i]!, points[i + 1]!];
    for (; next < items.length && items[next]!.start <= s; next++) {
      all.push(next);
      perKind[rank(items[next]!.kind)]!.push(next);
    }
    const first = live(all, s);
    if (first < 0) continue;
    // the best-ranked kind covering the segment (the earliest of that kind: the same one)
    const best = perKind.findIndex((h) => live(h, s) >= 0);
    const ms = e - s;
    total += ms;
    byKind[ACTIVITY_KINDS[best]!] += ms;
    const month = items[first]!.month;
    months.set(month, (months.get(month) ?? 0) + ms);
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

/** A binary min-heap of array indices (the sweep's activities in start order). */
class IndexHeap {
  private readonly a: number[] = [];
  get size() {
    return this.a.length;
  }
  peek(): number {
    return this.a[0]!;
  }
  push(x: number) {
    const a = this.a;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (a[p]! <= a[i]!) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): number {
    const a = this.a;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
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
