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

/**
 * Invitations go out when a person has something to do (issue 10, item 3): a mentor when accepted,
 * a mentee when the groups are published (or accepted after applying), never at import. Of the
 * given memberships, invites the people who cannot sign in yet (no password, no university
 * sign-in) and hold no open invitation link. In the caller's transaction.
 */
export async function inviteMembersWhoCannotSignIn(tx: Tx, membershipIds: readonly string[]): Promise<number> {
  if (membershipIds.length === 0) return 0;
  const rows = await tx.membership.findMany({
    where: {
      id: { in: [...new Set(membershipIds)] },
      user: {
        passwordHash: null,
        ssoSubject: null,
        anonymisedAt: null,
        authTokens: { none: { purpose: "INVITATION", usedAt: null, expiresAt: { gt: clock() } } },
      },
    },
    select: { cohort: { select: { name: true } }, user: { select: { id: true, email: true, name: true } } },
  });
  const byCohort = new Map<string, { id: string; email: string; name: string }[]>();
  for (const r of rows) {
    const list = byCohort.get(r.cohort.name) ?? [];
    if (!list.some((u) => u.id === r.user.id)) list.push(r.user);
    byCohort.set(r.cohort.name, list);
  }
  let n = 0;
  for (const [cohortName, users] of byCohort) n += await inviteUsers(tx, users, cohortName);
  return n;
}
