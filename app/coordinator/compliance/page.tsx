import { getTranslations } from "next-intl/server";
import { ComplianceView } from "@/components/contacts/compliance-view";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requestedCohortId, requireRole } from "@/lib/auth/session";
import { getComplianceReport } from "@/lib/contacts/queries";
import { complianceFilterSchema } from "@/lib/contacts/schemas";
import { requestFormatter } from "@/lib/i18n/server";

export async function generateMetadata() {
  const tm = await getTranslations("contacts.compliance");
  return { title: tm("coordinatorTitle") };
}

export default async function CoordinatorCompliancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/compliance");
  const t = await getTranslations("contacts.compliance");
  const f = await requestFormatter(membership.cohort.timeZone);
  const filter = complianceFilterSchema.parse(await searchParams);
  const report = await getComplianceReport(actor, {
    pairId: filter.pair || undefined,
    phase: filter.phase,
    page: filter.page,
  });
  return (
    <>
      <PageHeader title={t("coordinatorTitle")} description={t("coordinatorIntro")} />
      {report ? (
        <ComplianceView
          report={report}
          action="/coordinator/compliance"
          filter={filter}
          cohortParam={await requestedCohortId()}
          day={(d) => f.day(new Date(`${d}T00:00:00Z`))}
          percent={(n) => f.number(n / 100, { style: "percent" })}
        />
      ) : (
        <EmptyState title={t("noCohort")} />
      )}
    </>
  );
}
