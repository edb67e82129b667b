import { CohortHoursView } from "@/components/recognition/cohort-hours";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requestTranslator } from "@/lib/i18n/server";
import { getCohortHours } from "@/lib/recognition/queries";
import { hrefWith } from "@/lib/cohorts/url";
import { requestedCohortId, requireRole } from "@/lib/auth/session";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("recognition.title") };
}

export default async function CoordinatorHoursPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { actor } = await requireRole("COORDINATOR", "/coordinator/hours");
  const [data, tr, cohortParam] = await Promise.all([
    getCohortHours(actor, "COORDINATOR", Number((await searchParams).page) || 1),
    requestTranslator(),
    requestedCohortId(),
  ]);
  return (
    <>
      <PageHeader title={tr.t("recognition.title")} description={tr.t("recognition.staffDescription")} />
      {data ? (
        <CohortHoursView
          data={data}
          as="COORDINATOR"
          href={(page) => hrefWith("/coordinator/hours", { page: page > 1 ? String(page) : null }, cohortParam)}
        />
      ) : (
        <EmptyState title={tr.t("recognition.noMentors")} />
      )}
    </>
  );
}
