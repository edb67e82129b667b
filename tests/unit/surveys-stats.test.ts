/**
 * The survey statistics against reference values computed independently with SciPy 1.17.1
 * (scipy.stats.mannwhitneyu(x, y, alternative="two-sided", method="auto"), which uses the exact
 * distribution without ties when a sample has at most 8 values, else the normal approximation
 * with tie and continuity correction; numpy.std(ddof=1); numpy.percentile (linear);
 * scipy.stats.norm.cdf). Inputs and outputs are pasted below.
 */
import fc from "fast-check";
import { describe as group, expect, it } from "vitest";
import {
  cronbachAlpha,
  describe,
  distribution,
  exactUCounts,
  mannWhitneyU,
  normalCdf,
  quantile,
  ranks,
  scoreItem,
  sd,
} from "@/lib/stats";

group("descriptive statistics", () => {
  it("mean, sample SD and quartiles of a Likert sample (numpy: mean 3.9, std ddof=1 0.994428926012, percentiles 3.25/4/4.75)", () => {
    const d = describe([4, 5, 3, 4, 4, 5, 2, 4, 3, 5]);
    expect(d.n).toBe(10);
    expect(d.mean).toBeCloseTo(3.9, 12);
    expect(d.sd).toBeCloseTo(0.994428926012, 11);
    expect([d.q1, d.median, d.q3]).toEqual([3.25, 4, 4.75]);
  });
  it("quartiles by linear interpolation (numpy.percentile([1,2,3,4]) = 1.75, 2.5, 3.25)", () => {
    expect([0.25, 0.5, 0.75].map((p) => quantile([4, 1, 3, 2], p))).toEqual([1.75, 2.5, 3.25]);
  });
  it("all-equal answers: SD 0; one answer: SD undefined (null, never NaN); none: all null", () => {
    expect(sd([3, 3, 3, 3])).toBe(0);
    const one = describe([4]);
    expect(one).toEqual({ n: 1, mean: 4, sd: null, median: 4, q1: 4, q3: 4 });
    expect(describe([])).toEqual({ n: 0, mean: null, sd: null, median: null, q1: null, q3: null });
  });
  it("distribution counts each point and ignores values off the scale", () => {
    expect(distribution([1, 1, 2, 5, 5, 5, 0, 6, 2.5])).toEqual([2, 1, 0, 0, 3]);
  });
  it("normal CDF (scipy.stats.norm.cdf)", () => {
    const ref: [number, number][] = [
      [0, 0.5],
      [1, 0.841344746069],
      [1.96, 0.975002104852],
      [-2.5, 0.00620966532578],
      [3.7, 0.999892200267],
      [-1.2345, 0.10850832336267019],
      [0.5, 0.6914624612740131],
    ];
    for (const [z, p] of ref) expect(Math.abs(normalCdf(z) - p)).toBeLessThan(2e-7);
  });
  it("ranks give ties their average rank", () => {
    expect(ranks([10, 20, 20, 30, 20])).toEqual([1, 3, 3, 5, 3]);
  });
});

group("Mann-Whitney U (scipy.stats.mannwhitneyu, two-sided)", () => {
  const cases: { name: string; x: number[]; y: number[]; u1: number; p: number; method: "exact" | "normal" }[] = [
    {
      name: "exact, complete separation",
      x: [1, 2, 3, 4],
      y: [5, 6, 7, 8, 9],
      u1: 0,
      p: 0.01587301587,
      method: "exact",
    },
    {
      name: "exact, interleaved",
      x: [3.1, 1.2, 5.5, 2.2, 4.4],
      y: [6.1, 2.9, 7.3, 8.8, 0.5, 9.9],
      u1: 8,
      p: 0.2467532468,
      method: "exact",
    },
    {
      name: "exact, one small group against a larger one",
      x: [10, 20, 30],
      y: Array.from({ length: 40 }, (_, i) => i + 1).filter((v) => ![10, 20, 30].includes(v)),
      u1: 54,
      p: 0.9615384615,
      method: "exact",
    },
    {
      name: "Likert answers with ties: normal approximation",
      x: [4, 5, 3, 4, 4, 5, 2, 4, 3, 5],
      y: [3, 3, 4, 2, 3, 2, 4, 3, 1, 3, 2, 3],
      u1: 96.5,
      p: 0.013577164295076917,
      method: "normal",
    },
    { name: "small with ties", x: [1, 2, 2, 3], y: [2, 3, 3, 4, 5], u1: 3, p: 0.09934224785, method: "normal" },
    {
      name: "the Korean study's shape: 14 mentors vs 18 mentees",
      x: [4, 4, 5, 3, 4, 5, 4, 4, 3, 5, 4, 4, 5, 4],
      y: [3, 4, 4, 3, 5, 3, 4, 2, 4, 3, 4, 3, 3, 4, 3, 5, 4, 3],
      u1: 178,
      p: 0.03497092502,
      method: "normal",
    },
    { name: "groups of size 1 (exact)", x: [1], y: [2], u1: 0, p: 1, method: "exact" },
    { name: "one against four (exact)", x: [5], y: [1, 2, 3, 4], u1: 4, p: 0.4, method: "exact" },
    { name: "one against three, tied", x: [3], y: [3, 4, 5], u1: 0.5, p: 0.6373518882339371, method: "normal" },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = mannWhitneyU(c.x, c.y);
      if (!r.ok) throw new Error(`undefined: ${r.reason}`);
      expect(r.u1).toBe(c.u1);
      expect(r.u1 + r.u2).toBe(c.x.length * c.y.length);
      expect(r.method).toBe(c.method);
      expect(Math.abs(r.p - c.p)).toBeLessThan(1e-6);
    });
  }
  it("all answers equal: undefined, says why (no NaN)", () => {
    expect(mannWhitneyU([3, 3, 3], [3, 3])).toEqual({ ok: false, reason: "all_equal" });
  });
  it("an empty group: undefined", () => {
    expect(mannWhitneyU([], [1, 2])).toEqual({ ok: false, reason: "too_few" });
  });
  it("effect sizes: rank-biserial from U; r = Z/sqrt(N) on the normal method only", () => {
    const r = mannWhitneyU(
      [4, 4, 5, 3, 4, 5, 4, 4, 3, 5, 4, 4, 5, 4],
      [3, 4, 4, 3, 5, 3, 4, 2, 4, 3, 4, 3, 3, 4, 3, 5, 4, 3],
    );
    if (!r.ok) throw new Error();
    expect(r.rankBiserial).toBeCloseTo((2 * 178) / (14 * 18) - 1, 12);
    // p = 2 (1 - Phi(z)) gives z back: Phi^-1(1 - 0.03497092502/2) = 2.10852…
    expect(r.z).toBeCloseTo(2.1085, 3);
    expect(r.r).toBeCloseTo(r.z! / Math.sqrt(32), 12);
    const exact = mannWhitneyU([1, 2], [3, 4]);
    expect(exact.ok && exact.r).toBeNull();
  });
  it("the exact distribution counts every ordering: sums to C(m+n, m) and is symmetric", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 12 }), (m, n) => {
        const counts = exactUCounts(m, n);
        let binom = 1;
        for (let i = 1; i <= m; i++) binom = (binom * (n + i)) / i;
        expect(counts.reduce((a, b) => a + b, 0)).toBeCloseTo(binom, 6);
        expect(counts).toEqual([...counts].reverse());
      }),
    );
  });
  it("properties: 0 <= p <= 1, U1 + U2 = n1 n2, swapping the groups keeps p and flips the effect", () => {
    const likert = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(likert, likert, (x, y) => {
        const a = mannWhitneyU(x, y);
        const b = mannWhitneyU(y, x);
        expect(a.ok).toBe(b.ok);
        if (!a.ok || !b.ok) return;
        expect(a.p).toBeGreaterThanOrEqual(0);
        expect(a.p).toBeLessThanOrEqual(1);
        expect(Number.isNaN(a.p)).toBe(false);
        expect(a.u1 + a.u2).toBe(x.length * y.length);
        expect(b.p).toBeCloseTo(a.p, 12);
        expect(b.rankBiserial).toBeCloseTo(-a.rankBiserial, 12);
      }),
    );
  });
});

group("instruments", () => {
  it("reverse keying on a 1-5 scale scores 6 - answer", () => {
    expect([1, 2, 3, 4, 5].map((v) => scoreItem(v, true))).toEqual([5, 4, 3, 2, 1]);
    expect(scoreItem(2, false)).toBe(2);
  });
  it("Cronbach's alpha (numpy: k/(k-1) (1 - sum var_i / var_total) = 0.9375 for this matrix)", () => {
    const m = [
      [4, 5, 4, 3],
      [3, 4, 3, 3],
      [5, 5, 4, 4],
      [2, 3, 2, 2],
      [4, 4, 5, 4],
      [3, 3, 3, 2],
    ];
    expect(cronbachAlpha(m)).toBeCloseTo(0.9375, 12);
  });
  it("alpha skips incomplete rows and is undefined with one item, one row or no variance", () => {
    expect(cronbachAlpha([[1], [2]])).toBeNull();
    expect(cronbachAlpha([[1, 2]])).toBeNull();
    expect(
      cronbachAlpha([
        [3, 3],
        [3, 3],
      ]),
    ).toBeNull();
    const withGap = cronbachAlpha([
      [4, 5, 4, 3],
      [3, 4, 3, 3],
      [5, 5, 4, 4],
      [2, 3, 2, 2],
      [4, 4, 5, 4],
      [3, 3, 3, 2],
      [1, null, 5, 5],
    ]);
    expect(withGap).toBeCloseTo(0.9375, 12);
  });
  it("alpha is at most 1 whenever defined", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 30,
        }),
        (rows) => {
          const a = cronbachAlpha(rows);
          if (a !== null) expect(a).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
    );
  });
});
