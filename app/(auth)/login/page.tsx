import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getViewer } from "@/lib/auth/session";
import { env, ssoEnabled } from "@/lib/env";

export const metadata = { title: "Sign in" };

/** Only same-site paths: never send a person to another site after sign-in. */
function safeCallback(value: string | string[] | undefined) {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : "/";
}

const ERRORS: Record<string, string> = {
  NotInvited:
    "Your university account is not part of a mentoring programme yet. Ask your coordinator for an invitation.",
  CredentialsSignin: "That email and password do not match an account. Check both and try again.",
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  // A valid cookie for a deleted account must not loop between /login and /.
  if (await getViewer()) redirect(callbackUrl);
  const errorKey = typeof params.error === "string" ? params.error : undefined;
  const initialError = errorKey ? (ERRORS[errorKey] ?? "Sign-in did not work. Please try again.") : undefined;
  return (
    <>
      <h1 className="text-xl font-semibold">Sign in</h1>
      <p className="mt-1 text-sm text-stone-600">Use the email address your programme coordinator invited.</p>
      <LoginForm callbackUrl={callbackUrl} initialError={initialError} sso={ssoEnabled ? env.OIDC_NAME : undefined} />
    </>
  );
}
