/**
 * Next.js calls register() once when the server starts. In the Node.js server process: open the
 * database at once (retrying while it is unavailable: the proxy answers 503 meanwhile) and start
 * the periodic jobs (reminders, outbox delivery, retention); see lib/db.ts and lib/jobs/scheduler.ts.
 */
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself (the documented way to tell the runtimes apart).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { watchDatabase } = await import("./lib/db");
    watchDatabase();
    const { startJobScheduler } = await import("./lib/jobs/scheduler");
    startJobScheduler();
    const { announceFirstRun } = await import("./lib/first-run/announce");
    void announceFirstRun();
  }
}
