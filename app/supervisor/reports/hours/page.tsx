import { CohortHoursView } from "@/components/recognition/cohort-hours";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestTranslator } from "@/lib/i18n/server";
import { getCohortHours } from "@/lib/recognition/queries";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("recognition.title") };
}

export default async function SupervisorHoursPage() {
  const { actor } = await requireRole("SUPERVISOR", "/supervisor/reports/hours");
  const [data, tr] = await Promise.all([getCohortHours(actor, "SUPERVISOR"), requestTranslator()]);
  return (
    <>
      <PageHeader title={tr.t("recognition.title")} description={tr.t("recognition.staffDescription")} />
      {data ? <CohortHoursView data={data} as="SUPERVISOR" /> : <EmptyState title={tr.t("recognition.noMentors")} />}
    </>
  );
}
