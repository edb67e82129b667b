"use server";
import { accountAction, publicAction, refuse, ruleError } from "../actions";
import { requestClient } from "../auth/client";
import { hashPassword, verifyPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { getSignIn } from "../auth/session";
import { endUserSessions } from "../auth/sessions";
import { bucketKey, checkBuckets, clearBuckets, recordFailure } from "../auth/throttle";
import { THROTTLE } from "../auth/throttle-rules";
import { clock } from "../clock";
import { db } from "../db";
import { personalDataExport } from "./export";
import { LINK_USED, sendPasswordResetLink, TOO_MANY, tokenAttempt } from "./tokens";
import {
  changePasswordSchema,
  endSessionSchema,
  exportSchema,
  noInputSchema,
  requestResetSchema,
  resetPasswordSchema,
  updateNameSchema,
} from "./schemas";

/**
 * The person's own account (issue 16): password change and reset, sign-in sessions, and the export
 * of their data. Passwords never leave the server (secretFields), are never logged, and every
 * change ends the other sessions at once.
 */

export const changePasswordAction = accountAction({
  name: "account.change_password",
  schema: changePasswordSchema,
  secretFields: ["current", "password", "confirm"],
  successMessage: "account.password.changed",
  revalidate: () => ["/settings"],
  async load({ userId, input }) {
    const user = await db().user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, email: true, passwordHash: true },
    });
    if (!user) return null;
    // Hashing takes ~50 ms: done before the transaction opens.
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.current)))
      ruleError("account.password.notCurrent", "current");
    const problem = passwordProblem(input.password, user);
    if (problem) ruleError(problem, "password");
    return { passwordHash: await hashPassword(input.password), sessionId: (await getSignIn())?.sessionId ?? null };
  },
  async run({ userId, record, tx }) {
    await tx.user.update({ where: { id: userId }, data: { passwordHash: record.passwordHash }, select: { id: true } });
    const ended = await endUserSessions(userId, "password_changed", { except: record.sessionId, client: tx });
    return { ended };
  },
  audit: ({ ended }, { userId }) => ({
    action: "user.password_changed",
    entity: "User",
    entityId: userId,
    detail: { sessionsEnded: ended },
  }),
});

/** The person changes their own name (a coordinator may only where lib/people/write.ts allows). */
export const updateMyNameAction = accountAction({
  name: "account.update_name",
  schema: updateNameSchema,
  successMessage: "account.name.saved",
  revalidate: () => ["/settings"],
  async run({ userId, input, tx }) {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
    if (before.name === input.name) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { name: input.name }, select: { id: true } });
    return { changed: true };
  },
  audit: ({ changed }, { userId }) =>
    changed && { action: "profile.updated", entity: "User", entityId: userId, detail: { fields: ["name"] } },
});

export const endSessionAction = accountAction({
  name: "account.end_session",
  schema: endSessionSchema,
  successMessage: "account.sessions.ended",
  revalidate: () => ["/settings"],
  async load({ userId, input }) {
    return db().authSession.findFirst({ where: { id: input.sessionId, userId, endedAt: null }, select: { id: true } });
  },
  async run({ record, tx }) {
    await tx.authSession.updateMany({
      where: { id: record.id, endedAt: null },
      data: { endedAt: clock(), endReason: "ended_by_user" },
    });
    return { id: record.id };
  },
  audit: ({ id }, { userId }) => ({
    action: "session.ended",
    entity: "AuthSession",
    entityId: id,
    detail: { by: userId },
  }),
});

export const endAllSessionsAction = accountAction({
  name: "account.end_all_sessions",
  schema: noInputSchema,
  successMessage: "account.sessions.endedAll",
  async run({ userId, tx }) {
    return { ended: await endUserSessions(userId, "sign_out_everywhere", { client: tx }) };
  },
  audit: ({ ended }, { userId }) => ({
    action: "session.ended_everywhere",
    entity: "User",
    entityId: userId,
    detail: { sessionsEnded: ended },
  }),
});

/** The person's own data, as a file (issue 16, item 8). The download itself is audited. */
export const exportMyDataAction = accountAction({
  name: "account.export",
  schema: exportSchema,
  async run({ userId, input, tx }) {
    return personalDataExport(tx, userId, input.format, clock());
  },
  audit: (data, { userId, input }) => ({
    action: "data.exported",
    entity: "User",
    entityId: userId,
    detail: { format: input.format, records: data.records },
  }),
});

// ---------------------------------------------------------------- without a session

const SENT = "account.forgot.sent";

/**
 * Asks for a reset link. The same answer whether or not the email is known; at most 3 emails per
 * address per hour and 10 requests per IP address per hour (docs/decisions/061-throttling.md).
 */
export const requestPasswordResetAction = publicAction({
  name: "account.request_reset",
  schema: requestResetSchema,
  refused: SENT,
  successMessage: SENT,
  async load({ input }) {
    const client = await requestClient();
    const ip = { key: bucketKey("reset:ip", client.ip), rule: THROTTLE.resetIp };
    const address = { key: bucketKey("reset:email", input.email), rule: THROTTLE.resetEmail };
    if (!(await checkBuckets([ip])).ok) ruleError(TOO_MANY);
    // Past the address's limit the answer is the same, but no more email is sent.
    const allowed = (await checkBuckets([address])).ok;
    await recordFailure([ip, address]); // every request counts
    const user = allowed
      ? await db().user.findFirst({
          where: { email: input.email, anonymisedAt: null },
          select: { id: true, name: true, email: true },
        })
      : null;
    return { user };
  },
  // The answer (data included) is the same whether or not an email went out.
  async run({ record, tx }) {
    if (!record.user) return {};
    await sendPasswordResetLink(tx, record.user);
    return {};
  },
  audit: (_d, { record }) =>
    record.user && { actorId: null, action: "user.password_reset_requested", entity: "User", entityId: record.user.id },
});

export const resetPasswordAction = publicAction({
  name: "account.reset_password",
  schema: resetPasswordSchema,
  secretFields: ["password", "confirm"],
  refused: LINK_USED,
  successMessage: "account.reset.done",
  async load({ input }) {
    const found = await tokenAttempt(input.token, "PASSWORD_RESET");
    if (!found) return null;
    const problem = passwordProblem(input.password, found.user);
    if (problem) ruleError(problem, "password");
    const passwordHash = await hashPassword(input.password);
    // They proved they own the email: their account's sign-in lock (from others' guesses) is lifted.
    await clearBuckets([bucketKey("signin:account", found.user.email)]);
    return { ...found, passwordHash };
  },
  async run({ record, tx }) {
    const now = clock();
    const { count } = await tx.authToken.updateMany({
      where: { id: record.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) refuse(LINK_USED);
    await tx.user.update({
      where: { id: record.userId },
      data: { passwordHash: record.passwordHash },
      select: { id: true },
    });
    // Every other reset link of this person stops working too.
    await tx.authToken.updateMany({
      where: { userId: record.userId, purpose: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: now },
    });
    const ended = await endUserSessions(record.userId, "password_reset", { client: tx, now });
    return { ended, email: record.user.email };
  },
  audit: ({ ended }, { record }) => ({
    actorId: record.userId,
    action: "user.password_set",
    entity: "User",
    entityId: record.userId,
    detail: { via: "password_reset", sessionsEnded: ended },
  }),
});
