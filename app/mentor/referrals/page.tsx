import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReferralStatusBadge, UrgencyBadge } from "@/components/referrals/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getPairReferrals } from "@/lib/referrals/queries";

export async function generateMetadata() {
  const tm = await getTranslations("referrals.mentor");
  return { title: tm("listTitle") };
}

export default async function MentorReferrals() {
  const { actor, membership } = await requireRole("MENTOR", "/mentor/referrals");
  const referrals = await getPairReferrals(actor);
  const t = await getTranslations("referrals");
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <PageHeader
        title={t("mentor.listTitle")}
        description={t("mentor.listIntro")}
        action={referrals ? <ButtonLink href="/mentor/referrals/new">{t("mentor.newTitle")}</ButtonLink> : null}
      />
      {!referrals ? (
        <EmptyState title={t("mentor.notPublished")}>{t("mentor.notPublishedBody")}</EmptyState>
      ) : referrals.length === 0 ? (
        <EmptyState title={t("mentor.none")}>{t("mentor.noneBody")}</EmptyState>
      ) : (
        <div className="rounded-xl border border-stone-200 bg-white shadow-xs">
          <ul aria-label={t("mentor.list")} className="divide-y divide-stone-100">
            {referrals.map((r) => (
              <li key={r.id}>
                <Link
                  prefetch={false}
                  href={`/mentor/referrals/${r.id}`}
                  className="flex flex-wrap items-start justify-between gap-3 p-4 hover:bg-stone-50 sm:px-6"
                >
                  <div>
                    <div className="flex flex-wrap items-center gap-2">
                      <UrgencyBadge urgency={r.urgency} />
                      <span className="font-medium text-stone-900">
                        <bdi>{r.menteeName}</bdi>
                      </span>
                    </div>
                    <p className="mt-1 text-sm text-stone-600">
                      {t("mentor.line", {
                        category: t(`category.${r.category}`),
                        name: r.mentorName,
                        when: f.date(r.createdAt),
                      })}
                    </p>
                  </div>
                  <ReferralStatusBadge status={r.status} />
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
