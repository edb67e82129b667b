/**
 * lib/stats.ts against simple-statistics wherever the library has the function (decision 093):
 * the descriptives it computes for us, and the parts we compute ourselves that it can check
 * (ranks through its Wilcoxon rank sum, the normal CDF through its error function, the median
 * quartile, the count of orderings through its combinatorics, Cohen's d and Welch's means).
 */
import fc from "fast-check";
import * as ss from "simple-statistics";
import { describe as group, expect, it } from "vitest";
import {
  cohensD,
  cronbachAlpha,
  describe,
  exactUCounts,
  mannWhitney,
  mannWhitneyU,
  normalCdf,
  quantile,
  ranks,
  welch,
} from "@/lib/stats";

const likert = fc.integer({ min: 1, max: 5 });
const sample = (min = 1) => fc.array(likert, { minLength: min, maxLength: 40 });
const scores = (min = 1) =>
  fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: min, maxLength: 40 });
const close = (a: number, b: number, tol = 1e-9) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

group("descriptives agree with simple-statistics", () => {
  it("mean, sample SD and median; null (never NaN) where undefined", () => {
    fc.assert(
      fc.property(scores(0), (xs) => {
        const d = describe(xs);
        expect(d.n).toBe(xs.length);
        if (xs.length === 0) {
          expect([d.mean, d.sd, d.median, d.q1, d.q3]).toEqual([null, null, null, null, null]);
          return;
        }
        expect(close(d.mean!, ss.mean(xs))).toBe(true);
        expect(close(d.median!, ss.median(xs))).toBe(true);
        if (xs.length < 2) expect(d.sd).toBeNull();
        else expect(close(d.sd!, ss.sampleStandardDeviation(xs), 1e-7)).toBe(true);
      }),
    );
  });
  it("type-7 quantiles: the median is simple-statistics' median, the ends are min and max, quartiles are ordered", () => {
    fc.assert(
      fc.property(scores(), (xs) => {
        expect(close(quantile(xs, 0.5)!, ss.median(xs))).toBe(true);
        expect(quantile(xs, 0) === ss.min(xs)).toBe(true);
        expect(quantile(xs, 1) === ss.max(xs)).toBe(true);
        const [q1, q2, q3] = [0.25, 0.5, 0.75].map((p) => quantile(xs, p)!);
        expect(q1 <= q2 && q2 <= q3).toBe(true);
      }),
    );
  });
});

group("what we compute ourselves, checked with simple-statistics", () => {
  // simple-statistics 7.8.8 ranks ties its own way ([1] against [3, 3, 1] gives 2.5, average ranks
  // give 1.5), so this check is on samples without ties; ties are checked against SciPy in
  // surveys-stats.test.ts.
  it("ranks (no ties): the first group's rank sum is simple-statistics' Wilcoxon rank sum, U1 = W - n1(n1+1)/2", () => {
    const distinct = fc.uniqueArray(fc.integer({ min: -500, max: 500 }), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(distinct, fc.nat(), (all, cut) => {
        const k = 1 + (cut % (all.length - 1));
        const x = all.slice(0, k);
        const y = all.slice(k);
        const r = ranks([...x, ...y]);
        const w = r.slice(0, x.length).reduce((a, b) => a + b, 0);
        expect(close(w, ss.wilcoxonRankSum(x, y))).toBe(true);
        const m = mannWhitneyU(x, y);
        const u1 = ss.wilcoxonRankSum(x, y) - (x.length * (x.length + 1)) / 2;
        expect(m.ok && close(m.u1, u1)).toBe(true);
      }),
    );
  });
  it("the normal CDF is 0.5 (1 + erf(z / √2)) within simple-statistics' erf accuracy", () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => {
        expect(Math.abs(normalCdf(z) - 0.5 * (1 + ss.errorFunction(z / Math.SQRT2)))).toBeLessThan(3e-7);
      }),
    );
  });
  it("the exact distribution counts C(m+n, m) orderings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 12 }), (m, n) => {
        const total = exactUCounts(m, n).reduce((a, b) => a + b, 0);
        expect(total).toBe(Math.round(ss.factorial(m + n) / (ss.factorial(m) * ss.factorial(n))));
      }),
    );
  });
  it("the outcomes shape is the normal method of the one test (same U1, p; z signed by the direction)", () => {
    fc.assert(
      fc.property(sample(), sample(), (x, y) => {
        const a = mannWhitney(x, y)!;
        const b = mannWhitneyU(x, y, "normal");
        if (!b.ok) {
          expect(a).toMatchObject({ z: 0, p: 1 });
          return;
        }
        expect(a.u).toBe(b.u1);
        expect(a.p).toBe(b.p);
        expect(Math.abs(a.z)).toBeCloseTo(b.z!, 12);
        expect(Math.sign(a.z) * Math.sign(a.rankBiserial)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it("Cohen's d and Welch's difference use simple-statistics' means and variances", () => {
    fc.assert(
      fc.property(scores(2), scores(2), (a, b) => {
        const w = welch(a, b)!;
        expect(close(w.difference, ss.mean(a) - ss.mean(b), 1e-9)).toBe(true);
        const pooled = Math.sqrt(
          ((a.length - 1) * ss.sampleVariance(a) + (b.length - 1) * ss.sampleVariance(b)) / (a.length + b.length - 2),
        );
        const d = cohensD(a, b);
        if (pooled === 0) expect(d).toBeNull();
        else expect(close(d!, (ss.mean(a) - ss.mean(b)) / pooled, 1e-7)).toBe(true);
      }),
    );
  });
  it("Cronbach's alpha is k/(k-1) (1 - Σ var_i / var_total) with simple-statistics' sample variances", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 6 })
          .chain((k) => fc.array(fc.array(likert, { minLength: k, maxLength: k }), { minLength: 2, maxLength: 30 })),
        (rows) => {
          const k = rows[0].length;
          const total = ss.sampleVariance(rows.map((r) => ss.sum(r)));
          const alpha = cronbachAlpha(rows);
          if (total === 0) {
            expect(alpha).toBeNull();
            return;
          }
          let items = 0;
          for (let j = 0; j < k; j++) items += ss.sampleVariance(rows.map((r) => r[j]));
          const ref = (k / (k - 1)) * (1 - items / total);
          expect(close(alpha!, ref, 1e-9)).toBe(true);
          expect(alpha!).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
    );
  });
});
