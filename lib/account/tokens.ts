import "server-only";
import { ruleError } from "../actions";
import { requestClient } from "../auth/client";
import { bucketKey, checkBuckets, recordFailure } from "../auth/throttle";
import { THROTTLE } from "../auth/throttle-rules";
import { clock } from "../clock";
import { db } from "../db";
import { hashToken } from "../people/invitations";

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
