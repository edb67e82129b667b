import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReferralForm } from "@/components/referrals/referral-form";
import { Arrow } from "@/components/ui/arrow";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getReferralFormContext } from "@/lib/referrals/queries";

export async function generateMetadata() {
  const tm = await getTranslations("referrals.mentor");
  return { title: tm("newTitle") };
}

/** /mentor/referrals/new?mentee=<menteeMembershipId>&contact=<contactLogId> (both optional; ids only, never text). */
export default async function NewReferral({
  searchParams,
}: {
  searchParams: Promise<{ mentee?: string | string[]; contact?: string | string[] }>;
}) {
  const sp = await searchParams;
  const one = (v?: string | string[]) => (Array.isArray(v) ? v[0] : v);
  const { actor, membership } = await requireRole("MENTOR", "/mentor/referrals/new");
  const ctx = await getReferralFormContext(actor, one(sp.mentee), one(sp.contact));
  const t = await getTranslations("referrals");
  const tc = await getTranslations("common.channel");
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/mentor/referrals" className="text-brand-700 font-medium underline">
          <Arrow to="back" /> {t("mentor.back")}
        </Link>
      </p>
      <PageHeader title={t("mentor.newTitle")} description={t("mentor.newIntro")} />
      {!ctx ? (
        <EmptyState title={t("mentor.notPublished")} />
      ) : (
        <Card className="max-w-2xl">
          <ReferralForm
            mentees={ctx.mentees}
            selectedMenteeId={ctx.selectedMenteeId}
            contactLog={
              ctx.contactLog
                ? {
                    id: ctx.contactLog.id,
                    label: `${tc(ctx.contactLog.channel)}, ${f.dateTime(ctx.contactLog.occurredAt)}`,
                  }
                : null
            }
            emergencyCentres={ctx.emergencyCentres}
          />
        </Card>
      )}
    </>
  );
}
