import "server-only";
import { describeUserAgent } from "../auth/client";
import { listLiveSessions } from "../auth/sessions";
import { clock } from "../clock";
import { formatDateTime } from "../format";

/** The caller's live sign-in sessions for /settings (never a token: only what identifies a device). */
export async function getOwnSessions(userId: string, currentSessionId: string | null, timeZone = "UTC") {
  const now = clock();
  const rows = await listLiveSessions(userId, now);
  return rows.map((r) => ({
    id: r.id,
    device: r.userAgent ?? describeUserAgent(null),
    method: r.method,
    startedAt: formatDateTime(r.createdAt, timeZone),
    lastActiveAt: formatDateTime(r.lastSeenAt, timeZone),
    endsAt: formatDateTime(r.expiresAt, timeZone),
    current: r.id === currentSessionId,
  }));
}
