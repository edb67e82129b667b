import type { Prisma } from "../../generated/prisma/client";

/**
 * Queues an email in the outbox, inside the caller's transaction (so it exists iff the change
 * does). With a dedupeKey, the same email is queued once however often this is called
 * (reminders): returns false when it was already there. Delivery: lib/outbox/deliver.ts.
 * Never put referral reasons or contact notes in an email: name the thing and link to the app.
 */
export interface Email {
  userId?: string | null;
  toEmail: string;
  subject: string;
  body: string;
  kind: string;
  dedupeKey?: string;
}

type OutboxWriter = {
  outbox: {
    createMany: (args: {
      data: Prisma.OutboxCreateManyInput[];
      skipDuplicates?: boolean;
    }) => Prisma.PrismaPromise<{ count: number }>;
  };
};

export async function enqueueEmails(tx: OutboxWriter, emails: Email[]): Promise<number> {
  if (emails.length === 0) return 0;
  const { count } = await tx.outbox.createMany({
    data: emails.map((e) => ({ ...e, userId: e.userId ?? null })),
    skipDuplicates: true,
  });
  return count;
}

export async function enqueueEmail(tx: OutboxWriter, email: Email): Promise<boolean> {
  return (await enqueueEmails(tx, [email])) === 1;
}
