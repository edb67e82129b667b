"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateOwnLocaleAction } from "@/lib/i18n/actions";
import { LOCALE_INFO, LOCALES, type Locale } from "@/lib/i18n/config";

/**
 * A person's interface language (/settings). "" follows their cohort's default, or the browser
 * when the cohort has none; the option says which language that is today.
 */
export function LanguageForm({
  initial,
  cohortDefault,
  browser,
}: {
  initial: string;
  cohortDefault: Locale | null;
  browser: Locale;
}) {
  const t = useTranslations("settings.language");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(updateOwnLocaleAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label={t("formLabel")} noValidate>
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <SelectField id="locale" label={t("field")} defaultValue={value("locale", initial)} errors={errors.locale}>
        <option value="">
          {cohortDefault
            ? t("followCohort", { language: LOCALE_INFO[cohortDefault].name })
            : t("followBrowser", { language: LOCALE_INFO[browser].name })}
        </option>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_INFO[l].name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
