import { OutcomesView } from "@/components/outcomes/outcomes-view";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestTranslator } from "@/lib/i18n/server";
import { getOutcomes } from "@/lib/outcomes/queries";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("outcomes.title") };
}

export default async function SupervisorOutcomesPage() {
  const { actor } = await requireRole("SUPERVISOR", "/supervisor/reports/outcomes");
  const [exams, tr] = await Promise.all([getOutcomes(actor, "SUPERVISOR"), requestTranslator()]);
  return (
    <>
      <PageHeader title={tr.t("outcomes.title")} description={tr.t("outcomes.description")} />
      {exams ? <OutcomesView exams={exams} /> : <EmptyState title={tr.t("outcomes.none")} />}
    </>
  );
}
