/**
 * The statistics the studies report, as small pure functions (decision 090): descriptive
 * statistics per item, the Mann-Whitney U test (exact or normal approximation with tie and
 * continuity correction, as scipy.stats.mannwhitneyu and R's wilcox.test do), effect sizes,
 * reverse keying and Cronbach's alpha. No Prisma, no clock. Every value that cannot be computed
 * is `null` (never NaN): the page says why.
 * Reference values in tests/unit/surveys-stats.test.ts were computed with scipy 1.17.
 */

export interface Describe {
  n: number;
  mean: number | null;
  /** sample standard deviation (n - 1); null below 2 answers */
  sd: number | null;
  median: number | null;
  /** quartiles by linear interpolation (R type 7, numpy's default) */
  q1: number | null;
  q3: number | null;
}

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample variance (n - 1 in the denominator); null below 2 values. */
export function variance(xs: readonly number[]): number | null {
  if (xs.length < 2) return null;
  const m = mean(xs)!;
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return s / (xs.length - 1);
}

export function sd(xs: readonly number[]): number | null {
  const v = variance(xs);
  return v === null ? null : Math.sqrt(v);
}

/** The p-th quantile (0..1) by linear interpolation between order statistics (R type 7). */
export function quantile(xs: readonly number[], p: number): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

export function describe(xs: readonly number[]): Describe {
  return {
    n: xs.length,
    mean: mean(xs),
    sd: sd(xs),
    median: quantile(xs, 0.5),
    q1: quantile(xs, 0.25),
    q3: quantile(xs, 0.75),
  };
}

/** How many answered 1, 2, … `points` (answers outside the scale are ignored). */
export function distribution(xs: readonly number[], points = 5): number[] {
  const counts = Array.from({ length: points }, () => 0);
  for (const x of xs) if (Number.isInteger(x) && x >= 1 && x <= points) counts[x - 1]++;
  return counts;
}

/** Ranks 1..N with ties given their average rank. */
export function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const out = new Array<number>(xs.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1].x === order[i].x) j++;
    const r = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) out[order[k].i] = r;
    i = j + 1;
  }
  return out;
}

/** The standard normal CDF, through erfc (Numerical Recipes' Chebyshev fit, |relative error| < 1.2e-7). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/**
 * How many of the C(m+n, m) orderings give each value of U (0..m*n) when there are no ties:
 * the coefficients of the Gaussian binomial [m+n choose m]_q = prod_{i=1..m} (1 - q^(n+i)) / (1 - q^i).
 */
export function exactUCounts(m: number, n: number): number[] {
  const size = m * n + 1;
  let poly = new Array<number>(size).fill(0);
  poly[0] = 1;
  for (let i = 1; i <= m; i++) {
    // multiply by (1 - q^(n+i))
    const next = poly.slice();
    for (let k = size - 1; k >= n + i; k--) next[k] -= poly[k - n - i];
    // divide by (1 - q^i): a running sum with lag i
    for (let k = i; k < size; k++) next[k] += next[k - i];
    poly = next;
  }
  return poly;
}

export type MannWhitneyMethod = "exact" | "normal";

export type MannWhitney =
  | {
      ok: true;
      /** U of the first group (scipy's statistic) and of the second; U1 + U2 = n1 * n2 */
      u1: number;
      u2: number;
      /** the smaller of the two, as the studies print it */
      u: number;
      p: number;
      method: MannWhitneyMethod;
      /** z with continuity correction (normal method only) */
      z: number | null;
      /** r = |z| / sqrt(N) (normal method only) */
      r: number | null;
      /** rank-biserial correlation, 2 * U1 / (n1 * n2) - 1: positive when the first group ranks higher */
      rankBiserial: number;
      ties: boolean;
    }
  | { ok: false; reason: "too_few" | "all_equal" };

/** Exact distribution when there are no ties and one group has at most this many (scipy's "auto"). */
export const EXACT_MAX_SMALLER = 8;

/**
 * Two-sided Mann-Whitney U test of two independent samples.
 * - no ties and min(n1, n2) <= 8: the exact distribution of U, p = min(1, 2 * min(P(U <= u1), P(U >= u1)));
 * - otherwise: the normal approximation, sigma corrected for ties, with continuity correction 0.5.
 * Undefined (ok: false) when a group is empty, or when every answer is the same (sigma = 0).
 */
export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitney {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return { ok: false, reason: "too_few" };
  const all = [...x, ...y];
  const r = ranks(all);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += r[i];
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const rankBiserial = (2 * u1) / (n1 * n2) - 1;
  const N = n1 + n2;
  const tieGroups = new Map<number, number>();
  for (const v of all) tieGroups.set(v, (tieGroups.get(v) ?? 0) + 1);
  const ties = tieGroups.size < N;
  if (tieGroups.size === 1) return { ok: false, reason: "all_equal" };

  if (!ties && Math.min(n1, n2) <= EXACT_MAX_SMALLER) {
    const counts = exactUCounts(n1, n2);
    const total = counts.reduce((a, b) => a + b, 0);
    let le = 0;
    let ge = 0;
    for (let k = 0; k < counts.length; k++) {
      if (k <= u1) le += counts[k];
      if (k >= u1) ge += counts[k];
    }
    const p = Math.min(1, (2 * Math.min(le, ge)) / total);
    return { ok: true, u1, u2, u: Math.min(u1, u2), p, method: "exact", z: null, r: null, rankBiserial, ties };
  }

  let tieSum = 0;
  for (const t of tieGroups.values()) tieSum += t * t * t - t;
  const mu = (n1 * n2) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (N + 1 - tieSum / (N * (N - 1))));
  const dev = Math.max(0, Math.abs(u1 - mu) - 0.5);
  const z = dev / sigma;
  const p = Math.min(1, 2 * (1 - normalCdf(z)));
  return {
    ok: true,
    u1,
    u2,
    u: Math.min(u1, u2),
    p,
    method: "normal",
    z,
    r: z / Math.sqrt(N),
    rankBiserial,
    ties,
  };
}

/** A Likert answer scored for an instrument: 6 - x when the item is reverse-keyed (1..5 scale). */
export function scoreItem(answer: number, reverseKeyed: boolean, points = 5): number {
  return reverseKeyed ? points + 1 - answer : answer;
}

/**
 * Cronbach's alpha of k items over the respondents who answered all of them (rows: respondents,
 * columns: items, already reverse-scored). Null below 2 items or 2 complete rows, or when the
 * total score does not vary.
 */
export function cronbachAlpha(rows: readonly (readonly (number | null)[])[]): number | null {
  const complete = rows.filter((r) => r.every((v) => v !== null)) as number[][];
  const k = complete[0]?.length ?? 0;
  if (k < 2 || complete.length < 2) return null;
  let itemVar = 0;
  for (let j = 0; j < k; j++) itemVar += variance(complete.map((r) => r[j]))!;
  const totalVar = variance(complete.map((r) => r.reduce((a, b) => a + b, 0)))!;
  if (totalVar === 0) return null;
  return (k / (k - 1)) * (1 - itemVar / totalVar);
}
