"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetPasswordAction } from "@/lib/account/actions";

export function ResetForm({ token }: { token: string }) {
  const t = useTranslations("account.reset");
  const { state, action, pending, attach, attachStatus, errors } = useActionForm(resetPasswordAction);
  if (state?.ok) {
    return (
      <div className="mt-6 space-y-4">
        <FormStatus state={state} label={t("status")} />
        <Link
          href="/login"
          className="bg-brand-600 inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-white"
        >
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form ref={attach} action={action} aria-label={t("formLabel")} className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields label={t("new")} hint={t("newHint")} repeatLabel={t("repeat")} errors={errors} />
      <Button type="submit" className="w-full" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
