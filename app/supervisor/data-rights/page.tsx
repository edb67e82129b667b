import { notFound } from "next/navigation";
import { DecideErasureButtons } from "@/components/data-rights/forms";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getDataRights } from "@/lib/data-rights/queries";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "Data protection requests" };

export default async function SupervisorDataRightsPage() {
  const { actor, membership } = await requireRole("SUPERVISOR", "/supervisor/data-rights");
  const data = await getDataRights(actor);
  if (!data) notFound();
  const open = data.requests.filter((r) => r.status === "REQUESTED");
  return (
    <>
      <PageHeader
        title="Data protection requests"
        description="A coordinator asked to anonymise or delete someone's data. Confirming carries it out at once and cannot be undone."
      />
      <Card aria-labelledby="open-heading">
        <CardHeader id="open-heading" title="Waiting for you" />
        {open.length === 0 ? (
          <p className="text-sm text-stone-600">Nothing is waiting.</p>
        ) : (
          <ul aria-label="Waiting requests" className="divide-y divide-stone-200 text-sm">
            {open.map((r) => (
              <li key={r.id} className="space-y-2 py-3">
                <p>
                  {r.kind === "DELETE" ? "Delete" : "Anonymise"} <strong>{r.subject?.name}</strong> · asked{" "}
                  {formatDateTime(r.requestedAt, membership.cohort.timeZone)} · {r.reason}
                </p>
                <DecideErasureButtons requestId={r.id} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
