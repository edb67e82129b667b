import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReferralStatusBadge, UrgencyBadge } from "@/components/referrals/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { clock } from "@/lib/clock";
import { requestFormatter } from "@/lib/i18n/server";
import { getRecentlyClosedReferrals, getReferralQueue } from "@/lib/referrals/queries";

export async function generateMetadata() {
  const tm = await getTranslations("referrals.queue");
  return { title: tm("title") };
}

export default async function SupervisorHome() {
  const { actor, membership } = await requireRole("SUPERVISOR", "/supervisor");
  const [queue, closed] = await Promise.all([getReferralQueue(actor), getRecentlyClosedReferrals(actor, 5)]);
  const t = await getTranslations("referrals");
  const f = await requestFormatter(membership.cohort.timeZone);
  const now = clock();
  const overdue = (queue ?? []).filter((r) => r.overdue).length;
  return (
    <>
      <PageHeader title={t("queue.title")} description={t("queue.intro")} />
      {overdue > 0 ? (
        <p
          role="note"
          className="mb-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800"
        >
          {t("queue.overdue", { count: overdue })}
        </p>
      ) : null}
      {!queue || queue.length === 0 ? (
        <EmptyState title={t("queue.none")}>{t("queue.noneBody")}</EmptyState>
      ) : (
        <div className="rounded-xl border border-stone-200 bg-white shadow-xs">
          <ol aria-label={t("queue.list")} className="divide-y divide-stone-100">
            {queue.map((r) => (
              <li
                key={r.id}
                className={r.overdue ? "border-s-4 border-s-red-600 bg-red-50/60" : "border-s-4 border-s-transparent"}
              >
                <Link
                  prefetch={false}
                  href={`/supervisor/referrals/${r.id}`}
                  className="flex flex-wrap items-start justify-between gap-3 p-4 hover:bg-stone-50 sm:px-6"
                >
                  <div className="min-w-0">
                    <div className="flex flex-wrap items-center gap-2">
                      <UrgencyBadge urgency={r.urgency} />
                      {r.overdue ? <Badge tone="danger">{t("review.overdue")}</Badge> : null}
                      <span className="font-medium text-stone-900 underline-offset-2 hover:underline">
                        <bdi>{r.menteeName}</bdi>
                      </span>
                      <span className="text-sm text-stone-600">
                        · <bdi>{r.pairLabel}</bdi>
                      </span>
                    </div>
                    <p className="mt-1 text-sm text-stone-600">
                      {t("queue.line", {
                        category: t(`category.${r.category}`),
                        name: r.mentorName,
                        ago: f.daysAgo(r.createdAt, now),
                        when: f.dateTime(r.createdAt),
                      })}
                    </p>
                    {r.reviewDueAt && !r.overdue ? (
                      <p className="text-xs text-stone-500">{t("queue.due", { when: f.dateTime(r.reviewDueAt) })}</p>
                    ) : null}
                  </div>
                  <ReferralStatusBadge status={r.status} />
                </Link>
              </li>
            ))}
          </ol>
        </div>
      )}
      {closed && closed.length > 0 ? (
        <Card className="mt-6">
          <CardHeader title={t("queue.finished")} />
          <ul className="divide-y divide-stone-100" aria-label={t("queue.finishedList")}>
            {closed.map((r) => (
              <li key={r.id}>
                <Link
                  prefetch={false}
                  href={`/supervisor/referrals/${r.id}`}
                  className="flex min-h-11 flex-wrap items-center justify-between gap-2 py-2 hover:bg-stone-50"
                >
                  <span className="text-sm text-stone-800">
                    <bdi>{r.menteeName}</bdi> · {t(`category.${r.category}`)}
                  </span>
                  <ReferralStatusBadge status={r.status} />
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
