import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { CadenceStatus } from "@/lib/contacts/rules";

/** The cadence status as a badge: words, not colour alone. */
export function CadenceBadge({ status }: { status: CadenceStatus }) {
  const t = useTranslations("contacts.status");
  const tone =
    status.kind === "overdue"
      ? "danger"
      : status.kind === "due_today"
        ? "warning"
        : status.kind === "on_track"
          ? "success"
          : "neutral";
  return (
    <Badge tone={tone}>{status.kind === "overdue" ? t("overdue", { days: status.daysOverdue }) : t(status.kind)}</Badge>
  );
}
