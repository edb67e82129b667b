/**
 * Delivers pending outbox emails. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
 * senders (instances, cron overlaps) never send one email twice at once; a crash between claim
 * and send leaves the row PENDING for the next run (at-least-once). Gives up after 5 attempts.
 */
import type { Transporter } from "nodemailer";
import type { Db } from "../db/client";
import { clock } from "../clock";

export const MAX_ATTEMPTS = 5;

export async function deliverOutbox(
  prisma: Db,
  transport: Pick<Transporter, "sendMail">,
  opts: { from: string; batch?: number },
): Promise<{ sent: number; failed: number }> {
  const claimed = await prisma.$queryRaw<
    { id: string; toEmail: string; subject: string; body: string; attempts: number }[]
  >`
    UPDATE "Outbox" SET "attempts" = "attempts" + 1
     WHERE "id" IN (SELECT "id" FROM "Outbox" WHERE "status" = 'PENDING'
                     ORDER BY "createdAt" LIMIT ${opts.batch ?? 50} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toEmail", "subject", "body", "attempts"`;
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await transport.sendMail({ from: opts.from, to: mail.toEmail, subject: mail.subject, text: mail.body });
      await prisma.outbox.update({
        where: { id: mail.id },
        data: { status: "SENT", sentAt: clock(), lastError: null },
      });
      sent++;
    } catch (error) {
      failed++;
      await prisma.outbox.update({
        where: { id: mail.id },
        data: {
          status: mail.attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
          lastError: String((error as Error).message ?? error).slice(0, 500),
        },
      });
    }
  }
  return { sent, failed };
}
