"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { acceptInvitationAction } from "@/lib/people/invite-actions";

/**
 * Sets the password of an invitation; on success the person is signed in with it at once (issue
 * 10, item 8: no retyping of the email), and goes on to their home.
 */
export function InvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite.form");
  // The passwords are never echoed back (secretFields): a refused submit keeps nothing typed here.
  const { state, action: formAction, pending, attach, attachStatus, errors } = useActionForm(acceptInvitationAction);
  // The password typed, kept in memory only until the sign-in below.
  const typed = useRef<string | null>(null);
  const [signedIn, setSignedIn] = useState<boolean | null>(null);

  useEffect(() => {
    if (!state?.ok || typed.current === null) return;
    const password = typed.current;
    typed.current = null;
    void signIn("credentials", { redirect: false, email, password }).then((r) => setSignedIn(!!r && !r.error));
  }, [state, email]);

  if (state?.ok) {
    return (
      <div className="mt-6 space-y-4">
        <FormStatus state={state} label={t("status")} ref={attachStatus} />
        {signedIn === null ? (
          // The sign-in with the new password is still on its way: a link now would race it.
          <p role="status" aria-live="polite" className="text-sm text-slate-600">
            {t("signingIn")}
          </p>
        ) : (
          <Link
            href={signedIn ? "/" : "/login?callbackUrl=/"}
            className="bg-brand-600 inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-white"
          >
            {signedIn ? t("continue") : t("signIn")}
          </Link>
        )}
      </div>
    );
  }
  return (
    <form
      ref={attach}
      action={formAction}
      aria-label={t("label")}
      className="mt-6 space-y-4"
      noValidate
      onSubmit={(e) => {
        typed.current = String(new FormData(e.currentTarget).get("password") ?? "");
      }}
    >
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" autoComplete="username" value={email} />
      <NewPasswordFields label={t("password")} hint={t("passwordHint")} repeatLabel={t("confirm")} errors={errors} />
      <Button type="submit" className="w-full" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
