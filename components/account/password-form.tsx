"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
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
      <TextField
        id="password"
        label={t("new")}
        type="password"
        autoComplete="new-password"
        hint={t("newHint")}
        errors={errors.password}
      />
      <TextField id="confirm" label={t("repeat")} type="password" autoComplete="new-password" errors={errors.confirm} />
      <Button type="submit" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
