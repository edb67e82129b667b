import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { listOutboxForCoordinator } from "@/lib/cohorts/queries";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "Outbox" };

/** While no mail server is configured (development, demos), coordinators read the emails here. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const { to } = await searchParams;
  const { viewer, membership } = await requireRole("COORDINATOR", "/coordinator/outbox");
  const emails = await listOutboxForCoordinator(viewer.user.id, { to });
  if (!emails) notFound();
  return (
    <>
      <PageHeader
        title="Outbox"
        description="No mail server is configured, so emails wait here. Invitation links work from this page too."
      />
      <form role="search" aria-label="Find emails" className="mb-4 flex gap-2">
        <label htmlFor="to" className="sr-only">
          Recipient
        </label>
        <input
          id="to"
          name="to"
          type="search"
          defaultValue={to ?? ""}
          placeholder="Recipient email"
          className="min-h-11 w-full max-w-sm rounded-lg border border-stone-300 px-3 text-base sm:text-sm"
        />
        <button className="min-h-11 rounded-lg border border-stone-300 px-4 text-sm font-medium hover:bg-stone-100">
          Find
        </button>
      </form>
      <p className="mb-3 text-sm text-stone-600">
        The latest 200 emails{to ? ` to addresses containing “${to}”` : ""}.
      </p>
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
                    <Badge tone={e.status === "SENT" ? "success" : e.status === "FAILED" ? "danger" : "neutral"}>
                      {e.status.toLowerCase()}
                    </Badge>
                  </div>
                  <p className="mt-1 text-sm break-all text-stone-600">
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
