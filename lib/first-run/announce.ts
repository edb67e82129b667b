import "server-only";
import { db, probeDatabase } from "../db";
import { hasCoordinator } from "./create";
import { setupToken } from "./token";

/**
 * At server start (instrumentation.ts): when the database has no coordinator, print where to go
 * and the setup token (the log is readable only by whoever runs the server). Silent otherwise.
 */
export async function announceFirstRun(): Promise<void> {
  try {
    if ((await probeDatabase()) !== "ok" || (await hasCoordinator(db()))) return;
    console.log(
      `First run: this database has no coordinator. Open /first-run and enter the setup token ${setupToken()}` +
        " (or run: npm run admin:create -- --email … --name …).",
    );
  } catch {
    // not migrated yet, or unavailable: the page says the same when it opens
  }
}
