/**
 * How long a sign-in lasts (issue 16, item 2). Pure: no Prisma, no clock.
 *  - staff (anyone holding an active coordinator or supervisor membership): 12 hours at most, and
 *    ended after 30 minutes without a request;
 *  - students (mentors, mentees, role models): 14 days at most, no idle timeout (a phone that logs
 *    a call once a week should not ask for the password every time).
 * The JWT's own expiry is the session's absolute end; sign-out, "sign out everywhere", a password
 * change or reset end the server-side record at once (lib/auth/sessions.ts).
 */
const MIN = 60_000;
const HOUR = 60 * MIN;

export const SESSION_POLICY = {
  staff: { absoluteMs: 12 * HOUR, idleMs: 30 * MIN },
  student: { absoluteMs: 14 * 24 * HOUR, idleMs: null },
} as const;

/** The longest any session lives: next-auth's session.maxAge (the cookie's own expiry). */
export const MAX_SESSION_SECONDS = SESSION_POLICY.student.absoluteMs / 1000;

/** lastSeenAt is written at most this often (one write per minute per active session, not per request). */
export const TOUCH_EVERY_MS = MIN;

export type SessionEnd = "expired" | "idle";

export interface SessionFacts {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  /** staff at sign-in, or staff now */
  staff: boolean;
}

export function sessionExpiry(staff: boolean, createdAt: Date): Date {
  return new Date(createdAt.getTime() + (staff ? SESSION_POLICY.staff : SESSION_POLICY.student).absoluteMs);
}

/** null: the session is alive; otherwise why it ends now. */
export function sessionEnd(s: SessionFacts, now: Date): SessionEnd | "ended" | null {
  if (s.endedAt) return "ended";
  const policy = s.staff ? SESSION_POLICY.staff : SESSION_POLICY.student;
  const absoluteEnd = Math.min(s.expiresAt.getTime(), s.createdAt.getTime() + policy.absoluteMs);
  if (now.getTime() >= absoluteEnd) return "expired";
  if (policy.idleMs !== null && now.getTime() - s.lastSeenAt.getTime() >= policy.idleMs) return "idle";
  return null;
}
