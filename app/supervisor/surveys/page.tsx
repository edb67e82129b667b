import { getTranslations } from "next-intl/server";
import { SurveyList } from "@/components/surveys/survey-list";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getSurveyList } from "@/lib/surveys/queries";

export async function generateMetadata() {
  const t = await getTranslations("surveys");
  return { title: t("title") };
}

export default async function SupervisorSurveysPage() {
  const { actor, membership } = await requireRole("SUPERVISOR", "/supervisor/surveys");
  const t = await getTranslations("surveys");
  const surveys = await getSurveyList(actor, "SUPERVISOR");
  if (!surveys) return <EmptyState title={t("noCohort")} />;
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <PageHeader title={t("title")} description={t("list.description")} />
      <Card aria-labelledby="list-heading">
        <CardHeader id="list-heading" title={t("list.heading")} />
        <SurveyList surveys={surveys} base="/supervisor/surveys" f={f} />
      </Card>
    </>
  );
}
