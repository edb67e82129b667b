import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";

export function RequestList({
  requests,
  tz,
}: {
  requests: {
    id: string;
    kind: string;
    status: string;
    reason: string;
    requestedAt: Date;
    subject: { name: string } | null;
  }[];
  tz: string;
}) {
  return (
    <Card aria-labelledby="requests-heading">
      <CardHeader id="requests-heading" title="Requests" />
      {requests.length === 0 ? (
        <p className="text-sm text-stone-600">No requests yet.</p>
      ) : (
        <ul aria-label="Data protection requests" className="divide-y divide-stone-200 text-sm">
          {requests.map((r) => (
            <li key={r.id} className="py-2">
              {r.kind === "DELETE" ? "Delete" : "Anonymise"} {r.subject?.name ?? "a deleted person"} ·{" "}
              {r.status.toLowerCase()} · {formatDateTime(r.requestedAt, tz)} · {r.reason}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
