import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { clock } from "../clock";
import { db } from "../db";
import type { Db } from "../db/client";
import { describeUserAgent } from "./client";
import { sessionEnd, sessionExpiry, TOUCH_EVERY_MS } from "./session-rules";

/**
 * Server-side sign-in sessions (docs/decisions/060-sessions.md). The JWT cookie carries a random
 * token; only its sha-256 is stored. Every request checks the row (getSessionUserId, through
 * next-auth's jwt callback), so an ended session is refused at once, whatever the cookie says.
 */
const STAFF = ["COORDINATOR", "SUPERVISOR"] as const;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

type Client = Pick<Db, "authSession" | "membership" | "$queryRaw">;

async function isStaff(client: Client, userId: string): Promise<boolean> {
  return (await client.membership.count({ where: { userId, status: "ACTIVE", role: { in: [...STAFF] } } })) > 0;
}

export interface StartedSession {
  token: string;
  id: string;
  expiresAt: Date;
}

export async function startAuthSession(
  input: { userId: string; method: "password" | "sso"; userAgent?: string | null },
  now = clock(),
  client: Client = db(),
): Promise<StartedSession> {
  const staff = await isStaff(client, input.userId);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = sessionExpiry(staff, now);
  const row = await client.authSession.create({
    data: {
      userId: input.userId,
      tokenHash: hashToken(token),
      staff,
      method: input.method,
      userAgent: input.userAgent ? describeUserAgent(input.userAgent) : null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    },
    select: { id: true },
  });
  return { token, id: row.id, expiresAt };
}

/** The live session for this token (and its user), or null; ends it when it has expired or idled. */
export async function checkAuthSession(
  token: string | undefined | null,
  now = clock(),
  client: Client = db(),
): Promise<{ userId: string; sessionId: string } | null> {
  if (!token || typeof token !== "string") return null;
  // One statement: the row and, for a session started as non-staff, whether the person is staff now
  // (docs/decisions/100-one-identity-query-per-request.md; it was two on every request).
  const [row] = await client.$queryRaw<
    {
      id: string;
      userId: string;
      staff: boolean;
      staffNow: boolean;
      createdAt: Date;
      lastSeenAt: Date;
      expiresAt: Date;
      endedAt: Date | null;
    }[]
  >`
    SELECT s.id, s."userId", s.staff, s."createdAt", s."lastSeenAt", s."expiresAt", s."endedAt",
           (s.staff OR EXISTS (
             SELECT 1 FROM "Membership" m
              WHERE m."userId" = s."userId" AND m.status = 'ACTIVE' AND m.role IN ('COORDINATOR', 'SUPERVISOR')
           )) AS "staffNow"
      FROM "AuthSession" s
     WHERE s."tokenHash" = ${hashToken(token)}`;
  if (!row) return null;
  const staff = row.staffNow;
  const end = sessionEnd({ ...row, staff }, now);
  if (end === "ended") return null;
  if (end) {
    await client.authSession.updateMany({
      where: { id: row.id, endedAt: null },
      data: { endedAt: now, endReason: end },
    });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await client.authSession.update({
      where: { id: row.id },
      data: { lastSeenAt: now, ...(staff && !row.staff ? { staff: true } : {}) },
      select: { id: true },
    });
  }
  return { userId: row.userId, sessionId: row.id };
}

export async function endAuthSessionByToken(token: string | undefined | null, reason: string, now = clock()) {
  if (!token) return;
  await db().authSession.updateMany({
    where: { tokenHash: hashToken(token), endedAt: null },
    data: { endedAt: now, endReason: reason },
  });
}

/** Ends every live session of a user (optionally but one); inside a transaction when given one. */
export async function endUserSessions(
  userId: string,
  reason: string,
  options: { except?: string | null; now?: Date; client?: Pick<Db, "authSession"> } = {},
): Promise<number> {
  const { count } = await (options.client ?? db()).authSession.updateMany({
    where: { userId, endedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { endedAt: options.now ?? clock(), endReason: reason },
  });
  return count;
}

export async function listLiveSessions(userId: string, now = clock()) {
  const rows = await db().authSession.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: {
      id: true,
      staff: true,
      method: true,
      userAgent: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      endedAt: true,
    },
    take: 50,
  });
  return rows.filter((r) => sessionEnd(r, now) === null);
}
