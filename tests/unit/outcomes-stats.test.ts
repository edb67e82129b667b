import { describe as group, expect, it } from "vitest";
import { cohensD, describe, mannWhitney, normalCdf, tQuantile, welch } from "@/lib/stats";

// Reference values computed independently with SciPy 1.17 (scipy.stats.mannwhitneyu(method="asymptotic",
// use_continuity=True), ttest_ind(equal_var=False).confidence_interval(), t.ppf, norm.cdf) and NumPy.
const a = [72, 85, 90, 66, 78, 88, 95, 70, 81, 77];
const b = [60, 75, 68, 72, 80, 58, 66, 71, 69, 74, 62, 79];

group("comparison statistics against SciPy", () => {
  it("descriptives: n, mean, sample SD, median", () => {
    const d = describe(a);
    expect(d.n).toBe(10);
    expect(d.mean).toBeCloseTo(80.2, 10);
    expect(d.sd).toBeCloseTo(9.354737361952559, 10);
    expect(d.median).toBe(79.5);
    expect(describe([])).toEqual({ n: 0, mean: null, sd: null, median: null, q1: null, q3: null });
  });
  it("normal CDF and t quantiles", () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 9);
    expect(normalCdf(-0.3)).toBeCloseTo(0.3820885778110474, 9);
    expect(normalCdf(3.5)).toBeCloseTo(0.9997673709209645, 9);
    expect(tQuantile(0.975, 7.3)).toBeCloseTo(2.345066736547703, 6);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.0422724563012378, 6);
  });
  it("Welch: difference, 95% interval, df, t and p", () => {
    const w = welch(a, b)!;
    expect(w.t).toBeCloseTo(2.9744602150716126, 8);
    expect(w.df).toBeCloseTo(16.572234532433463, 8);
    expect(w.p).toBeCloseTo(0.008684863469481508, 7);
    expect(w.low).toBeCloseTo(3.0954279264159545, 6);
    expect(w.high).toBeCloseTo(18.30457207358405, 6);
    expect(welch([1], b)).toBeNull();
  });
  it("Mann-Whitney U: statistic and two-sided p, with and without ties", () => {
    const m = mannWhitney(a, b)!;
    expect(m.u).toBe(97);
    expect(m.p).toBeCloseTo(0.016035838403754662, 8);
    expect(m.rankBiserial).toBeCloseTo((2 * 97) / (10 * 12) - 1, 12);
    const t = mannWhitney([1, 2, 2, 3, 3, 3, 4], [2, 3, 4, 4, 5, 5])!;
    expect(t.u).toBe(8.5);
    expect(t.p).toBeCloseTo(0.07826242947714618, 8);
  });
  it("Cohen's d with the pooled SD", () => {
    expect(cohensD(a, b)).toBeCloseTo(1.3069204932179384, 8);
    expect(cohensD([5, 5], [5, 5])).toBeNull();
  });
});
