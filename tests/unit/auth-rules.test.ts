import { describe, expect, it } from "vitest";
import { sessionEnd, sessionExpiry, SESSION_POLICY } from "@/lib/auth/session-rules";
import { bucketVerdict, MAX_DELAY_MS, THROTTLE } from "@/lib/auth/throttle-rules";

const t0 = new Date("2027-03-01T08:00:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

describe("bucketVerdict", () => {
  const rule = THROTTLE.signInIp; // free 10, hard 30, 15 min
  const state = (count: number, lastMs = 0) => ({ count, windowStart: t0, lastAt: after(lastMs) });
  it("lets the free failures through without delay", () => {
    expect(bucketVerdict(rule, null, t0)).toEqual({ ok: true });
    expect(bucketVerdict(rule, state(rule.free - 1), t0)).toEqual({ ok: true });
  });
  it("then asks for exponentially growing waits after the latest failure, capped", () => {
    expect(bucketVerdict(rule, state(rule.free), t0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(bucketVerdict(rule, state(rule.free), after(1000))).toEqual({ ok: true });
    expect(bucketVerdict(rule, state(rule.free + 3), after(7000))).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(bucketVerdict(rule, state(rule.free + 3), after(8000))).toEqual({ ok: true });
    expect(bucketVerdict(rule, state(rule.hard - 1), after(MAX_DELAY_MS))).toEqual({ ok: true });
  });
  it("refuses at the hard limit until the window ends, then starts afresh", () => {
    expect(bucketVerdict(rule, state(rule.hard), after(5 * MIN))).toEqual({ ok: false, retryAfterSeconds: 600 });
    expect(bucketVerdict(rule, state(rule.hard), after(15 * MIN))).toEqual({ ok: true });
  });
  it("the per-account rule for unknown browsers: 5 free, 10 at most", () => {
    expect(THROTTLE.signInAccount).toMatchObject({ free: 5, hard: 10, windowMs: 15 * MIN });
  });
});

describe("session lifetimes", () => {
  const base = { createdAt: t0, lastSeenAt: t0, endedAt: null };
  it("staff: 12 hours at most, 30 minutes idle", () => {
    const s = { ...base, staff: true, expiresAt: sessionExpiry(true, t0) };
    expect(s.expiresAt.getTime() - t0.getTime()).toBe(12 * 60 * MIN);
    expect(sessionEnd({ ...s, lastSeenAt: after(11 * 60 * MIN) }, after(11 * 60 * MIN + 29 * MIN))).toBeNull();
    expect(sessionEnd(s, after(30 * MIN))).toBe("idle");
    expect(sessionEnd({ ...s, lastSeenAt: after(12 * 60 * MIN - MIN) }, after(12 * 60 * MIN))).toBe("expired");
  });
  it("students: 14 days, no idle timeout", () => {
    const s = { ...base, staff: false, expiresAt: sessionExpiry(false, t0) };
    expect(sessionEnd(s, after(13 * 24 * 60 * MIN))).toBeNull();
    expect(sessionEnd(s, after(14 * 24 * 60 * MIN))).toBe("expired");
    expect(SESSION_POLICY.student.idleMs).toBeNull();
  });
  it("a student who becomes staff gets the staff limits at once", () => {
    const s = { ...base, staff: true, expiresAt: sessionExpiry(false, t0) };
    expect(sessionEnd(s, after(40 * MIN))).toBe("idle");
    expect(sessionEnd({ ...s, lastSeenAt: after(12 * 60 * MIN) }, after(12 * 60 * MIN + MIN))).toBe("expired");
  });
  it("an ended session stays ended", () => {
    expect(sessionEnd({ ...base, staff: false, expiresAt: after(MIN), endedAt: t0 }, t0)).toBe("ended");
  });
});
