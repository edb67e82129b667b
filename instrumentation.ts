/**
 * Next.js calls register() once when the server starts. The periodic jobs (reminders, outbox
 * delivery) run in the Node.js server process; see lib/jobs/scheduler.ts.
 */
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself (the documented way to tell the runtimes apart).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startJobScheduler } = await import("./lib/jobs/scheduler");
    startJobScheduler();
  }
}
