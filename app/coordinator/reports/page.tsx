import { ProgrammeReportView } from "@/components/reports/programme-report";
import { PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestTranslator } from "@/lib/i18n/server";
import { getProgrammeReport } from "@/lib/reports/queries";
import { reportRangeSchema } from "@/lib/reports/schemas";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("reports.title") };
}

export default async function CoordinatorReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { actor } = await requireRole("COORDINATOR", "/coordinator/reports");
  const range = reportRangeSchema.parse(await searchParams);
  const [report, tr] = await Promise.all([getProgrammeReport(actor, range, "COORDINATOR"), requestTranslator()]);
  return (
    <>
      <PageHeader title={tr.t("reports.title")} description={tr.t("reports.description")} />
      <ProgrammeReportView report={report} as="COORDINATOR" action="/coordinator/reports" />
    </>
  );
}
