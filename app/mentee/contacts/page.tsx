import { ContactHistory } from "@/components/contacts/contact-history";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getMenteeInbox } from "@/lib/contacts/queries";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "Contacts and inbox" };

export default async function MenteeContactsPage() {
  const { actor } = await requireRole("MENTEE", "/mentee/contacts");
  const data = await getMenteeInbox(actor);
  if (!data) {
    return (
      <>
        <PageHeader title="Contacts and inbox" />
        <EmptyState title="You are not in a group yet" />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Contacts and inbox"
        description="Your calls, messages and meetings with both mentors, and the emails they sent you."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="inbox-heading">
          <CardHeader id="inbox-heading" title={`Inbox (${data.inbox.length})`} />
          {data.inbox.length === 0 ? (
            <EmptyState title="No emails from your mentors yet" />
          ) : (
            <ul className="space-y-2" aria-label="Inbox">
              {data.inbox.map((m) => (
                <li key={m.id}>
                  <details className="rounded-lg border border-stone-200 p-3">
                    <summary className="flex min-h-11 cursor-pointer flex-col justify-center">
                      <span className="font-medium text-stone-900">{m.subject}</span>
                      <span className="text-sm text-stone-600">
                        {m.from} · {formatDateTime(m.sentAt, data.timeZone)}
                      </span>
                    </summary>
                    <p className="mt-3 text-sm whitespace-pre-line text-stone-800">{m.body}</p>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="history-heading">
          <CardHeader id="history-heading" title="Contacts with your mentors" />
          <ContactHistory contacts={data.contacts} timeZone={data.timeZone} />
        </Card>
      </div>
    </>
  );
}
