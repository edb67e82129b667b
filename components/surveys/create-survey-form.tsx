"use client";
import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createSurveyAction } from "@/lib/surveys/actions";
import { AUDIENCES } from "@/lib/surveys/schemas";
import { TEMPLATE_IDS } from "@/lib/surveys/templates";

/** A coordinator starts a survey from a template (a draft until opened). */
export function CreateSurveyForm({ today, inTwoWeeks }: { today: string; inTwoWeeks: string }) {
  const t = useTranslations("surveys");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(createSurveyAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label={t("create.heading")} noValidate>
      <FormStatus state={state} label={t("create.status")} ref={attachStatus} />
      <SelectField
        id="template"
        label={t("create.template")}
        defaultValue={value("template", "")}
        errors={errors.template}
      >
        <option value="" disabled>
          {t("create.chooseTemplate")}
        </option>
        {TEMPLATE_IDS.map((id) => (
          <option key={id} value={id}>
            {t(`templateName.${id}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="title" label={t("create.title")} defaultValue={value("title", "")} errors={errors.title} />
      <SelectField
        id="audience"
        label={t("create.audience")}
        defaultValue={value("audience", "EVERYONE")}
        errors={errors.audience}
      >
        {AUDIENCES.map((a) => (
          <option key={a} value={a}>
            {t(`audience.${a}`)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField
          id="opensOn"
          label={t("create.opensOn")}
          defaultValue={value("opensOn", today)}
          errors={errors.opensOn}
        />
        <DateField
          id="closesOn"
          label={t("create.closesOn")}
          defaultValue={value("closesOn", inTwoWeeks)}
          errors={errors.closesOn}
        />
      </div>
      <p className="text-sm text-stone-600">{t("create.hint")}</p>
      <Button type="submit" pending={pending} pendingLabel={t("create.pending")}>
        {t("create.submit")}
      </Button>
    </form>
  );
}
