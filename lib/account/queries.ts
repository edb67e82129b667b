import "server-only";
import { listLiveSessions } from "../auth/sessions";
import { clock } from "../clock";
import type { Formatter } from "../i18n/format";

/** The caller's live sign-in sessions for /settings (never a token: only what identifies a device). */
/** `device` is null when the browser did not say what it is (the page says "Unknown device"). */
export async function getOwnSessions(userId: string, currentSessionId: string | null, f: Formatter) {
  const now = clock();
  const rows = await listLiveSessions(userId, now);
  return rows.map((r) => ({
    id: r.id,
    device: r.userAgent,
    method: r.method,
    startedAt: f.dateTime(r.createdAt),
    lastActiveAt: f.dateTime(r.lastSeenAt),
    endsAt: f.dateTime(r.expiresAt),
    current: r.id === currentSessionId,
  }));
}
