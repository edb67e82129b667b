import "server-only";
import type { Tx } from "../actions";
import { sendPasswordResetLink } from "../account/tokens";
import { clock } from "../clock";
import { inviteUsers } from "../people/invitations";

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
  await sendPasswordResetLink(tx, user, now);
  return "reset";
}
