import { getTranslations } from "next-intl/server";
import { MySurveys } from "@/components/surveys/my-surveys";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getMySurveys } from "@/lib/surveys/queries";

export async function generateMetadata() {
  const t = await getTranslations("surveys");
  return { title: t("answer.mine") };
}

export default async function MentorSurveysPage() {
  const { actor, membership } = await requireRole("MENTOR", "/mentor/surveys");
  const t = await getTranslations("surveys");
  const surveys = await getMySurveys(actor, "MENTOR");
  if (!surveys) return <EmptyState title={t("noCohort")} />;
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <PageHeader title={t("answer.mine")} description={t("answer.confidential")} />
      <MySurveys surveys={surveys} base="/mentor/surveys" f={f} />
    </>
  );
}
