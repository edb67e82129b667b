import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hoursOf,
  normaliseCode,
  totalMinutes,
  verificationCode,
  volunteerMinutes,
  type Activity,
} from "@/lib/recognition/rules";

const T0 = Date.UTC(2026, 9, 5, 10, 0);
const MIN = 60_000;
const act = (kind: Activity["kind"], startMin: number, lengthMin: number, month = "2026-10"): Activity => ({
  kind,
  start: T0 + startMin * MIN,
  end: T0 + (startMin + lengthMin) * MIN,
  month,
});

describe("volunteer minutes", () => {
  it("adds separate activities by kind and by month", () => {
    const s = volunteerMinutes([
      act("MEETING", 0, 60),
      act("CONTACT", 120, 20),
      act("CONTACT", 60 * 24 * 30, 15, "2026-11"),
    ]);
    expect(s.minutes).toBe(95);
    expect(s.byKind).toEqual({ MEETING: 60, SESSION: 0, CONTACT: 35 });
    expect(s.byMonth).toEqual([
      { month: "2026-10", minutes: 80 },
      { month: "2026-11", minutes: 15 },
    ]);
  });
  it("overlaps are not counted twice: a call during a meeting adds nothing; the meeting keeps the time", () => {
    const s = volunteerMinutes([act("CONTACT", 10, 20), act("MEETING", 0, 60)]);
    expect(s.minutes).toBe(60);
    expect(s.byKind).toEqual({ MEETING: 60, SESSION: 0, CONTACT: 0 });
  });
  it("partial overlap counts the union", () => {
    expect(volunteerMinutes([act("MEETING", 0, 60), act("MEETING", 30, 60)]).minutes).toBe(90);
    expect(volunteerMinutes([act("CONTACT", 50, 30), act("MEETING", 0, 60)]).byKind).toEqual({
      MEETING: 60,
      SESSION: 0,
      CONTACT: 20,
    });
  });
  it("empty and reversed intervals count nothing", () => {
    expect(volunteerMinutes([act("CONTACT", 0, 0), { ...act("CONTACT", 0, 10), end: T0 - MIN }]).minutes).toBe(0);
  });
  it("the total is the length of the union, never more than the sum, never less than the longest (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            s: fc.integer({ min: 0, max: 600 }),
            l: fc.integer({ min: 0, max: 120 }),
            k: fc.constantFrom("MEETING", "SESSION", "CONTACT"),
          }),
          { maxLength: 12 },
        ),
        (xs) => {
          const acts = xs.map((x) => act(x.k as Activity["kind"], x.s, x.l));
          const s = volunteerMinutes(acts);
          const covered = new Set(xs.flatMap((x) => Array.from({ length: x.l }, (_, i) => x.s + i)));
          expect(s.minutes).toBe(covered.size);
          expect(s.byKind.MEETING + s.byKind.SESSION + s.byKind.CONTACT).toBe(s.minutes);
          expect(s.byMonth.reduce((a, m) => a + m.minutes, 0)).toBe(s.minutes);
        },
      ),
    );
  });
  it("adjustments add or remove minutes, never below zero; hours with one decimal", () => {
    expect(totalMinutes(120, [{ minutes: 30 }, { minutes: -15 }])).toBe(135);
    expect(totalMinutes(10, [{ minutes: -60 }])).toBe(0);
    expect(hoursOf(135)).toBe(2.3);
    expect(hoursOf(0)).toBe(0);
  });
});

describe("verification codes", () => {
  it("12 unambiguous characters in three groups; typed codes normalised; anything else refused", () => {
    const code = verificationCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 31]));
    expect(code).toBe("ABCD-EFGH-JKL9");
    expect(normaliseCode(" abcd efgh-jkl9 ")).toBe(code);
    expect(normaliseCode("ABCD-EFGH-JKL")).toBeNull();
    expect(normaliseCode("ABCD-EFGH-JKL0")).toBeNull(); // 0 is never in a code
    expect(normaliseCode("<script>")).toBeNull();
  });
});

/**
 * The sweep before the heap (O(n²), 59 s for the scale cohort's hours page), kept verbatim as the
 * reference: the heap sweep must give the same minutes, kinds and months for any activities.
 */
function referenceMinutes(activities: readonly Activity[]) {
  const KINDS = ["MEETING", "SESSION", "CONTACT"] as const;
  const byKind: Record<string, number> = { MEETING: 0, SESSION: 0, CONTACT: 0 };
  const months = new Map<string, number>();
  const rank = (k: Activity["kind"]) => KINDS.indexOf(k);
  const items = activities
    .filter((a) => a.end > a.start)
    .sort((a, b) => a.start - b.start || rank(a.kind) - rank(b.kind));
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
    total += e - s;
    byKind[best.kind] += e - s;
    months.set(first.month, (months.get(first.month) ?? 0) + e - s);
  }
  const toMin = (ms: number) => Math.round(ms / MIN);
  return {
    minutes: toMin(total),
    byKind: Object.fromEntries(KINDS.map((k) => [k, toMin(byKind[k])])),
    byMonth: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, ms]) => ({ month, minutes: toMin(ms) })),
  };
}

describe("volunteerMinutes: the heap sweep gives what the quadratic sweep gave", () => {
  it("for any activities, months and kinds included (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            s: fc.integer({ min: 0, max: 400 }),
            l: fc.integer({ min: -5, max: 150 }),
            k: fc.constantFrom("MEETING", "SESSION", "CONTACT"),
            m: fc.constantFrom("2026-03", "2026-04", "2026-05"),
          }),
          { maxLength: 40 },
        ),
        (xs) => {
          const acts = xs.map((x) => act(x.k as Activity["kind"], x.s, x.l, x.m));
          expect(volunteerMinutes(acts)).toEqual(referenceMinutes(acts));
        },
      ),
      { numRuns: 300 },
    );
  });
  it("a year of 1,500 contacts and 40 meetings, overlapping", () => {
    const acts: Activity[] = [];
    for (let i = 0; i < 1500; i++)
      acts.push(act("CONTACT", i * 337, 20 + (i % 45), `2026-${String(1 + (i % 12)).padStart(2, "0")}`));
    for (let i = 0; i < 40; i++) acts.push(act("MEETING", i * 12_000 + 5, 60));
    expect(volunteerMinutes(acts)).toEqual(referenceMinutes(acts));
  });
});
