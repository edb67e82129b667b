import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { listOutboxForCoordinator } from "@/lib/cohorts/queries";
import { requestFormatter } from "@/lib/i18n/server";

export async function generateMetadata() {
  const tm = await getTranslations("outbox");
  return { title: tm("title") };
}

/** While no mail server is configured (development, demos), coordinators read the emails here. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const { to } = await searchParams;
  const { viewer, membership } = await requireRole("COORDINATOR", "/coordinator/outbox");
  const emails = await listOutboxForCoordinator(viewer.user.id, { to });
  if (!emails) notFound();
  const t = await getTranslations("outbox");
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <form role="search" aria-label={t("search")} className="mb-4 flex gap-2">
        <label htmlFor="to" className="sr-only">
          {t("recipient")}
        </label>
        <input
          id="to"
          name="to"
          type="search"
          defaultValue={to ?? ""}
          placeholder={t("recipientPlaceholder")}
          className="min-h-11 w-full max-w-sm rounded-lg border border-stone-300 px-3 text-base sm:text-sm"
        />
        <button className="min-h-11 rounded-lg border border-stone-300 px-4 text-sm font-medium hover:bg-stone-100">
          {t("find")}
        </button>
      </form>
      <p className="mb-3 text-sm text-stone-600">
        {to ? t("latestTo", { count: 200, to }) : t("latest", { count: 200 })}
      </p>
      {emails.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <ul className="space-y-3" aria-label={t("list")}>
          {emails.map((e) => (
            <li key={e.id}>
              <details className="rounded-xl border border-stone-200 bg-white p-4 shadow-xs">
                <summary className="cursor-pointer list-none">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium text-stone-900">{e.subject}</span>
                    <Badge tone={e.status === "SENT" ? "success" : e.status === "FAILED" ? "danger" : "neutral"}>
                      {t(`status.${e.status}`)}
                    </Badge>
                  </div>
                  <p className="mt-1 text-sm break-all text-stone-600">
                    {t("to", { email: e.toEmail, when: f.dateTime(e.createdAt) })}
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
