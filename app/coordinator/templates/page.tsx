import { getTranslations } from "next-intl/server";
import { CopyFromCohortForm } from "@/components/cohorts/copy-form";
import { ArchiveTemplateButton } from "@/components/templates/archive-button";
import { TemplateForm } from "@/components/templates/template-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { otherCoordinatedCohorts } from "@/lib/cohorts/queries";
import { requestFormatter } from "@/lib/i18n/server";
import { createLibraryTemplateAction } from "@/lib/templates/actions";
import { getTemplateLibrary } from "@/lib/templates/queries";

export async function generateMetadata() {
  const t = await getTranslations("templateLibrary");
  return { title: t("title") };
}

export default async function CoordinatorTemplatesPage() {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/templates");
  const [data, others] = await Promise.all([getTemplateLibrary(actor), otherCoordinatedCohorts(actor.cohortId)]);
  const t = await getTranslations("templateLibrary");
  const tc = await getTranslations("templateLibrary.category");
  if (!data) return <EmptyState title={t("noCohort")} />;
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { count: data.mentorOwnCount })} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card aria-labelledby="library-heading">
          <CardHeader id="library-heading" title={t("library", { count: data.templates.length })} />
          {data.templates.length === 0 ? (
            <EmptyState title={t("empty")} />
          ) : (
            <ul className="space-y-2" aria-label={t("list")}>
              {data.templates.map((x) => (
                <li key={x.id}>
                  <details className="rounded-lg border border-stone-200 p-3">
                    <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2">
                      <bdi className="font-medium text-stone-900">{x.title}</bdi>
                      <Badge>{tc(x.category)}</Badge>
                      <span className="text-sm text-stone-600">
                        {t("sent", { count: x.sent, n: f.number(x.sent) })}
                      </span>
                    </summary>
                    <p className="mt-2 text-sm font-medium" dir="auto">
                      {x.subject}
                    </p>
                    <p className="mt-1 text-sm whitespace-pre-line text-stone-700" dir="auto">
                      {x.body}
                    </p>
                    <ArchiveTemplateButton templateId={x.id} title={x.title} />
                  </details>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div className="space-y-6">
          <Card aria-labelledby="new-heading">
            <CardHeader id="new-heading" title={t("add")} />
            <TemplateForm action={createLibraryTemplateAction} submitLabel={t("addSubmit")} />
          </Card>
          {others.length ? (
            <Card aria-labelledby="copy-heading">
              <CardHeader id="copy-heading" title={t("copyTitle")} description={t("copyText")} />
              <CopyFromCohortForm cohortId={actor.cohortId} sources={others} what="templates" />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
