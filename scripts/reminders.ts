/**
 * npm run reminders:run: queue contact reminders and the coordinators' daily overdue digest
 * (lib/contacts/reminders.ts) in the email outbox; `npm run outbox:send` delivers them.
 * Idempotent: run it from cron as often as you like (e.g. hourly, or daily at 08:00); the same
 * reminder is never queued twice. Example crontab:
 *   0 * * * *  cd /srv/duomentor && npm run -s reminders:run && npm run -s outbox:send
 * With the embedded database, run it while the app is stopped or through the app's process:
 * one process owns a PGlite directory at a time (use PostgreSQL for cron next to a running app).
 */
import { runContactReminders } from "../lib/contacts/reminders";
import { openDb } from "../lib/db/client";
import { dbTarget } from "../lib/db/target";
import { env } from "../lib/env";

async function main() {
  const handle = openDb(dbTarget());
  try {
    const r = await runContactReminders(handle.prisma, { appUrl: env.NEXTAUTH_URL });
    console.log(
      `Reminders: ${r.cohorts} active cohort(s); queued ${r.queued} email(s) ` +
        `(${r.dueReminders} due, ${r.overdueReminders} overdue, ${r.digests} digest(s) considered; ${r.skippedAsDuplicates} already queued before).`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
