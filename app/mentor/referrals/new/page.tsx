import Link from "next/link";
import { ReferralForm } from "@/components/referrals/referral-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime, LABEL } from "@/lib/format";
import { getReferralFormContext } from "@/lib/referrals/queries";

export const metadata = { title: "Refer a mentee" };

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
  const tz = membership.cohort.timeZone;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/mentor/referrals" className="text-brand-700 font-medium underline">
          ← Referrals
        </Link>
      </p>
      <PageHeader
        title="Refer a mentee"
        description="The faculty supervisor reviews every referral and forwards it to the right support centre. Your co-mentor sees it too."
      />
      {!ctx ? (
        <EmptyState title="Your group is not published yet" />
      ) : (
        <Card className="max-w-2xl">
          <ReferralForm
            mentees={ctx.mentees}
            selectedMenteeId={ctx.selectedMenteeId}
            contactLog={
              ctx.contactLog
                ? {
                    id: ctx.contactLog.id,
                    label: `${LABEL.channel[ctx.contactLog.channel]}, ${formatDateTime(ctx.contactLog.occurredAt, tz)}`,
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
