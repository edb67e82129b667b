import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { LABEL } from "@/lib/format";

type Status = keyof typeof LABEL.referralStatus;
type Urgency = keyof typeof LABEL.urgency;

const STATUS_TONE = {
  SUBMITTED: "brand",
  ACKNOWLEDGED: "neutral",
  INFO_REQUESTED: "warning",
  FORWARDED: "success",
  CLOSED: "neutral",
  DECLINED: "neutral",
} as const;
const URGENCY_TONE = { URGENT: "danger", SOON: "warning", ROUTINE: "neutral" } as const;

export function ReferralStatusBadge({ status }: { status: Status }) {
  const t = useTranslations("referrals.status");
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const t = useTranslations("referrals.urgency");
  return <Badge tone={URGENCY_TONE[urgency]}>{t(urgency)}</Badge>;
}
