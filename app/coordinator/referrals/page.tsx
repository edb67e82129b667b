import { getTranslations } from "next-intl/server";
import { Card, CardHeader, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getReferralCounts } from "@/lib/referrals/queries";
import { CATEGORIES, REFERRAL_STATUSES } from "@/lib/referrals/rules";

export async function generateMetadata() {
  const tm = await getTranslations("referrals.coordinator");
  return { title: tm("title") };
}

export default async function CoordinatorReferrals() {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/referrals");
  const data = await getReferralCounts(actor);
  const t = await getTranslations("referrals.coordinator");
  const tc = await getTranslations("referrals.category");
  const ts = await getTranslations("referrals.status");
  const f = await requestFormatter(membership.cohort.timeZone);
  // hours under two days, else days, to one decimal
  const duration = (h: number | null) =>
    h === null
      ? t("noMedian")
      : h < 48
        ? t("hours", { n: Math.round(h * 10) / 10 })
        : t("days", { n: Math.round((h / 24) * 10) / 10 });
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {!data || data.total === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <>
          <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-3">
            <Stat label={t("total")} value={f.number(data.total)} />
            <Stat label={t("reviewed")} value={f.number(data.reviewed)} />
            <Stat label={t("median")} value={duration(data.medianHoursToReview)} />
          </dl>
          <Card>
            <CardHeader title={t("byCategory")} />
            <ul aria-label={t("list")} className="divide-y divide-stone-100 sm:hidden">
              {CATEGORIES.map((c) => {
                const row = REFERRAL_STATUSES.filter((s) => (data.counts[c]?.[s] ?? 0) > 0);
                return (
                  <li key={c} className="py-3">
                    <p className="font-medium text-stone-900">{tc(c)}</p>
                    <p className="text-sm text-stone-600">
                      {row.length === 0
                        ? t("noneInCategory")
                        : row.map((s) => t("countStatus", { n: data.counts[c]![s]!, status: ts(s) })).join(" · ")}
                    </p>
                  </li>
                );
              })}
            </ul>
            <div className="hidden overflow-x-auto sm:block">
              <table className="w-full min-w-[36rem] text-start text-sm">
                <caption className="sr-only">{t("caption")}</caption>
                <thead>
                  <tr className="border-b border-stone-200 text-stone-600">
                    <th scope="col" className="py-2 pe-2 font-medium">
                      {t("category")}
                    </th>
                    {REFERRAL_STATUSES.map((s) => (
                      <th key={s} scope="col" className="px-2 py-2 text-end font-medium">
                        {ts(s)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {CATEGORIES.map((c) => (
                    <tr key={c} className="border-b border-stone-100">
                      <th scope="row" className="py-2 pe-2 font-normal text-stone-900">
                        {tc(c)}
                      </th>
                      {REFERRAL_STATUSES.map((s) => (
                        <td key={s} className="px-2 py-2 text-end tabular-nums">
                          {f.number(data.counts[c]?.[s] ?? 0)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </>
      )}
    </>
  );
}
