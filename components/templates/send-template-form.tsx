"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { sendTemplateAction } from "@/lib/templates/actions";
import { renderTemplate } from "@/lib/templates/rules";
import { TEMPLATE_CATEGORIES, TARGET_EACH, type TemplateCategoryValue } from "@/lib/templates/schemas";

interface Template {
  id: string;
  category: TemplateCategoryValue;
  title: string;
  subject: string;
  body: string;
  mine: boolean;
}

/**
 * Send a template to one mentee or the whole group. The preview is what a mentee will read: the
 * placeholders filled in for the chosen mentee (for a group send, the first of the group as the
 * sample), the sender's name and the next meeting as typed.
 */
export function SendTemplateForm({
  templates,
  mentees,
  senderName,
  initialTemplate,
}: {
  templates: Template[];
  mentees: { id: string; name: string; firstName: string }[];
  senderName: string;
  initialTemplate?: string;
}) {
  const t = useTranslations("mailTemplates.send");
  const { state, action, pending, attach, attachStatus, errors, value, saved, formKey, orphanErrors } = useActionForm(
    sendTemplateAction,
    { resetOnSuccess: true },
  );
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label={t("label")} noValidate>
      <SendFields
        key={formKey}
        templates={templates}
        mentees={mentees}
        senderName={senderName}
        initialTemplate={value("templateId", initialTemplate ?? "")}
        value={value}
        errors={errors}
      />
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors} />
      <SubmitButton pending={pending} saved={saved} pendingLabel={t("sending")} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

/** The fields and the live preview (remounted with their defaults after each send). */
function SendFields({
  templates,
  mentees,
  senderName,
  initialTemplate,
  value,
  errors,
}: {
  templates: Template[];
  mentees: { id: string; name: string; firstName: string }[];
  senderName: string;
  initialTemplate: string;
  value: (name: string, fallback: string) => string;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("mailTemplates.send");
  const [chosen, setChosen] = useState(initialTemplate);
  const [target, setTarget] = useState(value("target", ""));
  const [nextMeeting, setNextMeeting] = useState(value("nextMeeting", ""));
  // What was chosen before the page became interactive (a fast tap on a slow phone) is in the
  // fields, not yet in the state: read it once on mount.
  const [fields, attachFields] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    const form = fields?.closest("form");
    if (!form) return;
    const read = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value;
    /* eslint-disable react-hooks/set-state-in-effect -- the DOM's values from before hydration */
    setChosen((v) => read("templateId") || v);
    setTarget((v) => read("target") || v);
    setNextMeeting((v) => read("nextMeeting") || v);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [fields]);
  const template = templates.find((x) => x.id === chosen);
  const each = target === TARGET_EACH;
  const sample = mentees.find((m) => m.id === target) ?? mentees[0];
  const values = { menteeFirstName: sample?.firstName ?? "", mentorName: senderName, nextMeeting };
  return (
    <>
      <div ref={attachFields} hidden />
      <SelectField
        id="templateId"
        label={t("template")}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        errors={errors.templateId}
      >
        <option value="" disabled>
          {t("chooseTemplate")}
        </option>
        {TEMPLATE_CATEGORIES.map((c) => {
          const list = templates.filter((x) => x.category === c);
          return list.length ? (
            <optgroup key={c} label={t(`category.${c}`)}>
              {list.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.mine ? t("mine", { title: x.title }) : x.title}
                </option>
              ))}
            </optgroup>
          ) : null;
        })}
      </SelectField>
      <SelectField
        id="target"
        label={t("to")}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        errors={errors.target}
      >
        <option value="" disabled>
          {t("chooseMentee")}
        </option>
        {mentees.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
        <option value={TARGET_EACH}>{t("each", { count: mentees.length })}</option>
      </SelectField>
      <TextField
        id="nextMeeting"
        label={t("nextMeeting")}
        optional
        placeholder={t("nextMeetingExample")}
        hint={t("nextMeetingHint")}
        value={nextMeeting}
        onChange={(e) => setNextMeeting(e.target.value)}
        errors={errors.nextMeeting}
      />
      {template ? (
        <section
          className="rounded-lg border border-stone-200 bg-stone-50 p-3 text-sm"
          aria-label={t("preview")}
          aria-describedby="preview-for"
        >
          <p id="preview-for" className="mb-2 text-xs text-stone-600">
            {sample
              ? each
                ? t("previewEach", { name: sample.name, count: mentees.length })
                : t("previewFor", { name: sample.name })
              : t("previewNobody")}
          </p>
          <p className="font-medium text-stone-900" dir="auto">
            {renderTemplate(template.subject, values)}
          </p>
          <p className="mt-2 max-h-60 overflow-y-auto whitespace-pre-line text-stone-700" dir="auto">
            {renderTemplate(template.body, values)}
          </p>
        </section>
      ) : null}
    </>
  );
}
