/**
 * npm run booking:reminders: queue reminder emails for meetings in the next 24 hours (run from
 * cron, e.g. hourly; each reminder is queued once). npm run outbox:send delivers them.
 */
import { openDb } from "../lib/db/client";
import { dbTarget } from "../lib/db/target";
import { enqueueBookingReminders } from "../lib/booking/reminders";

async function main() {
  const handle = openDb(dbTarget());
  try {
    const r = await enqueueBookingReminders(handle.prisma);
    console.log(`Meeting reminders: ${r.due} meeting(s) in the next 24 hours, ${r.queued} new reminder(s) queued.`);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
