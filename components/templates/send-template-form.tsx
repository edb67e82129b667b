"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { sendTemplateAction } from "@/lib/templates/actions";
import { CATEGORY_LABEL, TEMPLATE_CATEGORIES, type TemplateCategoryValue } from "@/lib/templates/schemas";

interface Template {
  id: string;
  category: TemplateCategoryValue;
  title: string;
  subject: string;
  body: string;
  mine: boolean;
}

/** Send a template to one mentee or the whole group, with a preview of what will go out. */
export function SendTemplateForm({
  templates,
  mentees,
  initialTemplate,
}: {
  templates: Template[];
  mentees: { id: string; name: string }[];
  initialTemplate?: string;
}) {
  const [state, formAction, pending] = useActionState(sendTemplateAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const typed = (name: string, fallback = "") => {
    const v = failed?.values?.[name];
    return typeof v === "string" ? v : fallback;
  };
  const [chosen, setChosen] = useState(typed("templateId", initialTemplate ?? ""));
  const template = templates.find((t) => t.id === chosen);
  return (
    <form action={formAction} className="space-y-4" aria-label="Send a template" noValidate>
      <FormStatus state={state} label="Send status" />
      <SelectField
        id="templateId"
        label="Template"
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        errors={errors.templateId}
      >
        <option value="" disabled>
          Choose a template
        </option>
        {TEMPLATE_CATEGORIES.map((c) => {
          const list = templates.filter((t) => t.category === c);
          return list.length ? (
            <optgroup key={c} label={CATEGORY_LABEL[c]}>
              {list.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                  {t.mine ? " (mine)" : ""}
                </option>
              ))}
            </optgroup>
          ) : null;
        })}
      </SelectField>
      <SelectField id="target" label="To" defaultValue={typed("target")} errors={errors.target}>
        <option value="" disabled>
          Choose a mentee
        </option>
        {mentees.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
        <option value="EACH">The whole group ({mentees.length}), one email each</option>
      </SelectField>
      <TextField
        id="nextMeeting"
        label="Next meeting"
        optional
        placeholder="e.g. Thursday 18:00, dormitory study room"
        hint="Fills in {{nextMeeting}}; left empty it reads “our next contact”."
        defaultValue={typed("nextMeeting")}
        errors={errors.nextMeeting}
      />
      {template ? (
        <div className="rounded-lg border border-stone-200 bg-stone-50 p-3 text-sm" aria-label="Preview">
          <p className="font-medium text-stone-900">{template.subject}</p>
          <p className="mt-2 max-h-60 overflow-y-auto whitespace-pre-line text-stone-700">{template.body}</p>
        </div>
      ) : null}
      <Button type="submit" pending={pending} pendingLabel="Sending…" className="w-full sm:w-auto">
        Send
      </Button>
    </form>
  );
}
