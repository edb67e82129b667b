import { ProgrammeReportView } from "@/components/reports/programme-report";
import { Card, CardHeader, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { requestTranslator } from "@/lib/i18n/server";
import { getReferralReport } from "@/lib/referrals/queries";
import { CATEGORIES, type ReportLine } from "@/lib/referrals/rules";
import { getProgrammeReport } from "@/lib/reports/queries";
import { reportRangeSchema } from "@/lib/reports/schemas";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("reports.title") };
}

function Lines({
  label,
  lines,
  name,
  open,
  closed,
}: {
  label: string;
  lines: (ReportLine & { openCount: string; closedCount: string })[];
  name: (key: string) => string;
  open: string;
  closed: string;
}) {
  return (
    <table className="w-full text-start text-sm">
      <caption className="sr-only">{label}</caption>
      <thead>
        <tr className="border-b border-stone-200 text-stone-600">
          <th scope="col" className="py-2 font-medium">
            {label}
          </th>
          <th scope="col" className="py-2 text-end font-medium">
            {open}
          </th>
          <th scope="col" className="py-2 text-end font-medium">
            {closed}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.key} className="border-b border-stone-100">
            <th scope="row" className="py-2 font-normal text-stone-900">
              {name(l.key)}
            </th>
            <td className="py-2 text-end tabular-nums">{l.openCount}</td>
            <td className="py-2 text-end tabular-nums">{l.closedCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function SupervisorReports({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { actor } = await requireRole("SUPERVISOR", "/supervisor/reports");
  const range = reportRangeSchema.parse(await searchParams);
  const [programme, report, tr] = await Promise.all([
    getProgrammeReport(actor, range, "SUPERVISOR"),
    getReferralReport(actor),
    requestTranslator(),
  ]);
  const rt = await getTranslations("referrals.reports");
  const tc = await getTranslations("referrals.category");
  // hours under two days, else days, to one decimal
  const duration = (h: number | null) =>
    h === null
      ? "—"
      : h < 48
        ? rt("hours", { n: Math.round(h * 10) / 10 })
        : rt("days", { n: Math.round((h / 24) * 10) / 10 });
  const lines = (list: ReportLine[]) =>
    list.map((l) => ({ ...l, openCount: rt("n", { n: l.open }), closedCount: rt("n", { n: l.closed }) }));
  return (
    <>
      <PageHeader title={tr.t("reports.title")} description={tr.t("reports.description")} />
      <ProgrammeReportView report={programme} as="SUPERVISOR" action="/supervisor/reports" />
      <h2 className="mt-10 mb-2 text-xl font-semibold text-stone-900">{rt("title")}</h2>
      <p className="mb-4 max-w-prose text-stone-600">
        {rt("intro")}
      </p>
      {!report || report.total === 0 ? (
        <EmptyState title={rt("none")} />
      ) : (
        <>
          <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4">
            <Stat label={rt("open")} value={rt("n", { n: report.open })} />
            <Stat label={rt("closed")} value={rt("n", { n: report.closed })} />
            <Stat label={rt("toAcknowledge")} value={duration(report.medianHoursToAcknowledge)} />
            <Stat label={rt("toClose")} value={duration(report.medianHoursToClose)} />
          </dl>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader title={rt("byCategory")} />
              <Lines
                label={rt("category")}
                lines={lines(report.byCategory)}
                name={(k) => (CATEGORIES.some((c) => c === k) ? tc(k as (typeof CATEGORIES)[number]) : k)}
                open={rt("open")}
                closed={rt("closed")}
              />
            </Card>
            <Card>
              <CardHeader title={rt("byCentre")} />
              <Lines
                label={rt("centre")}
                lines={lines(report.byCentre)}
                name={(k) => k}
                open={rt("open")}
                closed={rt("closed")}
              />
            </Card>
          </div>
        </>
      )}
    </>
  );
}
