import "server-only";
import type { Tx } from "../actions";
import { email, type EmailKind, type EmailParams } from "../emails";
import { enqueueEmails } from "../outbox/enqueue";

/**
 * One email of `kind` (lib/emails) to each person a setup change touches, through the outbox, in
 * the caller's transaction. `params` builds each person's own values from their name.
 */
export async function notifyMemberships<K extends EmailKind>(
  tx: Tx,
  membershipIds: readonly string[],
  kind: K,
  params: (person: { name: string }) => EmailParams<K>,
): Promise<number> {
  const ids = [...new Set(membershipIds)];
  if (ids.length === 0) return 0;
  const people = await tx.membership.findMany({
    where: { id: { in: ids } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  await enqueueEmails(
    tx,
    people.map(({ user }) => ({ userId: user.id, toEmail: user.email, ...email(kind, params({ name: user.name })) })),
  );
  return people.length;
}
