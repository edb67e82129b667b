import { ReferralStatusBadge } from "@/components/referrals/status-badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatDate, LABEL } from "@/lib/format";
import { getMenteeReferrals } from "@/lib/referrals/queries";

export const metadata = { title: "Referrals about you" };

const WHAT_IT_MEANS = {
  SUBMITTED: "Your mentors asked the faculty supervisor to look at this.",
  ACKNOWLEDGED: "The faculty supervisor is looking at it.",
  INFO_REQUESTED: "The faculty supervisor asked your mentors a question.",
  FORWARDED: "The supervisor passed it to the support centre; they may contact you.",
  CLOSED: "This referral is finished.",
  DECLINED: "The supervisor decided a referral is not needed now; your mentors can tell you more.",
} as const;

export default async function MenteeReferrals() {
  const { actor, membership } = await requireRole("MENTEE", "/mentee/referrals");
  const referrals = await getMenteeReferrals(actor);
  const tz = membership.cohort.timeZone;
  return (
    <>
      <PageHeader
        title="Referrals about you"
        description="Your mentors are students, not counsellors. When they think a university support centre can help you, they refer you through the faculty supervisor. You see every referral about you here, so nobody contacts you by surprise."
      />
      {!referrals || referrals.length === 0 ? (
        <EmptyState title="No referrals">Nobody has referred you to a support centre.</EmptyState>
      ) : (
        <ul aria-label="Referrals about you" className="space-y-3">
          {referrals.map((r) => (
            <li key={r.id}>
              <Card>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h2 className="font-semibold text-stone-900">{LABEL.category[r.category]} support</h2>
                    <p className="text-sm text-stone-600">
                      Referred on {formatDate(r.createdAt, tz)} · last change {formatDate(r.updatedAt, tz)}
                    </p>
                  </div>
                  <ReferralStatusBadge status={r.status} />
                </div>
                <p className="mt-2 text-sm text-stone-800">{WHAT_IT_MEANS[r.status]}</p>
                {r.centre ? (
                  <p className="mt-2 text-sm text-stone-800">
                    <strong>{r.centre.name}</strong>
                    {r.centre.contact ? ` · ${r.centre.contact}` : ""}
                    {r.centre.hours ? ` · ${r.centre.hours}` : ""}
                  </p>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-sm text-stone-600">Questions about a referral? Talk to either of your mentors.</p>
    </>
  );
}
