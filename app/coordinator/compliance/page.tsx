import { ComplianceView } from "@/components/contacts/compliance-view";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requestedCohortId, requireRole } from "@/lib/auth/session";
import { getComplianceReport } from "@/lib/contacts/queries";
import { complianceFilterSchema } from "@/lib/contacts/schemas";

export const metadata = { title: "Contact compliance" };

export default async function CoordinatorCompliancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { actor } = await requireRole("COORDINATOR", "/coordinator/compliance");
  const filter = complianceFilterSchema.parse(await searchParams);
  const report = await getComplianceReport(actor, {
    pairId: filter.pair || undefined,
    phase: filter.phase,
    page: filter.page,
  });
  return (
    <>
      <PageHeader
        title="Contact compliance"
        description="Are mentors keeping to the contact cadence? Counts and dates only: private notes stay with the mentors and the supervisor."
      />
      {report ? (
        <ComplianceView
          report={report}
          action="/coordinator/compliance"
          filter={filter}
          cohortParam={await requestedCohortId()}
        />
      ) : (
        <EmptyState title="No cohort yet" />
      )}
    </>
  );
}
