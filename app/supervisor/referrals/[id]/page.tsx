import Link from "next/link";
import { notFound } from "next/navigation";
import { ReferralHistory } from "@/components/referrals/referral-history";
import { ReferralStatusBadge, UrgencyBadge } from "@/components/referrals/status-badge";
import { ReviewSteps } from "@/components/referrals/step-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime, LABEL } from "@/lib/format";
import { getReferralAuditTrail, getReferralView } from "@/lib/referrals/queries";
import { getDirectory } from "@/lib/support-centres/queries";

export const metadata = { title: "Referral" };
export const dynamic = "force-dynamic";

const AUDIT_LABEL: Record<string, string> = {
  "referral.read": "Read",
  "referral.created": "Referred",
  "referral.acknowledge": "Acknowledged",
  "referral.requestInfo": "Asked for information",
  "referral.answer": "Answered",
  "referral.forward": "Forwarded",
  "referral.close": "Closed",
  "referral.decline": "Declined",
};

type TrailEntry = { id: string; action: string; at: Date; by: string; as: string | null };

/** Consecutive identical entries (the same person reading again) shown once, with a count; newest first. */
function groupTrail(trail: TrailEntry[]) {
  const out: (TrailEntry & { times: number })[] = [];
  for (const e of trail) {
    const last = out.at(-1);
    if (last && last.action === e.action && last.by === e.by && last.as === e.as) last.times++;
    else out.push({ ...e, times: 1 });
  }
  return out;
}

export default async function SupervisorReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, membership } = await requireRole("SUPERVISOR", "/supervisor");
  const r = await getReferralView(actor, id, "SUPERVISOR");
  if (!r || r.kind !== "content") notFound();
  const [trail, directory] = await Promise.all([
    getReferralAuditTrail(actor, id),
    r.steps.includes("forward") ? getDirectory(actor) : null,
  ]);
  const tz = membership.cohort.timeZone;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/supervisor" className="text-brand-700 font-medium underline">
          ← Referral queue
        </Link>
      </p>
      <PageHeader
        title={`Referral: ${r.menteeName}`}
        description={`${r.pairLabel} · referred by ${r.mentorName} on ${formatDateTime(r.createdAt, tz)}`}
      />
      <div className="mb-6 flex flex-wrap items-center gap-2">
        <UrgencyBadge urgency={r.urgency} />
        <ReferralStatusBadge status={r.status} />
        <Badge>{LABEL.category[r.category]}</Badge>
        {r.overdue ? <Badge tone="danger">Overdue review</Badge> : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card aria-labelledby="reason-heading">
            <CardHeader
              id="reason-heading"
              title="The mentor's reason"
              description="Confidential: the referring pair and you only. Your reading is recorded in the audit trail."
            />
            <p className="whitespace-pre-line text-stone-900">{r.reason}</p>
            <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-stone-600">Mentee knows</dt>
                <dd className="font-medium">{r.menteeInformed ? "Yes" : "No"}</dd>
              </div>
              <div>
                <dt className="text-stone-600">Mentee agrees</dt>
                <dd className="font-medium">{r.menteeConsented ? "Yes" : "No"}</dd>
              </div>
              {r.contactLog ? (
                <div className="sm:col-span-2">
                  <dt className="text-stone-600">From the contact of</dt>
                  <dd className="font-medium">
                    {formatDateTime(r.contactLog.occurredAt, tz)} ({LABEL.channel[r.contactLog.channel]})
                  </dd>
                </div>
              ) : null}
              {r.centre ? (
                <div className="sm:col-span-2">
                  <dt className="text-stone-600">Forwarded to</dt>
                  <dd className="font-medium">{r.centre.name}</dd>
                </div>
              ) : null}
              {r.outcome ? (
                <div className="sm:col-span-2">
                  <dt className="text-stone-600">Outcome</dt>
                  <dd className="font-medium whitespace-pre-line">{r.outcome}</dd>
                </div>
              ) : null}
            </dl>
          </Card>
          <Card aria-labelledby="history-heading">
            <CardHeader id="history-heading" title="History" />
            <ReferralHistory events={r.events} timeZone={tz} />
          </Card>
        </div>
        <div className="space-y-6">
          <section aria-labelledby="review-heading">
            <h2 id="review-heading" className="mb-3 text-lg font-semibold">
              Review
            </h2>
            <ReviewSteps
              referralId={r.id}
              steps={r.steps}
              centres={(directory ?? []).map((c) => ({ id: c.id, name: c.name, category: c.category }))}
              suggestedCategory={r.category}
            />
          </section>
          <Card aria-labelledby="audit-heading">
            <CardHeader
              id="audit-heading"
              title="Audit trail"
              description="Every read and change of this referral: who and when, never the content."
            />
            <ol aria-label="Audit trail" className="space-y-2 text-sm">
              {groupTrail(trail ?? []).map((e) => (
                <li key={e.id} className="flex flex-wrap justify-between gap-x-3">
                  <span>
                    <span className="font-medium">{AUDIT_LABEL[e.action] ?? e.action}</span> by {e.by}
                    {e.as ? <span className="text-stone-500"> (as {e.as.toLowerCase()})</span> : null}
                    {e.times > 1 ? <span className="text-stone-500"> · {e.times} times</span> : null}
                  </span>
                  <span className="text-stone-600">{formatDateTime(e.at, tz)}</span>
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </>
  );
}
