import { getTranslations } from "next-intl/server";
import { ReferralStatusBadge } from "@/components/referrals/status-badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getMenteeReferrals } from "@/lib/referrals/queries";

export async function generateMetadata() {
  const tm = await getTranslations("referrals.mentee");
  return { title: tm("title") };
}

export default async function MenteeReferrals() {
  const { actor, membership } = await requireRole("MENTEE", "/mentee/referrals");
  const referrals = await getMenteeReferrals(actor);
  const t = await getTranslations("referrals");
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <PageHeader title={t("mentee.title")} description={t("mentee.intro")} />
      {!referrals || referrals.length === 0 ? (
        <EmptyState title={t("mentee.none")}>{t("mentee.noneBody")}</EmptyState>
      ) : (
        <ul aria-label={t("mentee.title")} className="space-y-3">
          {referrals.map((r) => (
            <li key={r.id}>
              <Card>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h2 className="font-semibold text-stone-900">
                      {t("mentee.kind", { category: t(`category.${r.category}`) })}
                    </h2>
                    <p className="text-sm text-stone-600">
                      {t("mentee.dates", { referred: f.date(r.createdAt), changed: f.date(r.updatedAt) })}
                    </p>
                  </div>
                  <ReferralStatusBadge status={r.status} />
                </div>
                <p className="mt-2 text-sm text-stone-800">{t(`mentee.means.${r.status}`)}</p>
                {r.centre ? (
                  <p className="mt-2 text-sm text-stone-800">
                    <strong>
                      <bdi>{r.centre.name}</bdi>
                    </strong>
                    {r.centre.contact ? (
                      <>
                        {" "}
                        · <bdi>{r.centre.contact}</bdi>
                      </>
                    ) : null}
                    {r.centre.hours ? (
                      <>
                        {" "}
                        · <bdi>{r.centre.hours}</bdi>
                      </>
                    ) : null}
                  </p>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-sm text-stone-600">{t("mentee.questions")}</p>
    </>
  );
}
