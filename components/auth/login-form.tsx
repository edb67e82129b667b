"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

export function LoginForm({
  callbackUrl,
  initialError,
  sso,
}: {
  callbackUrl: string;
  initialError?: string;
  sso?: string;
}) {
  const t = useTranslations("auth.signIn");
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, startTransition] = useTransition();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      setError(undefined);
      const result = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        callbackUrl,
      });
      if (!result || result.error) {
        setError(
          t(
            result?.error === "RateLimited"
              ? "locked"
              : result?.error && result.error !== "CredentialsSignin"
                ? "unavailable"
                : "wrong",
          ),
        );
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    });
  }

  return (
    <div className="mt-6 space-y-5">
      <form onSubmit={onSubmit} className="space-y-4" aria-label={t("formLabel")} noValidate>
        {error ? (
          <div
            role="alert"
            aria-label={t("errorLabel")}
            className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {error}
          </div>
        ) : null}
        <TextField
          id="email"
          label={t("email")}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          autoFocus
        />
        <TextField id="password" label={t("password")} type="password" autoComplete="current-password" required />
        <Button type="submit" className="w-full" pending={pending} pendingLabel={t("pending")}>
          {t("submit")}
        </Button>
        <Link href="/forgot" className="text-brand-700 inline-flex min-h-11 items-center text-sm font-medium underline">
          {t("forgot")}
        </Link>
      </form>
      {sso ? (
        <>
          <div className="flex items-center gap-3 text-xs text-stone-500">
            <span className="h-px flex-1 bg-stone-200" /> {t("or")} <span className="h-px flex-1 bg-stone-200" />
          </div>
          <Button
            type="button"
            variant="secondary"
            className="w-full"
            onClick={() => signIn("university", { callbackUrl })}
          >
            {sso}
          </Button>
        </>
      ) : null}
    </div>
  );
}
