"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateProfileAction } from "@/lib/profile/actions";
import { CHANNELS } from "@/lib/profile/schemas";

/** The pattern form: server-side field errors next to the fields, typed values kept on error. */
export function ProfileForm({ initial }: { initial: { phone: string; preferredChannel: string } }) {
  const t = useTranslations("settings.contact");
  const tc = useTranslations("common.channel");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(updateProfileAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label={t("formLabel")} noValidate>
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <TextField
        id="phone"
        label={t("phone")}
        type="tel"
        autoComplete="tel"
        optional
        defaultValue={value("phone", initial.phone)}
        hint={t("phoneHint")}
        errors={errors.phone}
      />
      <SelectField
        id="preferredChannel"
        label={t("channel")}
        defaultValue={value("preferredChannel", initial.preferredChannel)}
        errors={errors.preferredChannel}
      >
        <option value="">{t("noPreference")}</option>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {tc(c)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
