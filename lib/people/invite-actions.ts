"use server";
import { tokenAttempt } from "../account/tokens";
import { ActionError, publicAction, ruleError } from "../actions";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { clock } from "../clock";
import { msg } from "../i18n/msg";
import { acceptInvitationSchema } from "./schemas";

const USED = msg("invite.used");

/**
 * The invitation link sets a password once. No session (the person has no password yet): the
 * token is the credential, checked by `load`. Single use is decided by the database inside the
 * transaction (updateMany where usedAt is null), so two tabs cannot both use one link.
 */
export const acceptInvitationAction = publicAction({
  name: "people.accept_invitation",
  schema: acceptInvitationSchema,
  secretFields: ["password", "confirm"],
  refused: USED,
  // The form signs the person in with the password just set (components/people/invitation-form.tsx).
  successMessage: msg("invite.set"),
  async load({ input }) {
    // A bad link costs the IP address a try (issue 16: the invitation endpoint is throttled too).
    const found = await tokenAttempt(input.token, "INVITATION");
    if (!found) return null;
    const problem = passwordProblem(input.password, found.user);
    if (problem) ruleError(problem, "password");
    // Hashing takes ~50 ms: done before the transaction opens, never while it holds a connection.
    return { ...found, passwordHash: await hashPassword(input.password) };
  },
  async run({ record: token, tx }) {
    const now = clock();
    const { count } = await tx.authToken.updateMany({
      where: { id: token.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) throw new ActionError(USED, undefined, "forbidden");
    const user = await tx.user.update({
      where: { id: token.userId },
      data: { passwordHash: token.passwordHash },
      select: { email: true },
    });
    return { email: user.email };
  },
  audit: (_d, { record: token }) => ({
    actorId: token.userId,
    action: "user.password_set",
    entity: "User",
    entityId: token.userId,
    detail: { via: token.purpose.toLowerCase() },
  }),
});
