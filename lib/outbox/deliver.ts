/**
 * Delivers pending outbox emails. A sender claims rows with a lease (claimedUntil, set in the
 * claiming statement under FOR UPDATE SKIP LOCKED): other senders (instances, cron overlaps) skip
 * a row while its lease runs, so none is sent twice while it is being sent (the row lock alone
 * lasts only for the claiming statement: it let a second instance send the same emails again,
 * found by tests/multi/two-instances.spec.ts). A crash between sending and marking leaves the
 * row to be sent again when the lease ends (at-least-once, with the same Message-ID). Gives up
 * after 5 attempts.
 */
import type { Transporter } from "nodemailer";
import type { Db } from "../db/client";
import { clock } from "../clock";

export const MAX_ATTEMPTS = 5;
/** How long a claimed row is left to its sender: far longer than sending a batch takes. */
export const LEASE_MS = 10 * 60_000;

/**
 * One Message-ID per outbox row, whichever instance sends it and however often: a resend after a
 * crash between sending and marking (at-least-once) carries the same id, which mail systems and
 * the two-instance test use to tell a duplicate.
 */
export function outboxMessageId(outboxId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "duomentor.invalid";
  return `<outbox.${outboxId}@${domain}>`;
}

export async function deliverOutbox(
  prisma: Db,
  transport: Pick<Transporter, "sendMail">,
  opts: { from: string; batch?: number; now?: Date },
): Promise<{ sent: number; failed: number }> {
  const now = opts.now ?? clock();
  const leaseEnd = new Date(now.getTime() + LEASE_MS);
  const claimed = await prisma.$queryRaw<
    { id: string; toEmail: string; subject: string; body: string; attempts: number }[]
  >`
    UPDATE "Outbox" SET "attempts" = "attempts" + 1, "claimedUntil" = ${leaseEnd}
     WHERE "id" IN (SELECT "id" FROM "Outbox"
                     WHERE "status" = 'PENDING' AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now})
                     ORDER BY "createdAt" LIMIT ${opts.batch ?? 50} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toEmail", "subject", "body", "attempts"`;
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await transport.sendMail({
        from: opts.from,
        to: mail.toEmail,
        subject: mail.subject,
        text: mail.body,
        messageId: outboxMessageId(mail.id, opts.from),
      });
      await prisma.outbox.update({
        where: { id: mail.id },
        data: { status: "SENT", sentAt: clock(), lastError: null, claimedUntil: null },
      });
      sent++;
    } catch (error) {
      failed++;
      await prisma.outbox.update({
        where: { id: mail.id },
        data: {
          status: mail.attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
          claimedUntil: null,
          lastError: String((error as Error).message ?? error).slice(0, 500),
        },
      });
    }
  }
  return { sent, failed };
}
