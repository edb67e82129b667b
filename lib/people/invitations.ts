import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { clock } from "../clock";
import { env } from "../env";
import { email } from "../emails";
import { enqueueEmails } from "../outbox/enqueue";
import type { Tx } from "../actions";

export const INVITATION_DAYS = 14;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationUrl(token: string): string {
  return `${(env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "")}/invite/${token}`;
}

/**
 * Invites people who have no password yet: a single-use set-password link (only its sha-256 is
 * stored) sent through the outbox, inside the caller's transaction.
 */
export async function inviteUsers(
  tx: Tx,
  users: { id: string; email: string; name: string }[],
  cohortName: string,
): Promise<number> {
  if (users.length === 0) return 0;
  const expiresAt = new Date(clock().getTime() + INVITATION_DAYS * 86_400_000);
  const tokens = users.map((u) => ({ user: u, token: randomBytes(32).toString("base64url") }));
  await tx.authToken.createMany({
    data: tokens.map(({ user, token }) => ({
      userId: user.id,
      purpose: "INVITATION" as const,
      tokenHash: hashToken(token),
      expiresAt,
    })),
  });
  await enqueueEmails(
    tx,
    tokens.map(({ user, token }) => ({
      userId: user.id,
      toEmail: user.email,
      ...email("invitation", { name: user.name, cohortName, url: invitationUrl(token), days: INVITATION_DAYS }),
    })),
  );
  return tokens.length;
}
