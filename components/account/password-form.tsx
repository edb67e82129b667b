"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction } from "@/lib/account/actions";

export function PasswordForm() {
  const t = useTranslations("account.password");
  const { state, action, pending, attach, attachStatus, errors } = useActionForm(changePasswordAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label={t("formLabel")} noValidate>
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <TextField
        id="current"
        label={t("current")}
        type="password"
        autoComplete="current-password"
        errors={errors.current}
      />
      <NewPasswordFields label={t("new")} hint={t("newHint")} repeatLabel={t("repeat")} errors={errors} />
      <Button type="submit" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
