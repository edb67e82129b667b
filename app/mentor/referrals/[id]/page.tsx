import Link from "next/link";
import { notFound } from "next/navigation";
import { EmergencyGuidance } from "@/components/referrals/emergency-guidance";
import { ReferralHistory } from "@/components/referrals/referral-history";
import { ReferralStatusBadge, UrgencyBadge } from "@/components/referrals/status-badge";
import { MentorSteps } from "@/components/referrals/step-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime, LABEL } from "@/lib/format";
import { getReferralView } from "@/lib/referrals/queries";
import { getEmergencyCentres } from "@/lib/support-centres/queries";

export const metadata = { title: "Referral" };
export const dynamic = "force-dynamic";

export default async function MentorReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, membership } = await requireRole("MENTOR", "/mentor/referrals");
  const r = await getReferralView(actor, id, "MENTOR");
  if (!r || r.kind !== "content") notFound();
  const tz = membership.cohort.timeZone;
  const showGuidance =
    r.urgency === "URGENT" &&
    (r.status === "SUBMITTED" || r.status === "ACKNOWLEDGED" || r.status === "INFO_REQUESTED");
  const emergency = (showGuidance ? await getEmergencyCentres(actor) : null) ?? [];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/mentor/referrals" className="text-brand-700 font-medium underline">
          ← Referrals
        </Link>
      </p>
      <PageHeader
        title={`Referral: ${r.menteeName}`}
        description={`By ${r.mentorName} on ${formatDateTime(r.createdAt, tz)}`}
      />
      <div className="mb-6 flex flex-wrap items-center gap-2">
        <UrgencyBadge urgency={r.urgency} />
        <ReferralStatusBadge status={r.status} />
        <Badge>{LABEL.category[r.category]}</Badge>
      </div>
      {showGuidance ? (
        <div className="mb-6">
          <EmergencyGuidance centres={emergency} />
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          {r.supervisorMessage || r.outcome || r.centre ? (
            <Card aria-labelledby="supervisor-heading">
              <CardHeader id="supervisor-heading" title="From the supervisor" />
              {r.centre ? (
                <p className="text-sm text-stone-800">
                  Forwarded to <strong>{r.centre.name}</strong>
                  {r.centre.contact ? ` · ${r.centre.contact}` : ""}
                </p>
              ) : null}
              {r.supervisorMessage ? (
                <p className="mt-2 whitespace-pre-line text-stone-900">{r.supervisorMessage}</p>
              ) : null}
              {r.outcome ? (
                <p className="mt-2 whitespace-pre-line text-stone-900">
                  <span className="font-medium">Outcome:</span> {r.outcome}
                </p>
              ) : null}
            </Card>
          ) : null}
          <MentorSteps referralId={r.id} steps={r.steps} />
          <Card aria-labelledby="reason-heading">
            <CardHeader
              id="reason-heading"
              title="Your reason"
              description="Visible to you, your co-mentor and the faculty supervisor only."
            />
            <p className="whitespace-pre-line text-stone-900">{r.reason}</p>
            <p className="mt-3 text-sm text-stone-600">
              Mentee knows: {r.menteeInformed ? "yes" : "no"} · agrees: {r.menteeConsented ? "yes" : "no"}
            </p>
          </Card>
        </div>
        <Card aria-labelledby="history-heading">
          <CardHeader id="history-heading" title="History" />
          <ReferralHistory events={r.events} timeZone={tz} />
        </Card>
      </div>
    </>
  );
}
