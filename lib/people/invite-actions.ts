"use server";
import type { ActionState } from "../action-state";
import { formDataToObject, zodFieldErrors } from "../actions";
import { audit } from "../audit";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { hashToken } from "./invitations";
import { acceptInvitationSchema } from "./schemas";

const USED = "This invitation link has expired or was already used. Ask your coordinator for a new one.";

/**
 * The invitation link sets a password once. The one action without a session (the person has
 * no password yet), so it does not go through defineAction's sign-in step: the token is the
 * credential. Single use is decided by the database (updateMany where usedAt is null).
 */
export async function acceptInvitationAction(
  _prev: ActionState<{ email: string }> | null,
  payload: FormData | Record<string, string>,
): Promise<ActionState<{ email: string }>> {
  const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
  const parsed = acceptInvitationSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error) };
  const { token, password } = parsed.data;
  const found = await db().authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, usedAt: true, expiresAt: true, purpose: true },
  });
  if (!found || found.usedAt || found.expiresAt < new Date()) return { ok: false, error: USED };
  const passwordHash = await hashPassword(password);
  const email = await db().$transaction(async (tx) => {
    const { count } = await tx.authToken.updateMany({
      where: { id: found.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (count !== 1) return null;
    const user = await tx.user.update({ where: { id: found.userId }, data: { passwordHash }, select: { email: true } });
    await audit(tx, {
      actorId: found.userId,
      action: "user.password_set",
      entity: "User",
      entityId: found.userId,
      detail: { via: found.purpose.toLowerCase() },
    });
    return user.email;
  });
  if (!email) return { ok: false, error: USED };
  return { ok: true, data: { email }, message: "Your password is set. You can sign in now." };
}
