import { getTranslations } from "next-intl/server";
import { ArchiveTemplateButton } from "@/components/templates/archive-button";
import { SendTemplateForm } from "@/components/templates/send-template-form";
import { TemplateForm } from "@/components/templates/template-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { createOwnTemplateAction } from "@/lib/templates/actions";
import { getMentorTemplates } from "@/lib/templates/queries";
import { namePlaceholders } from "@/lib/templates/rules";

export async function generateMetadata() {
  const tm = await getTranslations("mailTemplates");
  return { title: tm("title") };
}

export default async function MentorTemplatesPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  const { actor, membership, viewer } = await requireRole("MENTOR", "/mentor/templates");
  const t = await getTranslations("mailTemplates");
  const data = await getMentorTemplates(actor);
  if (!data) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("notPublished")} />
      </>
    );
  }
  const { template } = await searchParams;
  const f = await requestFormatter(membership.cohort.timeZone);
  const words = {
    menteeFirstName: t("placeholder.menteeFirstName"),
    mentorName: t("placeholder.mentorName"),
    nextMeeting: t("placeholder.nextMeeting"),
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="send-heading">
          <CardHeader id="send-heading" title={t("send.label")} />
          <SendTemplateForm
            templates={data.templates}
            mentees={data.mentees}
            senderName={viewer.user.name}
            initialTemplate={template}
          />
        </Card>
        <div className="space-y-6">
          <Card aria-labelledby="log-heading">
            <CardHeader id="log-heading" title={t("log.title")} description={t("log.intro")} />
            {data.sendLog.length === 0 ? (
              <EmptyState title={t("log.none")} />
            ) : (
              <ul className="divide-y divide-stone-100 text-sm" aria-label={t("log.label")}>
                {data.sendLog.map((b) => {
                  const whole = b.to.length === data.mentees.length && b.to.length > 1;
                  return (
                    <li key={b.batchId} className="space-y-0.5 py-2">
                      <p className="font-medium text-stone-900">
                        <bdi>{b.personalised ? namePlaceholders(b.subject, words) : b.subject}</bdi>
                        {b.personalised ? (
                          <span className="ms-2 text-xs font-normal text-stone-600">
                            {t("log.personalised", { count: b.to.length })}
                          </span>
                        ) : null}
                      </p>
                      <p className="text-stone-600">
                        {whole ? t("log.toGroup", { count: b.to.length }) : t("log.to", { names: f.list(b.to) })}
                      </p>
                      <p className="text-stone-600">
                        {t("log.byWhen", { by: b.byMe ? "me" : "other", name: b.from, when: f.dateTime(b.sentAt) })} ·{" "}
                        {t("log.read", { read: b.read, count: b.to.length })}
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </Card>
          <Card aria-labelledby="library-heading">
            <CardHeader
              id="library-heading"
              title={t("library.title", { count: data.templates.length })}
              description={t("library.intro")}
            />
            <ul className="space-y-2" aria-label={t("library.label")}>
              {data.templates.map((x) => (
                <li key={x.id}>
                  <details className="rounded-lg border border-stone-200 p-3">
                    <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2">
                      <span className="font-medium text-stone-900">
                        <bdi>{x.title}</bdi>
                      </span>
                      <Badge>{t(`send.category.${x.category}`)}</Badge>
                      {x.mine ? <Badge tone="brand">{t("library.mine")}</Badge> : null}
                    </summary>
                    <p className="mt-2 text-sm font-medium" dir="auto">
                      {x.subject}
                    </p>
                    <p className="mt-1 text-sm whitespace-pre-line text-stone-700" dir="auto">
                      {x.body}
                    </p>
                    {x.mine ? <ArchiveTemplateButton templateId={x.id} title={x.title} /> : null}
                  </details>
                </li>
              ))}
            </ul>
          </Card>
          <Card aria-labelledby="own-heading">
            <CardHeader id="own-heading" title={t("own.title")} description={t("own.intro")} />
            <TemplateForm action={createOwnTemplateAction} submitLabel={t("own.submit")} />
          </Card>
        </div>
      </div>
    </>
  );
}
