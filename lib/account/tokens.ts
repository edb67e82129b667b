import "server-only";
import { ruleError } from "../actions";
import { requestClient } from "../auth/client";
import { bucketKey, checkBuckets, recordFailure } from "../auth/throttle";
import { THROTTLE } from "../auth/throttle-rules";
import { randomBytes } from "node:crypto";
import type { Tx } from "../actions";
import { clock } from "../clock";
import { db } from "../db";
import { email } from "../emails";
import { enqueueEmails } from "../outbox/enqueue";
import { hashToken, invitationUrl } from "../people/invitations";

export const RESET_MINUTES = 60;
/** Catalog keys (messages/<locale>/account.json). */
export const TOO_MANY = "account.reset.tooMany";
export const LINK_USED = "account.reset.linkUsed";

/** A bad link costs the IP address one try (10 free, at most 30 per 15 minutes). */
export async function tokenAttempt(token: string, purpose: "INVITATION" | "PASSWORD_RESET") {
  const client = await requestClient();
  const bucket = { key: bucketKey("token:ip", client.ip), rule: THROTTLE.tokenIp };
  if (!(await checkBuckets([bucket])).ok) ruleError(TOO_MANY);
  const found = await db().authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      usedAt: true,
      expiresAt: true,
      purpose: true,
      user: { select: { name: true, email: true, anonymisedAt: true } },
    },
  });
  if (!found || found.purpose !== purpose || found.usedAt || found.expiresAt < clock() || found.user.anonymisedAt) {
    await recordFailure([bucket]);
    return null;
  }
  return found;
}

/**
 * A new password reset link for this person, by email through the outbox, inside the caller's
 * transaction ("Forgot your password?" and a coordinator's "Send a sign-in link" alike).
 */
export async function sendPasswordResetLink(
  tx: Tx,
  user: { id: string; name: string; email: string },
  now: Date = clock(),
): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  await tx.authToken.create({
    data: {
      userId: user.id,
      purpose: "PASSWORD_RESET",
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000),
    },
    select: { id: true },
  });
  const url = invitationUrl(token).replace("/invite/", "/reset/");
  await enqueueEmails(tx, [
    {
      userId: user.id,
      toEmail: user.email,
      ...email("password.reset", { name: user.name, url, minutes: RESET_MINUTES }),
    },
  ]);
}
