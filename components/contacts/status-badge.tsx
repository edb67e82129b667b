import { Badge } from "@/components/ui/badge";
import { statusLabel, type CadenceStatus } from "@/lib/contacts/rules";

/** The cadence status as a badge: words, not colour alone. */
export function CadenceBadge({ status }: { status: CadenceStatus }) {
  const tone =
    status.kind === "overdue"
      ? "danger"
      : status.kind === "due_today"
        ? "warning"
        : status.kind === "on_track"
          ? "success"
          : "neutral";
  return <Badge tone={tone}>{statusLabel(status)}</Badge>;
}
