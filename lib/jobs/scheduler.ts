import "server-only";
import { dbHandle } from "../db";
import { env } from "../env";
import { runJobs } from "./run";

/**
 * Runs the periodic jobs inside the app's process every JOBS_INTERVAL_SECONDS (0 = off). With the
 * embedded database this is the way to run them while the app is up: a second process cannot open
 * the PGlite directory. The first run waits one interval, so start-up stays fast.
 */
export function startJobScheduler(): void {
  const seconds = env.JOBS_INTERVAL_SECONDS;
  const g = globalThis as unknown as { __duomentorJobs?: NodeJS.Timeout };
  if (seconds <= 0 || g.__duomentorJobs) return;
  let running = false;
  g.__duomentorJobs = setInterval(() => {
    if (running) return;
    running = true;
    runJobs(dbHandle().prisma)
      .then((r) => {
        const sent = r.delivered ? `, ${r.delivered.sent} sent, ${r.delivered.failed} failed` : "";
        if (r.contactEmails + r.meetingEmails > 0 || (r.delivered && r.delivered.sent + r.delivered.failed > 0)) {
          console.log(`[jobs] queued ${r.contactEmails} contact and ${r.meetingEmails} meeting reminder(s)${sent}`);
        }
      })
      .catch((e: Error) => console.error(`[jobs] run failed: ${e.name}`))
      .finally(() => {
        running = false;
      });
  }, seconds * 1000);
  g.__duomentorJobs.unref();
}
