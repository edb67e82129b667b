"use client";
import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionState } from "@/lib/action-state";
import { TEMPLATE_CATEGORIES } from "@/lib/templates/schemas";

type Action = (prev: ActionState<{ id: string }> | null, form: FormData) => Promise<ActionState<{ id: string }>>;

/** Write a template: the coordinator's library or a mentor's own (the action decides which). */
export function TemplateForm({ action, submitLabel }: { action: Action; submitLabel: string }) {
  const t = useTranslations("mailTemplates.form");
  const tc = useTranslations("mailTemplates.send.category");
  const {
    state,
    action: formAction,
    pending,
    attach,
    attachStatus,
    errors,
    value,
    saved,
    formKey,
    orphanErrors,
  } = useActionForm(action, { resetOnSuccess: true });
  return (
    <form ref={attach} action={formAction} className="space-y-4" aria-label={t("label")} noValidate>
      <div key={formKey} className="space-y-4">
        <SelectField id="category" label={t("category")} defaultValue={value("category", "")} errors={errors.category}>
          <option value="" disabled>
            {t("chooseCategory")}
          </option>
          {TEMPLATE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {tc(c)}
            </option>
          ))}
        </SelectField>
        <TextField id="title" label={t("title")} defaultValue={value("title", "")} errors={errors.title} />
        <TextField id="subject" label={t("subject")} defaultValue={value("subject", "")} errors={errors.subject} />
        <TextAreaField
          id="body"
          label={t("body")}
          rows={10}
          defaultValue={value("body", "")}
          hint={t("placeholders", { list: "{{menteeFirstName}}, {{mentorName}}, {{nextMeeting}}" })}
          errors={errors.body}
        />
      </div>
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors} />
      <SubmitButton pending={pending} saved={saved} pendingLabel={t("saving")}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
