import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { StaffSurvey } from "@/components/surveys/staff-survey";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getSurveyForStaff } from "@/lib/surveys/queries";

export async function generateMetadata() {
  const t = await getTranslations("surveys");
  return { title: t("title") };
}

export default async function SupervisorSurveyPage({ params }: { params: Promise<{ surveyId: string }> }) {
  const { surveyId } = await params;
  const { actor, membership } = await requireRole("SUPERVISOR", `/supervisor/surveys/${surveyId}`);
  const data = await getSurveyForStaff(actor, surveyId, "SUPERVISOR");
  if (!data) notFound();
  const f = await requestFormatter(membership.cohort.timeZone);
  return <StaffSurvey data={data} base="/supervisor/surveys" f={f} />;
}
