import { ExamImport } from "@/components/outcomes/exam-import";
import { OutcomesView } from "@/components/outcomes/outcomes-view";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestTranslator } from "@/lib/i18n/server";
import { getOutcomes } from "@/lib/outcomes/queries";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("outcomes.title") };
}

export default async function CoordinatorOutcomesPage() {
  const { actor } = await requireRole("COORDINATOR", "/coordinator/outcomes");
  const [exams, tr] = await Promise.all([getOutcomes(actor, "COORDINATOR"), requestTranslator()]);
  return (
    <>
      <PageHeader title={tr.t("outcomes.title")} description={tr.t("outcomes.description")} />
      <div className="space-y-6">
        <Card aria-labelledby="o-import">
          <CardHeader id="o-import" title={tr.t("outcomes.import.title")} />
          <ExamImport />
        </Card>
        {exams ? <OutcomesView exams={exams} /> : <EmptyState title={tr.t("outcomes.none")} />}
      </div>
    </>
  );
}
