import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "../actions";
import { RESET_MINUTES } from "../account/tokens";
import { clock } from "../clock";
import { email } from "../emails";
import { enqueueEmails } from "../outbox/enqueue";
import { hashToken, invitationUrl, inviteUsers } from "../people/invitations";

/**
 * A coordinator sends someone a way in (issue 10, item 3), inside the action's transaction:
 *  - no password yet: a new invitation; the person's earlier invitation links stop working;
 *  - a password already: a password reset link (the same email as "Forgot your password?"),
 *    earlier reset links stop working.
 * Either way the link goes to the person's own email, through the outbox.
 */
export async function sendSignInLink(
  tx: Tx,
  user: { id: string; name: string; email: string; hasPassword: boolean },
  cohortName: string,
): Promise<"invitation" | "reset"> {
  const now = clock();
  const purpose = user.hasPassword ? "PASSWORD_RESET" : "INVITATION";
  await tx.authToken.updateMany({ where: { userId: user.id, purpose, usedAt: null }, data: { usedAt: now } });
  if (!user.hasPassword) {
    await inviteUsers(tx, [user], cohortName);
    return "invitation";
  }
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
  return "reset";
}
