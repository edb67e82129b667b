/**
 * npm run outbox:send: deliver pending emails over SMTP_URL (run from cron every minute).
 * Without SMTP_URL it only reports how many are waiting.
 */
import nodemailer from "nodemailer";
import { openDb } from "../lib/db/client";
import { dbTarget } from "../lib/db/target";
import { env } from "../lib/env";
import { deliverOutbox } from "../lib/outbox/deliver";

async function main() {
  const handle = openDb(dbTarget());
  try {
    if (!env.SMTP_URL) {
      const pending = await handle.prisma.outbox.count({ where: { status: "PENDING" } });
      console.log(`SMTP_URL is not set: ${pending} email(s) wait in the outbox.`);
      return;
    }
    const transport = nodemailer.createTransport(env.SMTP_URL);
    let total = { sent: 0, failed: 0 };
    for (;;) {
      const r = await deliverOutbox(handle.prisma, transport, { from: env.SMTP_FROM });
      total = { sent: total.sent + r.sent, failed: total.failed + r.failed };
      if (r.sent + r.failed === 0 || r.sent === 0) break;
    }
    console.log(`Outbox: ${total.sent} sent, ${total.failed} failed.`);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
