import Link from "next/link";
import { ReferralStatusBadge, UrgencyBadge } from "@/components/referrals/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { daysAgo, formatDateTime, LABEL } from "@/lib/format";
import { getRecentlyClosedReferrals, getReferralQueue } from "@/lib/referrals/queries";

export const metadata = { title: "Referral queue" };

export default async function SupervisorHome() {
  const { actor, membership } = await requireRole("SUPERVISOR", "/supervisor");
  const [queue, closed] = await Promise.all([getReferralQueue(actor), getRecentlyClosedReferrals(actor, 5)]);
  const tz = membership.cohort.timeZone;
  const overdue = (queue ?? []).filter((r) => r.overdue).length;
  return (
    <>
      <PageHeader
        title="Referral queue"
        description="Open referrals to the university's support centres, urgent first, then oldest first."
      />
      {overdue > 0 ? (
        <p
          role="note"
          className="mb-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800"
        >
          {overdue} referral{overdue === 1 ? " is" : "s are"} overdue for review.
        </p>
      ) : null}
      {!queue || queue.length === 0 ? (
        <EmptyState title="No open referrals">When a mentor refers a mentee, it appears here at once.</EmptyState>
      ) : (
        <div className="rounded-xl border border-stone-200 bg-white shadow-xs">
          <ol aria-label="Open referrals" className="divide-y divide-stone-100">
            {queue.map((r) => (
              <li
                key={r.id}
                className={r.overdue ? "border-l-4 border-l-red-600 bg-red-50/60" : "border-l-4 border-l-transparent"}
              >
                <Link
                  prefetch={false}
                  href={`/supervisor/referrals/${r.id}`}
                  className="flex flex-wrap items-start justify-between gap-3 p-4 hover:bg-stone-50 sm:px-6"
                >
                  <div className="min-w-0">
                    <div className="flex flex-wrap items-center gap-2">
                      <UrgencyBadge urgency={r.urgency} />
                      {r.overdue ? <Badge tone="danger">Overdue review</Badge> : null}
                      <span className="font-medium text-stone-900 underline-offset-2 hover:underline">
                        {r.menteeName}
                      </span>
                      <span className="text-sm text-stone-600">· {r.pairLabel}</span>
                    </div>
                    <p className="mt-1 text-sm text-stone-600">
                      {LABEL.category[r.category]} · referred by {r.mentorName} · {daysAgo(r.createdAt)} (
                      {formatDateTime(r.createdAt, tz)})
                    </p>
                    {r.reviewDueAt && !r.overdue ? (
                      <p className="text-xs text-stone-500">Review due by {formatDateTime(r.reviewDueAt, tz)}</p>
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
          <CardHeader title="Recently finished" />
          <ul className="divide-y divide-stone-100" aria-label="Recently finished referrals">
            {closed.map((r) => (
              <li key={r.id}>
                <Link
                  prefetch={false}
                  href={`/supervisor/referrals/${r.id}`}
                  className="flex min-h-11 flex-wrap items-center justify-between gap-2 py-2 hover:bg-stone-50"
                >
                  <span className="text-sm text-stone-800">
                    {r.menteeName} · {LABEL.category[r.category]}
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
