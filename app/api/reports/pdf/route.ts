import { clock } from "@/lib/clock";
import { isLocale } from "@/lib/i18n/config";
import { requestI18n } from "@/lib/i18n/server";
import { renderReportPdf } from "@/lib/reports/pdf";
import { getProgrammeReport } from "@/lib/reports/queries";
import { reportActor } from "@/lib/reports/route-actor";
import { reportRangeSchema } from "@/lib/reports/schemas";

export const dynamic = "force-dynamic";

/** The whole programme report as a PDF, in the cohort's language (else the reader's). */
export async function GET(req: Request) {
  const url = new URL(req.url);
  const who = await reportActor(url.searchParams.get("as"));
  if (!who) return new Response("Not found.", { status: 404 });
  const range = reportRangeSchema.parse(Object.fromEntries(url.searchParams));
  const report = await getProgrammeReport(who.actor, range, who.as);
  if (!report) return new Response("Not found.", { status: 404 });
  const cohortLocale = report.cohort.defaultLocale;
  const locale = cohortLocale && isLocale(cohortLocale) ? cohortLocale : (await requestI18n()).locale;
  const pdf = await renderReportPdf(report, locale, clock());
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="programme-report-${report.range.from}-${report.range.to}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
