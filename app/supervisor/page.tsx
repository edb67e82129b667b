import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { daysAgo, formatDateTime, LABEL } from "@/lib/format";
import { getReferralQueue } from "@/lib/referrals/queries";

export const metadata = { title: "Referral queue" };

const URGENCY_TONE = { URGENT: "danger", SOON: "warning", ROUTINE: "neutral" } as const;

export default async function SupervisorHome() {
  const { actor, membership } = await requireRole("SUPERVISOR", "/supervisor");
  const queue = (await getReferralQueue(actor)) ?? [];
  const tz = membership.cohort.timeZone;
  return (
    <>
      <PageHeader title="Referral queue" description="Open referrals to the university's support centres, urgent first, then oldest first." />
      {queue.length === 0 ? (
        <EmptyState title="No open referrals">When a mentor refers a mentee, it appears here at once.</EmptyState>
      ) : (
        <Card className="p-0 sm:p-0">
          <ol aria-label="Open referrals" className="divide-y divide-stone-100">
            {queue.map((r) => (
              <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 p-4 sm:px-6">
                <div className="min-w-0">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={URGENCY_TONE[r.urgency]}>{LABEL.urgency[r.urgency]}</Badge>
                    <span className="font-medium text-stone-900">{r.menteeName}</span>
                    <span className="text-sm text-stone-600">· {r.pairLabel}</span>
                  </div>
                  <p className="mt-1 text-sm text-stone-600">
                    {LABEL.category[r.category]} · referred by {r.mentorName} · {daysAgo(r.createdAt)} ({formatDateTime(r.createdAt, tz)})
                  </p>
                </div>
                <Badge tone={r.status === "SUBMITTED" ? "brand" : "neutral"}>{LABEL.referralStatus[r.status]}</Badge>
              </li>
            ))}
          </ol>
        </Card>
      )}
    </>
  );
}
