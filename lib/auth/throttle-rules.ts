/**
 * Throttling rules (issue 16, item 3): pure, no Prisma, no clock. The numbers are documented in
 * README.md ("Sign-in protection") and docs/decisions/061-throttling.md; lib/auth/throttle.ts keeps
 * the counters in the database (RateLimit), so every instance sees the same ones.
 *
 * A bucket counts failures in a fixed window. Up to `free` failures cost nothing; after that each
 * further attempt must wait 2^(failures - free) seconds after the latest failure (1 s, 2 s, 4 s,
 * … at most MAX_DELAY_MS): spraying is slowed; at `hard` failures the bucket refuses until its
 * window ends.
 */
export interface BucketRule {
  /** failures without any delay */
  free: number;
  /** failures after which the bucket refuses for the rest of its window */
  hard: number;
  windowMs: number;
}

export interface BucketState {
  count: number;
  windowStart: Date;
  lastAt: Date | null;
}

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

const MIN = 60_000;
/** The longest wait between two attempts before the hard limit (so the hard limit is reached within the window). */
export const MAX_DELAY_MS = 30_000;

export const THROTTLE = {
  /** Wrong sign-ins for one email from browsers that have not signed in to it before. */
  signInAccount: { free: 5, hard: 10, windowMs: 15 * MIN },
  /** Wrong sign-ins from one browser that HAS signed in to that account before (its device cookie). */
  signInDevice: { free: 5, hard: 10, windowMs: 15 * MIN },
  /** Wrong sign-ins from one IP address, across every email (spraying). */
  signInIp: { free: 10, hard: 30, windowMs: 15 * MIN },
  /** Wrong sign-ins from everyone without a device cookie, together. */
  signInGlobal: { free: 300, hard: 1000, windowMs: 15 * MIN },
  /** Password-reset emails asked for one email address. */
  resetEmail: { free: 3, hard: 3, windowMs: 60 * MIN },
  /** Password-reset emails asked from one IP address. */
  resetIp: { free: 10, hard: 20, windowMs: 60 * MIN },
  /** Invalid, used or expired invitation / reset links submitted from one IP address. */
  tokenIp: { free: 10, hard: 30, windowMs: 15 * MIN },
} as const satisfies Record<string, BucketRule>;

/** May one more attempt go ahead now? */
export function bucketVerdict(rule: BucketRule, state: BucketState | null, now: Date): Verdict {
  if (!state) return { ok: true };
  const windowEnd = state.windowStart.getTime() + rule.windowMs;
  if (now.getTime() >= windowEnd) return { ok: true }; // a new window
  if (state.count >= rule.hard) return { ok: false, retryAfterSeconds: Math.ceil((windowEnd - now.getTime()) / 1000) };
  if (state.count < rule.free || !state.lastAt) return { ok: true };
  const delayMs = Math.min(2 ** (state.count - rule.free) * 1000, MAX_DELAY_MS);
  const readyAt = state.lastAt.getTime() + delayMs;
  if (now.getTime() >= readyAt) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.ceil((readyAt - now.getTime()) / 1000) };
}

/** The first refusal among several buckets (all must agree to go ahead). */
export function firstRefusal(verdicts: Verdict[]): Verdict {
  return verdicts.find((v) => !v.ok) ?? { ok: true };
}
