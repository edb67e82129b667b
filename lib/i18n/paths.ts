import { safeCallbackPath } from "../auth/redirect";

/** Only same-site paths (the one check, lib/auth/redirect.ts); the sign-in page is a fine place to return to. */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  return safeCallbackPath(value, fallback, { signInPages: true });
}
