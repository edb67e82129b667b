import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { getViewer } from "@/lib/auth/session";
import { env, ssoEnabled } from "@/lib/env";
import { safeReturnPath } from "@/lib/i18n/paths";

export async function generateMetadata() {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

/** next-auth's error codes on the sign-in page, to catalog keys (auth.signIn.*). */
const ERRORS: Record<string, "notInvited" | "wrong" | "rateLimited" | "unavailable"> = {
  NotInvited: "notInvited",
  CredentialsSignin: "wrong",
  RateLimited: "rateLimited",
  Unavailable: "unavailable",
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // Only same-origin paths: never send a person to another site after sign-in (lib/auth/redirect.ts).
  const callbackUrl = safeReturnPath(params.callbackUrl);
  // A valid cookie for a deleted account must not loop between /login and /.
  if (await getViewer()) redirect(callbackUrl);
  const t = await getTranslations("auth.signIn");
  const errorKey = typeof params.error === "string" ? params.error : undefined;
  const initialError = errorKey ? t(ERRORS[errorKey] ?? "failed") : undefined;
  const returnTo = callbackUrl === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      <LoginForm callbackUrl={callbackUrl} initialError={initialError} sso={ssoEnabled ? env.OIDC_NAME : undefined} />
      <div className="mt-6 border-t border-stone-200 pt-4">
        <LanguageSwitch returnTo={returnTo} />
      </div>
    </>
  );
}
