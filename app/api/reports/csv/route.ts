import { requestTranslator } from "@/lib/i18n/server";
import { getProgrammeReport } from "@/lib/reports/queries";
import { reportActor } from "@/lib/reports/route-actor";
import { toCsv } from "@/lib/reports/rules";
import { reportRangeSchema, reportTableSchema } from "@/lib/reports/schemas";
import { reportTables } from "@/lib/reports/tables";

export const dynamic = "force-dynamic";

/** One table of the programme report as CSV (cells under 5 already suppressed: "<5"). */
export async function GET(req: Request) {
  const url = new URL(req.url);
  const who = await reportActor(url.searchParams.get("as"));
  if (!who) return new Response("Not found.", { status: 404 });
  const table = reportTableSchema.safeParse(url.searchParams.get("table"));
  if (!table.success) return new Response("Not found.", { status: 404 });
  const range = reportRangeSchema.parse(Object.fromEntries(url.searchParams));
  const report = await getProgrammeReport(who.actor, range, who.as);
  if (!report) return new Response("Not found.", { status: 404 });
  const tr = await requestTranslator();
  const x = reportTables(report, tr.t).find((t) => t.id === table.data)!;
  const csv = toCsv(
    x.header,
    x.rows.map((r) => r.map((c) => (c === null ? "<5" : c))),
  );
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="report-${x.id}-${report.range.from}-${report.range.to}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
