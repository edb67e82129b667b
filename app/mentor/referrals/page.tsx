import Link from "next/link";
import { ReferralStatusBadge, UrgencyBadge } from "@/components/referrals/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatDate, LABEL } from "@/lib/format";
import { getPairReferrals } from "@/lib/referrals/queries";

export const metadata = { title: "Referrals" };

export default async function MentorReferrals() {
  const { actor, membership } = await requireRole("MENTOR", "/mentor/referrals");
  const referrals = await getPairReferrals(actor);
  const tz = membership.cohort.timeZone;
  return (
    <>
      <PageHeader
        title="Referrals"
        description="Referrals of your group's mentees to the university's support centres, by you or your co-mentor."
        action={referrals ? <ButtonLink href="/mentor/referrals/new">Refer a mentee</ButtonLink> : null}
      />
      {!referrals ? (
        <EmptyState title="Your group is not published yet">
          You can refer mentees once the coordinators publish the groups.
        </EmptyState>
      ) : referrals.length === 0 ? (
        <EmptyState title="No referrals yet">
          When a mentee needs psychological, educational, financial or health support, refer them here.
        </EmptyState>
      ) : (
        <div className="rounded-xl border border-stone-200 bg-white shadow-xs">
          <ul aria-label="Your group's referrals" className="divide-y divide-stone-100">
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
                      <span className="font-medium text-stone-900">{r.menteeName}</span>
                    </div>
                    <p className="mt-1 text-sm text-stone-600">
                      {LABEL.category[r.category]} · by {r.mentorName} on {formatDate(r.createdAt, tz)}
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
