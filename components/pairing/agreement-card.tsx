import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/cohorts/setup-form";
import { Card, CardHeader } from "@/components/ui/card";
import { DEFAULT_AGREEMENT } from "@/lib/cohorts/rules";
import { requestFormatter } from "@/lib/i18n/server";
import { acknowledgeAgreementAction } from "@/lib/pairing/actions";

/** The mentoring agreement on a mentor's or mentee's home, with its acknowledgement. */
export async function AgreementCard({
  card,
  timeZone,
}: {
  card: { pairId: string; role: "MENTOR" | "MENTEE"; text: string | null; acknowledgedAt: Date | null } | null;
  /** the cohort's zone (the acknowledgement's date is the cohort's calendar day) */
  timeZone?: string;
}) {
  if (!card) return null;
  const t = await getTranslations("pairing.agreement");
  const f = await requestFormatter(timeZone);
  return (
    <Card aria-labelledby="agreement-heading" className="mb-6">
      <CardHeader
        id="agreement-heading"
        title={t("title")}
        description={card.acknowledgedAt ? t("acknowledged", { date: f.date(card.acknowledgedAt) }) : t("intro")}
      />
      <details>
        <summary className="text-brand-700 inline-flex min-h-11 cursor-pointer items-center text-sm font-medium">
          {t("read")}
        </summary>
        <div className="mb-3 space-y-2 text-sm whitespace-pre-line text-stone-700" dir="auto">
          {card.text ?? DEFAULT_AGREEMENT}
        </div>
      </details>
      {card.acknowledgedAt ? null : (
        <SetupForm
          label={t("form")}
          action={acknowledgeAgreementAction}
          submitLabel={t("submit")}
          pendingLabel={t("pending")}
          fields={[
            { name: "pairId", label: "", type: "hidden", defaultValue: card.pairId },
            { name: "role", label: "", type: "hidden", defaultValue: card.role },
          ]}
        />
      )}
    </Card>
  );
}
