import "server-only";
import { clock } from "../clock";
import { db } from "../db";
import { hashToken } from "./invitations";

/** What the invitation page shows: whose link it is, if it can still be used. */
export async function getInvitation(token: string) {
  if (token.length < 20 || token.length > 200) return null;
  const t = await db().authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true, email: true } } },
  });
  if (!t || t.usedAt || t.expiresAt < clock()) return null;
  return { name: t.user.name, email: t.user.email };
}
