import { SetupForm } from "@/components/cohorts/setup-form";
import { Card, CardHeader } from "@/components/ui/card";
import { DEFAULT_AGREEMENT } from "@/lib/cohorts/rules";
import { formatDate } from "@/lib/format";
import { acknowledgeAgreementAction } from "@/lib/pairing/actions";

/** The mentoring agreement on a mentor's or mentee's home, with its acknowledgement. */
export function AgreementCard({
  card,
}: {
  card: { pairId: string; role: "MENTOR" | "MENTEE"; text: string | null; acknowledgedAt: Date | null } | null;
}) {
  if (!card) return null;
  return (
    <Card aria-labelledby="agreement-heading" className="mb-6">
      <CardHeader
        id="agreement-heading"
        title="Our mentoring agreement"
        description={
          card.acknowledgedAt
            ? `You acknowledged it on ${formatDate(card.acknowledgedAt)}.`
            : "What help is given, how and how often you meet, and contact etiquette. Please read it and confirm."
        }
      />
      <details>
        <summary className="text-brand-700 inline-flex min-h-11 cursor-pointer items-center text-sm font-medium">
          Read the agreement
        </summary>
        <div className="mb-3 space-y-2 text-sm whitespace-pre-line text-stone-700">
          {card.text ?? DEFAULT_AGREEMENT}
        </div>
      </details>
      {card.acknowledgedAt ? null : (
        <SetupForm
          label="Acknowledge agreement"
          action={acknowledgeAgreementAction}
          submitLabel="I agree"
          pendingLabel="Saving…"
          fields={[
            { name: "pairId", label: "", type: "hidden", defaultValue: card.pairId },
            { name: "role", label: "", type: "hidden", defaultValue: card.role },
          ]}
        />
      )}
    </Card>
  );
}
