"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { archiveTemplateAction } from "@/lib/templates/actions";

/** Archive with a confirmation (sent copies stay in mentees' inboxes). */
export function ArchiveTemplateButton({ templateId, title }: { templateId: string; title: string }) {
  const t = useTranslations("mailTemplates.archive");
  const [state, formAction, pending] = useActionState(archiveTemplateAction, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(t("confirm", { title }))) e.preventDefault();
      }}
    >
      <input type="hidden" name="templateId" value={templateId} />
      <Button type="submit" variant="ghost" pending={pending} pendingLabel={t("archiving")}>
        {t("archive")} <span className="sr-only">{title}</span>
      </Button>
      {state && !state.ok ? (
        <p role="alert" aria-label={t("status")} className="text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
