import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmergencyGuidance } from "@/components/referrals/emergency-guidance";
import { ReferralHistory } from "@/components/referrals/referral-history";
import { ReferralStatusBadge, UrgencyBadge } from "@/components/referrals/status-badge";
import { MentorSteps } from "@/components/referrals/step-forms";
import { Arrow } from "@/components/ui/arrow";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getReferralView } from "@/lib/referrals/queries";
import { getEmergencyCentres } from "@/lib/support-centres/queries";

export async function generateMetadata() {
  const tm = await getTranslations("referrals.review");
  return { title: tm("title") };
}
export const dynamic = "force-dynamic";

export default async function MentorReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, membership } = await requireRole("MENTOR", "/mentor/referrals");
  const r = await getReferralView(actor, id, "MENTOR");
  if (!r || r.kind !== "content") notFound();
  const t = await getTranslations("referrals");
  const f = await requestFormatter(membership.cohort.timeZone);
  const showGuidance =
    r.urgency === "URGENT" &&
    (r.status === "SUBMITTED" || r.status === "ACKNOWLEDGED" || r.status === "INFO_REQUESTED");
  const emergency = (showGuidance ? await getEmergencyCentres(actor) : null) ?? [];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/mentor/referrals" className="text-brand-700 font-medium underline">
          <Arrow to="back" /> {t("mentor.back")}
        </Link>
      </p>
      <PageHeader
        title={t("review.heading", { name: r.menteeName })}
        description={t("mentor.by", { name: r.mentorName, when: f.dateTime(r.createdAt) })}
      />
      <div className="mb-6 flex flex-wrap items-center gap-2">
        <UrgencyBadge urgency={r.urgency} />
        <ReferralStatusBadge status={r.status} />
        <Badge>{t(`category.${r.category}`)}</Badge>
      </div>
      {showGuidance ? (
        <div className="mb-6">
          <EmergencyGuidance centres={emergency} />
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          {r.supervisorMessage || r.outcome || r.centre ? (
            <Card aria-labelledby="supervisor-heading">
              <CardHeader id="supervisor-heading" title={t("mentor.fromSupervisor")} />
              {r.centre ? (
                <p className="text-sm text-stone-800">
                  {t.rich("mentor.forwardedTo", {
                    centre: r.centre.name,
                    b: (chunks) => <strong>{chunks}</strong>,
                  })}
                  {r.centre.contact ? (
                    <>
                      {" "}
                      · <bdi>{r.centre.contact}</bdi>
                    </>
                  ) : null}
                </p>
              ) : null}
              {r.supervisorMessage ? (
                <p className="mt-2 whitespace-pre-line text-stone-900" dir="auto">
                  {r.supervisorMessage}
                </p>
              ) : null}
              {r.outcome ? (
                <p className="mt-2 whitespace-pre-line text-stone-900">
                  <span className="font-medium">{t("mentor.outcome")}</span> <bdi>{r.outcome}</bdi>
                </p>
              ) : null}
            </Card>
          ) : null}
          <MentorSteps referralId={r.id} steps={r.steps} />
          <Card aria-labelledby="reason-heading">
            <CardHeader id="reason-heading" title={t("mentor.reasonTitle")} description={t("mentor.reasonIntro")} />
            <p className="whitespace-pre-line text-stone-900" dir="auto">
              {r.reason}
            </p>
            <p className="mt-3 text-sm text-stone-600">
              {t("mentor.knowsAgrees", { knows: String(r.menteeInformed), agrees: String(r.menteeConsented) })}
            </p>
          </Card>
        </div>
        <Card aria-labelledby="history-heading">
          <CardHeader id="history-heading" title={t("review.history")} />
          <ReferralHistory events={r.events.map((e) => ({ ...e, when: f.dateTime(e.at) }))} />
        </Card>
      </div>
    </>
  );
}
