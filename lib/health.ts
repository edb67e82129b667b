import "server-only";
import { probeDatabase } from "./db";

/** What /api/health reports: no path, no version, no error text. */
export async function healthReport(): Promise<{ status: "ok" | "degraded"; db: "ok" | "unavailable" }> {
  const db = await probeDatabase();
  return { status: db === "ok" ? "ok" : "degraded", db };
}
