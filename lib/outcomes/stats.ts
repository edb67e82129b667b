/**
 * Two-group comparison statistics, pure (no Prisma, no clock): descriptives, Welch's t interval
 * for the difference of means, the Mann-Whitney U test (normal approximation with tie and
 * continuity correction, as scipy's `mannwhitneyu(method="asymptotic")`), and effect sizes.
 * Meant to be shared with survey results. Tested against scipy values (tests/unit/outcomes-stats.test.ts).
 */
import { mean, median, sampleStandardDeviation, sampleVariance } from "simple-statistics";

export interface Describe {
  n: number;
  mean: number | null;
  sd: number | null;
  median: number | null;
}

export function describe(xs: readonly number[]): Describe {
  const n = xs.length;
  if (n === 0) return { n, mean: null, sd: null, median: null };
  return { n, mean: mean([...xs]), sd: n > 1 ? sampleStandardDeviation([...xs]) : null, median: median([...xs]) };
}

// ---- special functions (Numerical Recipes / Lanczos), enough for t and normal tails

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

/** Standard normal CDF (erfc by the complementary incomplete gamma relation, via a series-free fit). */
export function normalCdf(z: number): number {
  // Abramowitz-Stegun 7.1.26 is too coarse for p-values; use erfc through the incomplete gamma.
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
  const va = sampleVariance([...a]) / a.length;
  const vb = sampleVariance([...b]) / b.length;
  const se = Math.sqrt(va + vb);
  const difference = mean([...a]) - mean([...b]);
  if (se === 0) return { difference, low: difference, high: difference, df: a.length + b.length - 2, t: 0, p: 1 };
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const q = tQuantile(1 - (1 - level) / 2, df);
  const t = difference / se;
  return { difference, low: difference - q * se, high: difference + q * se, df, t, p: tTwoSided(t, df) };
}

export interface MannWhitney {
  /** U of the first group (a) */
  u: number;
  z: number;
  p: number;
  /** rank-biserial correlation, from −1 to 1: positive when a tends to be higher */
  rankBiserial: number;
}

/** Mann-Whitney U (two-sided), normal approximation with tie correction and continuity correction. */
export function mannWhitney(a: readonly number[], b: readonly number[]): MannWhitney | null {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return null;
  const all = [...a.map((v) => ({ v, g: 0 })), ...b.map((v) => ({ v, g: 1 }))].sort((x, y) => x.v - y.v);
  const N = all.length;
  let r1 = 0;
  let tieSum = 0;
  for (let i = 0; i < N; ) {
    let j = i;
    while (j + 1 < N && all[j + 1].v === all[i].v) j++;
    const rank = (i + j + 2) / 2;
    const t = j - i + 1;
    if (t > 1) tieSum += t ** 3 - t;
    for (let k = i; k <= j; k++) if (all[k].g === 0) r1 += rank;
    i = j + 1;
  }
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const mu = (n1 * n2) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (N + 1 - tieSum / (N * (N - 1))));
  const rankBiserial = (2 * u) / (n1 * n2) - 1;
  if (sigma === 0) return { u, z: 0, p: 1, rankBiserial };
  const diff = u - mu;
  const z = (Math.abs(diff) - 0.5) / sigma;
  const p = Math.min(1, 2 * (1 - normalCdf(Math.max(0, z))));
  return { u, z: Math.sign(diff) * Math.max(0, z), p, rankBiserial };
}

/** Cohen's d with the pooled standard deviation (a − b). */
export function cohensD(a: readonly number[], b: readonly number[]): number | null {
  if (a.length < 2 || b.length < 2) return null;
  const pooled = Math.sqrt(
    ((a.length - 1) * sampleVariance([...a]) + (b.length - 1) * sampleVariance([...b])) / (a.length + b.length - 2),
  );
  return pooled === 0 ? null : (mean([...a]) - mean([...b])) / pooled;
}
