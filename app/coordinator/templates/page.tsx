import { ArchiveTemplateButton } from "@/components/templates/archive-button";
import { TemplateForm } from "@/components/templates/template-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { createLibraryTemplateAction } from "@/lib/templates/actions";
import { getTemplateLibrary } from "@/lib/templates/queries";
import { CATEGORY_LABEL } from "@/lib/templates/schemas";

export const metadata = { title: "Email templates" };

export default async function CoordinatorTemplatesPage() {
  const { actor } = await requireRole("COORDINATOR", "/coordinator/templates");
  const data = await getTemplateLibrary(actor);
  if (!data) return <EmptyState title="No cohort yet" />;
  return (
    <>
      <PageHeader
        title="Email templates"
        description={`The library mentors send from. Mentors have also written ${data.mentorOwnCount} template${data.mentorOwnCount === 1 ? "" : "s"} of their own.`}
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card aria-labelledby="library-heading">
          <CardHeader id="library-heading" title={`Library (${data.templates.length})`} />
          {data.templates.length === 0 ? (
            <EmptyState title="No templates yet" />
          ) : (
            <ul className="space-y-2" aria-label="Templates">
              {data.templates.map((t) => (
                <li key={t.id}>
                  <details className="rounded-lg border border-stone-200 p-3">
                    <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2">
                      <span className="font-medium text-stone-900">{t.title}</span>
                      <Badge>{CATEGORY_LABEL[t.category]}</Badge>
                      <span className="text-sm text-stone-600">
                        sent {t.sent} time{t.sent === 1 ? "" : "s"}
                      </span>
                    </summary>
                    <p className="mt-2 text-sm font-medium">{t.subject}</p>
                    <p className="mt-1 text-sm whitespace-pre-line text-stone-700">{t.body}</p>
                    <ArchiveTemplateButton templateId={t.id} title={t.title} />
                  </details>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="new-heading">
          <CardHeader id="new-heading" title="Add a template" />
          <TemplateForm action={createLibraryTemplateAction} submitLabel="Add to library" />
        </Card>
      </div>
    </>
  );
}
