import { getTranslations } from "next-intl/server";
import { ContactHistory } from "@/components/contacts/contact-history";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getMenteeInbox } from "@/lib/contacts/queries";
import { requestFormatter } from "@/lib/i18n/server";

export async function generateMetadata() {
  const tm = await getTranslations("contacts.inbox");
  return { title: tm("title") };
}

export default async function MenteeContactsPage() {
  const { actor } = await requireRole("MENTEE", "/mentee/contacts");
  const data = await getMenteeInbox(actor);
  const t = await getTranslations("contacts.inbox");
  if (!data) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("noGroup")} />
      </>
    );
  }
  const f = await requestFormatter(data.timeZone);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="inbox-heading">
          <CardHeader id="inbox-heading" title={t("inboxTitle", { count: data.inbox.length })} />
          {data.inbox.length === 0 ? (
            <EmptyState title={t("none")} />
          ) : (
            <ul className="space-y-2" aria-label={t("inbox")}>
              {data.inbox.map((m) => (
                <li key={m.id}>
                  <details className="rounded-lg border border-stone-200 p-3">
                    <summary className="flex min-h-11 cursor-pointer flex-col justify-center">
                      <span className="font-medium text-stone-900" dir="auto">
                        {m.subject}
                      </span>
                      <span className="text-sm text-stone-600">
                        <bdi>{m.from}</bdi> · {f.dateTime(m.sentAt)}
                      </span>
                    </summary>
                    <p className="mt-3 text-sm whitespace-pre-line text-stone-800" dir="auto">
                      {m.body}
                    </p>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="history-heading">
          <CardHeader id="history-heading" title={t("history")} />
          <ContactHistory contacts={data.contacts} timeZone={data.timeZone} />
        </Card>
      </div>
    </>
  );
}
