import { ArchiveTemplateButton } from "@/components/templates/archive-button";
import { SendTemplateForm } from "@/components/templates/send-template-form";
import { TemplateForm } from "@/components/templates/template-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { createOwnTemplateAction } from "@/lib/templates/actions";
import { getMentorTemplates } from "@/lib/templates/queries";
import { CATEGORY_LABEL } from "@/lib/templates/schemas";

export const metadata = { title: "Email templates" };

export default async function MentorTemplatesPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  const { actor, membership } = await requireRole("MENTOR", "/mentor/templates");
  const data = await getMentorTemplates(actor);
  if (!data) {
    return (
      <>
        <PageHeader title="Email templates" />
        <EmptyState title="Your group is not published yet" />
      </>
    );
  }
  const { template } = await searchParams;
  const tz = membership.cohort.timeZone;
  return (
    <>
      <PageHeader
        title="Email templates"
        description="Emails for first-years' common problems. A send reaches the mentee by email and in their app inbox, and counts as an email contact."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="send-heading">
          <CardHeader id="send-heading" title="Send a template" />
          <SendTemplateForm templates={data.templates} mentees={data.mentees} initialTemplate={template} />
        </Card>
        <div className="space-y-6">
          <Card aria-labelledby="log-heading">
            <CardHeader id="log-heading" title="Sent by you and your co-mentor" />
            {data.sendLog.length === 0 ? (
              <EmptyState title="Nothing sent yet" />
            ) : (
              <ul className="divide-y divide-stone-100 text-sm" aria-label="Send log">
                {data.sendLog.map((b) => (
                  <li key={b.batchId} className="py-2">
                    <p className="font-medium text-stone-900">{b.subjects[0]}</p>
                    <p className="text-stone-600">
                      {b.from} · {formatDateTime(b.sentAt, tz)} · to{" "}
                      {b.to.length === data.mentees.length && b.to.length > 1 ? "the whole group" : b.to.join(", ")} ·
                      read by {b.read} of {b.to.length}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card aria-labelledby="library-heading">
            <CardHeader
              id="library-heading"
              title={`Library (${data.templates.length})`}
              description="The coordinators' templates and your own."
            />
            <ul className="space-y-2" aria-label="Templates">
              {data.templates.map((t) => (
                <li key={t.id}>
                  <details className="rounded-lg border border-stone-200 p-3">
                    <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2">
                      <span className="font-medium text-stone-900">{t.title}</span>
                      <Badge>{CATEGORY_LABEL[t.category]}</Badge>
                      {t.mine ? <Badge tone="brand">Mine</Badge> : null}
                    </summary>
                    <p className="mt-2 text-sm font-medium">{t.subject}</p>
                    <p className="mt-1 text-sm whitespace-pre-line text-stone-700">{t.body}</p>
                    {t.mine ? <ArchiveTemplateButton templateId={t.id} title={t.title} /> : null}
                  </details>
                </li>
              ))}
            </ul>
          </Card>
          <Card aria-labelledby="own-heading">
            <CardHeader
              id="own-heading"
              title="Write your own template"
              description="Only you see it and can send it."
            />
            <TemplateForm action={createOwnTemplateAction} submitLabel="Save template" />
          </Card>
        </div>
      </div>
    </>
  );
}
