import type { Prisma } from "../../generated/prisma/client";
import { renderEmail, type EmailI18n } from "../emails";
import { recipientLocales } from "../i18n/people";

/**
 * Queues an email in the outbox, inside the caller's transaction (so it exists iff the change
 * does). With a dedupeKey, the same email is queued once however often this is called
 * (reminders): returns false when it was already there. Delivery: lib/outbox/deliver.ts.
 * Never put referral reasons or contact notes in an email: name the thing and link to the app.
 *
 * An email made by `email()` of a catalog kind (it carries `i18n`) is written in its recipient's
 * language and time zone (User.locale, else their cohort's default: lib/i18n/people.ts), looked
 * up here in one query for the whole batch.
 */
export interface Email {
  userId?: string | null;
  toEmail: string;
  subject: string;
  body: string;
  kind: string;
  dedupeKey?: string;
  /** from email(): the facts to render it in the recipient's language */
  i18n?: EmailI18n;
}

type OutboxWriter = {
  outbox: {
    createMany: (args: {
      data: Prisma.OutboxCreateManyInput[];
      skipDuplicates?: boolean;
    }) => Prisma.PrismaPromise<{ count: number }>;
  };
  user: Parameters<typeof recipientLocales>[0]["user"];
};

export async function enqueueEmails(tx: OutboxWriter, emails: Email[]): Promise<number> {
  if (emails.length === 0) return 0;
  const ids = emails.filter((e) => e.i18n && e.userId).map((e) => e.userId as string);
  const locales = await recipientLocales(tx, ids);
  const { count } = await tx.outbox.createMany({
    data: emails.map(({ i18n, userId, toEmail, subject, body, kind, dedupeKey }) => {
      const reader = userId ? locales.get(userId) : undefined;
      const text = i18n && reader ? renderEmail(i18n, reader.locale, reader.timeZone) : { subject, body };
      return { userId: userId ?? null, toEmail, kind, dedupeKey, ...text };
    }),
    skipDuplicates: true,
  });
  return count;
}

export async function enqueueEmail(tx: OutboxWriter, email: Email): Promise<boolean> {
  return (await enqueueEmails(tx, [email])) === 1;
}
