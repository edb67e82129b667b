import { ComplianceView } from "@/components/contacts/compliance-view";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getComplianceReport } from "@/lib/contacts/queries";
import { complianceFilterSchema } from "@/lib/contacts/schemas";

export const metadata = { title: "Mentor activity" };

export default async function SupervisorCompliancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { actor } = await requireRole("SUPERVISOR", "/supervisor/compliance");
  const filter = complianceFilterSchema.parse(await searchParams);
  const report = await getComplianceReport(actor, { pairId: filter.pair || undefined, phase: filter.phase });
  return (
    <>
      <PageHeader
        title="Mentor activity"
        description="Contact cadence per pair and mentee, and overdue follow-ups. Opening a mentee shows the mentors' private notes; that reading is recorded in the audit trail."
      />
      {report ? (
        <ComplianceView
          report={report}
          action="/supervisor/compliance"
          filter={filter}
          menteeHref={(id) => `/supervisor/compliance/${id}`}
        />
      ) : (
        <EmptyState title="No cohort yet" />
      )}
    </>
  );
}
