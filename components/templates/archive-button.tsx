"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { archiveTemplateAction } from "@/lib/templates/actions";

/** Archive with a confirmation (sent copies stay in mentees' inboxes). */
export function ArchiveTemplateButton({ templateId, title }: { templateId: string; title: string }) {
  const [state, formAction, pending] = useActionState(archiveTemplateAction, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(`Archive “${title}”? Mentors can no longer send it; copies already sent stay.`))
          e.preventDefault();
      }}
    >
      <input type="hidden" name="templateId" value={templateId} />
      <Button type="submit" variant="ghost" pending={pending} pendingLabel="Archiving…">
        Archive <span className="sr-only">{title}</span>
      </Button>
      {state && !state.ok ? (
        <p role="alert" aria-label="Archive status" className="text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
