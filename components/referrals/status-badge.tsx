import { Badge } from "@/components/ui/badge";
import { LABEL } from "@/lib/format";

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
  return <Badge tone={STATUS_TONE[status]}>{LABEL.referralStatus[status]}</Badge>;
}

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  return <Badge tone={URGENCY_TONE[urgency]}>{LABEL.urgency[urgency]}</Badge>;
}
