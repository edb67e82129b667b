import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { listOutboxForCoordinator } from "@/lib/cohorts/queries";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "Outbox" };

/** While no mail server is configured (development, demos), coordinators read the emails here. */
export default async function OutboxPage() {
  const { viewer, membership } = await requireRole("COORDINATOR", "/coordinator/outbox");
  const emails = await listOutboxForCoordinator(viewer.user.id);
  if (!emails) notFound();
  return (
    <>
      <PageHeader title="Outbox" description="No mail server is configured, so emails wait here. Invitation links work from this page too." />
      {emails.length === 0 ? (
        <EmptyState title="No emails yet" />
      ) : (
        <ul className="space-y-3" aria-label="Emails">
          {emails.map((e) => (
            <li key={e.id}>
              <details className="rounded-xl border border-stone-200 bg-white p-4 shadow-xs">
                <summary className="cursor-pointer list-none">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium text-stone-900">{e.subject}</span>
                    <Badge tone={e.status === "SENT" ? "success" : e.status === "FAILED" ? "danger" : "neutral"}>{e.status.toLowerCase()}</Badge>
                  </div>
                  <p className="mt-1 break-all text-sm text-stone-600">
                    To {e.toEmail} · {formatDateTime(e.createdAt, membership.cohort.timeZone)}
                  </p>
                </summary>
                <pre className="mt-3 text-sm break-words whitespace-pre-wrap text-stone-800">
                  {e.body.split(/(https?:\/\/\S+)/).map((part, i) =>
                    /^https?:\/\//.test(part) ? (
                      <a key={i} href={part} className="text-brand-700 underline">
                        {part}
                      </a>
                    ) : (
                      part
                    ),
                  )}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
