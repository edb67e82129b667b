import { healthReport } from "@/lib/health";

/** GET /api/health: `{ status, db }` with 200 when the database answers, 503 when it does not. */
export const dynamic = "force-dynamic";

export async function GET() {
  const report = await healthReport();
  return Response.json(report, {
    status: report.db === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
