/**
 * The statistics of the whole app, in one pure module (decision 093): descriptives, Welch's t
 * interval, the Mann-Whitney U test (exact or normal approximation with tie and continuity
 * correction, as scipy.stats.mannwhitneyu and R's wilcox.test do), effect sizes, reverse keying and
 * Cronbach's alpha. Survey results (lib/surveys, decision 090) and academic outcomes (lib/outcomes,
 * decision 132) both read it. Where simple-statistics has the function (mean, sample variance and
 * SD, median) it is used; what it lacks or computes differently (type-7 quartiles, an accurate
 * normal CDF, t tails, the exact U distribution, alpha) is here, property-tested against it
 * (tests/unit/stats-properties.test.ts). No Prisma, no clock. Every value that cannot be computed
 * is `null` (never NaN): the page says why.
 * Reference values in tests/unit/surveys-stats.test.ts and outcomes-stats.test.ts: SciPy 1.17.
 */
import * as ss from "simple-statistics";

// ---------------------------------------------------------------- descriptives

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
  return xs.length === 0 ? null : ss.mean([...xs]);
}

/** Sample variance (n - 1 in the denominator); null below 2 values. */
export function variance(xs: readonly number[]): number | null {
  return xs.length < 2 ? null : ss.sampleVariance([...xs]);
}

export function sd(xs: readonly number[]): number | null {
  return xs.length < 2 ? null : ss.sampleStandardDeviation([...xs]);
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
    median: xs.length === 0 ? null : ss.median([...xs]),
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

// ---------------------------------------------------------------- special functions
// (Numerical Recipes / Lanczos), enough for t and normal tails

function logGamma(x: number): number {
  const g = [
    676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = 0.99999999999980993;
  const t = x + 7.5;
  for (let i = 0; i < 8; i++) a += g[i] / (x + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const EPS = 3e-14;
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(|T| >= |t|) for Student's t with `df` degrees of freedom. */
export function tTwoSided(t: number, df: number): number {
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** The t value with P(T <= t) = p (p > 0.5), by bisection. */
export function tQuantile(p: number, df: number): number {
  const tail = 2 * (1 - p);
  let lo = 0;
  let hi = 1000;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (tTwoSided(mid, df) > tail) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The standard normal CDF through erfc(x) = Q(1/2, x²), the regularised upper incomplete gamma, by
 * its series (small x) or its continued fraction (Numerical Recipes): close to machine precision,
 * where simple-statistics' `cumulativeStdNormalProbability` reads a 2-decimal table and its
 * `errorFunction` is good to about 1e-7.
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  // erfc(x) = Q(1/2, x^2) computed with a continued fraction (x >= ~0.5) or series.
  const a = 0.5;
  const x2 = x * x;
  let q: number;
  if (x2 < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 500; n++) {
      term *= x2 / (a + n);
      sum += term;
      if (term < sum * 1e-16) break;
    }
    q = 1 - sum * Math.exp(-x2 + a * Math.log(x2) - logGamma(a));
  } else {
    let b = x2 + 1 - a;
    let c = 1 / 1e-300;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 500; i++) {
      const an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < 1e-300) d = 1e-300;
      c = b + an / c;
      if (Math.abs(c) < 1e-300) c = 1e-300;
      d = 1 / d;
      const del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-16) break;
    }
    q = Math.exp(-x2 + a * Math.log(x2) - logGamma(a)) * h;
  }
  const erfc = q;
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

export interface Welch {
  difference: number;
  low: number;
  high: number;
  df: number;
  t: number;
  p: number;
}

/** Difference of means (a − b) with a 95% Welch interval and its two-sided p. Needs n >= 2 in both. */
export function welch(a: readonly number[], b: readonly number[], level = 0.95): Welch | null {
  if (a.length < 2 || b.length < 2) return null;
  const va = ss.sampleVariance([...a]) / a.length;
  const vb = ss.sampleVariance([...b]) / b.length;
  const se = Math.sqrt(va + vb);
  const difference = ss.mean([...a]) - ss.mean([...b]);
  if (se === 0) return { difference, low: difference, high: difference, df: a.length + b.length - 2, t: 0, p: 1 };
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const q = tQuantile(1 - (1 - level) / 2, df);
  const t = difference / se;
  return { difference, low: difference - q * se, high: difference + q * se, df, t, p: tTwoSided(t, df) };
}

// ---------------------------------------------------------------- Mann-Whitney U

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
 * Two-sided Mann-Whitney U test of two independent samples. `method`: "auto" (scipy's default):
 * - no ties and min(n1, n2) <= 8: the exact distribution of U, p = min(1, 2 * min(P(U <= u1), P(U >= u1)));
 * - otherwise: the normal approximation, sigma corrected for ties, with continuity correction 0.5.
 * "normal": always the approximation (scipy's method="asymptotic"), as the outcomes report does.
 * Undefined (ok: false) when a group is empty, or when every answer is the same (sigma = 0).
 */
export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  method: "auto" | MannWhitneyMethod = "auto",
): MannWhitney {
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

  if (method !== "normal" && !ties && Math.min(n1, n2) <= EXACT_MAX_SMALLER) {
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

/** The outcomes report's shape of the test: U of the first group and a signed z (normal method). */
export interface MannWhitneyNormal {
  /** U of the first group (a) */
  u: number;
  z: number;
  p: number;
  /** rank-biserial correlation, from −1 to 1: positive when a tends to be higher */
  rankBiserial: number;
}

/**
 * Mann-Whitney U (two-sided), normal approximation with tie and continuity correction, for
 * large groups (exam results): `mannWhitneyU(a, b, "normal")` with z signed (positive when a
 * ranks higher). All values equal: z 0, p 1. An empty group: null.
 */
export function mannWhitney(a: readonly number[], b: readonly number[]): MannWhitneyNormal | null {
  const m = mannWhitneyU(a, b, "normal");
  if (!m.ok) return m.reason === "too_few" ? null : { u: (a.length * b.length) / 2, z: 0, p: 1, rankBiserial: 0 };
  return { u: m.u1, z: Math.sign(m.u1 - (a.length * b.length) / 2) * (m.z ?? 0), p: m.p, rankBiserial: m.rankBiserial };
}

/** Cohen's d with the pooled standard deviation (a − b). */
export function cohensD(a: readonly number[], b: readonly number[]): number | null {
  if (a.length < 2 || b.length < 2) return null;
  const pooled = Math.sqrt(
    ((a.length - 1) * ss.sampleVariance([...a]) + (b.length - 1) * ss.sampleVariance([...b])) /
      (a.length + b.length - 2),
  );
  return pooled === 0 ? null : (ss.mean([...a]) - ss.mean([...b])) / pooled;
}

// ---------------------------------------------------------------- instruments

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
