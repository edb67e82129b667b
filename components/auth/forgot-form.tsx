"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestPasswordResetAction } from "@/lib/account/actions";

export function ForgotForm() {
  const t = useTranslations("account.forgot");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(requestPasswordResetAction);
  return (
    <form ref={attach} action={action} aria-label={t("formLabel")} className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <TextField
        id="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        inputMode="email"
        defaultValue={value("email", "")}
        errors={errors.email}
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
      <Link href="/login" className="text-brand-700 inline-flex min-h-11 items-center text-sm font-medium underline">
        {t("back")}
      </Link>
    </form>
  );
}
