import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FeedbackRounds } from "@/components/surveys/feedback-rounds";
import { Arrow } from "@/components/ui/arrow";
import { PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getMentorFeedback } from "@/lib/surveys/queries";

export async function generateMetadata() {
  const t = await getTranslations("surveys");
  return { title: t("feedback.supervisorTitle") };
}

export default async function SupervisorMentorFeedbackPage({ params }: { params: Promise<{ mentorId: string }> }) {
  const { mentorId } = await params;
  const { actor, membership } = await requireRole("SUPERVISOR", `/supervisor/feedback/${mentorId}`);
  const t = await getTranslations("surveys");
  const data = await getMentorFeedback(actor, mentorId, "SUPERVISOR");
  if (!data) notFound();
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <Link
        href="/supervisor/feedback"
        className="text-brand-700 mb-2 inline-flex min-h-11 items-center gap-1 text-sm hover:underline"
      >
        <Arrow to="back" /> {t("feedback.back")}
      </Link>
      <PageHeader title={data.name} description={t("feedback.description")} />
      <FeedbackRounds rounds={data.rounds} f={f} />
    </>
  );
}
