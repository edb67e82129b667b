"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { firstRunAction } from "@/lib/first-run/actions";

/** The first coordinator's form; on success they are signed in and taken to their cohort. */
export function FirstRunForm() {
  const t = useTranslations("firstRun.form");
  const router = useRouter();
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(firstRunAction);
  // What was typed, kept for signing in once the account exists (never sent anywhere else).
  const typed = useRef<{ email: string; password: string } | null>(null);
  const [signInFailed, setSignInFailed] = useState(false);

  useEffect(() => {
    if (!state?.ok || !typed.current) return;
    const { email, password } = typed.current;
    typed.current = null;
    void signIn("credentials", { redirect: false, email, password }).then((r) => {
      if (r && !r.error) {
        router.replace("/coordinator");
        router.refresh();
      } else setSignInFailed(true);
    });
  }, [state, router]);

  if (state?.ok) {
    return (
      <div className="mt-6 space-y-4">
        <FormStatus state={state} label={t("status")} ref={attachStatus} />
        {signInFailed ? (
          <Link
            href="/login"
            className="bg-brand-600 inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-white"
          >
            {t("signIn")}
          </Link>
        ) : (
          <p className="text-sm text-stone-600">{t("signingIn")}</p>
        )}
      </div>
    );
  }
  return (
    <form
      ref={attach}
      action={action}
      aria-label={t("label")}
      className="mt-6 space-y-4"
      noValidate
      onSubmit={(e) => {
        const f = new FormData(e.currentTarget);
        typed.current = { email: String(f.get("email") ?? ""), password: String(f.get("password") ?? "") };
      }}
    >
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <TextField
        id="setupToken"
        label={t("token")}
        hint={t("tokenHint")}
        autoComplete="off"
        spellCheck={false}
        dir="ltr"
        errors={errors.setupToken}
      />
      <TextField
        id="name"
        label={t("name")}
        autoComplete="name"
        defaultValue={value("name", "")}
        errors={errors.name}
      />
      <TextField
        id="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        defaultValue={value("email", "")}
        errors={errors.email}
      />
      <NewPasswordFields label={t("password")} hint={t("passwordHint")} repeatLabel={t("confirm")} errors={errors} />
      <Button type="submit" className="w-full" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
