import { ProgrammeReportView } from "@/components/reports/programme-report";
import { Card, CardHeader, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { LABEL } from "@/lib/format";
import { requestTranslator } from "@/lib/i18n/server";
import { getReferralReport } from "@/lib/referrals/queries";
import { formatHours, type ReportLine } from "@/lib/referrals/rules";
import { getProgrammeReport } from "@/lib/reports/queries";
import { reportRangeSchema } from "@/lib/reports/schemas";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("reports.title") };
}

function Lines({ label, lines, name }: { label: string; lines: ReportLine[]; name: (key: string) => string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{label}</caption>
      <thead>
        <tr className="border-b border-stone-200 text-stone-600">
          <th scope="col" className="py-2 font-medium">
            {label}
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            Open
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            Closed
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.key} className="border-b border-stone-100">
            <th scope="row" className="py-2 font-normal text-stone-900">
              {name(l.key)}
            </th>
            <td className="py-2 text-right tabular-nums">{l.open}</td>
            <td className="py-2 text-right tabular-nums">{l.closed}</td>
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
  return (
    <>
      <PageHeader title={tr.t("reports.title")} description={tr.t("reports.description")} />
      <ProgrammeReportView report={programme} as="SUPERVISOR" action="/supervisor/reports" />
      <h2 className="mt-10 mb-2 text-xl font-semibold text-stone-900">Referral reports</h2>
      <p className="mb-4 max-w-prose text-stone-600">
        Open and closed referrals by support centre and by category; closed includes declined.
      </p>
      {!report || report.total === 0 ? (
        <EmptyState title="No referrals yet" />
      ) : (
        <>
          <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4">
            <Stat label="Open" value={report.open} />
            <Stat label="Closed" value={report.closed} />
            <Stat label="Median time to acknowledge" value={formatHours(report.medianHoursToAcknowledge)} />
            <Stat label="Median time to close" value={formatHours(report.medianHoursToClose)} />
          </dl>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader title="By category" />
              <Lines
                label="Category"
                lines={report.byCategory}
                name={(k) => LABEL.category[k as keyof typeof LABEL.category] ?? k}
              />
            </Card>
            <Card>
              <CardHeader title="By support centre" />
              <Lines label="Support centre" lines={report.byCentre} name={(k) => k} />
            </Card>
          </div>
        </>
      )}
    </>
  );
}
