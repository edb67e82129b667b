import { getTranslations } from "next-intl/server";
import { FeedbackRounds } from "@/components/surveys/feedback-rounds";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getMyFeedback } from "@/lib/surveys/queries";

export async function generateMetadata() {
  const t = await getTranslations("surveys");
  return { title: t("feedback.title") };
}

export default async function MentorFeedbackPage() {
  const { actor, membership } = await requireRole("MENTOR", "/mentor/feedback");
  const t = await getTranslations("surveys");
  const rounds = await getMyFeedback(actor);
  if (!rounds) return <EmptyState title={t("noCohort")} />;
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <PageHeader title={t("feedback.title")} description={t("feedback.description")} />
      <FeedbackRounds rounds={rounds} f={f} />
    </>
  );
}
