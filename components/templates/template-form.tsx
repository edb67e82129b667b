"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action-state";
import { CATEGORY_LABEL, TEMPLATE_CATEGORIES } from "@/lib/templates/schemas";

type Action = (prev: ActionState<{ id: string }> | null, form: FormData) => Promise<ActionState<{ id: string }>>;

/** Write a template: the coordinator's library or a mentor's own (the action decides which). */
export function TemplateForm({ action, submitLabel }: { action: Action; submitLabel: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = (name: string) => {
    const v = failed?.values?.[name];
    return typeof v === "string" ? v : "";
  };
  return (
    <form action={formAction} className="space-y-4" aria-label="New template" noValidate>
      <FormStatus state={state} label="Template status" />
      <SelectField id="category" label="Category" defaultValue={typed("category")} errors={errors.category}>
        <option value="" disabled>
          Choose a category
        </option>
        {TEMPLATE_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABEL[c]}
          </option>
        ))}
      </SelectField>
      <TextField id="title" label="Title" defaultValue={typed("title")} errors={errors.title} />
      <TextField id="subject" label="Subject line" defaultValue={typed("subject")} errors={errors.subject} />
      <TextAreaField
        id="body"
        label="Message"
        rows={10}
        defaultValue={typed("body")}
        hint={
          <>
            Placeholders: {"{{menteeFirstName}}"}, {"{{mentorName}}"}, {"{{nextMeeting}}"}.
          </>
        }
        errors={errors.body}
      />
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        {submitLabel}
      </Button>
    </form>
  );
}
