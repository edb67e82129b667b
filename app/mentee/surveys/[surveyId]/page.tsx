import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AnswerPage } from "@/components/surveys/answer-page";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getSurveyToAnswer } from "@/lib/surveys/queries";

export async function generateMetadata() {
  const t = await getTranslations("surveys");
  return { title: t("answer.mine") };
}

export default async function MenteeSurveyPage({
  params,
  searchParams,
}: {
  params: Promise<{ surveyId: string }>;
  searchParams: Promise<{ about?: string }>;
}) {
  const [{ surveyId }, { about }] = await Promise.all([params, searchParams]);
  const { actor, membership } = await requireRole("MENTEE", `/mentee/surveys/${surveyId}`);
  const data = await getSurveyToAnswer(actor, "MENTEE", surveyId, typeof about === "string" ? about : "");
  if (!data) notFound();
  const f = await requestFormatter(membership.cohort.timeZone);
  return <AnswerPage data={data} base="/mentee/surveys" f={f} />;
}
