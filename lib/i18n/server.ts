import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { callerLocale, getSessionUserId } from "../auth/session";
import { testContext } from "../auth/test-context";
import { chooseLocale } from "./choose";
import { LOCALE_COOKIE, type Locale } from "./config";
import { formatter } from "./format";
import { translator } from "./translate";

/**
 * The reader of this request: their language (chooseLocale: person > cohort default > cookie >
 * Accept-Language > English) and their cohort's time zone. Once per request (React cache); the
 * same answer for pages (lib/i18n/request.ts), the action pipeline and route handlers.
 * Under vitest (asUser) there is no request: the person's and cohort's choice still count.
 */
export const requestI18n = cache(async (): Promise<{ locale: Locale; timeZone: string }> => {
  const userId = await getSessionUserId().catch(() => null);
  // From the request's one identity statement (lib/auth/session.ts), not a query of its own.
  const person = userId ? await callerLocale(userId) : null;
  const browser = await browserSources();
  const locale = chooseLocale({ person: person?.own, cohort: person?.cohortDefault, ...browser });
  return { locale, timeZone: person?.timeZone ?? "UTC" };
});

/** The sign-in cookie and Accept-Language of this request (none outside a request or in tests). */
async function browserSources(): Promise<{ cookie?: string; acceptLanguage?: string | null }> {
  if (testContext()) return {};
  try {
    return {
      cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
      acceptLanguage: (await headers()).get("accept-language"),
    };
  } catch {
    return {}; // outside a request (a script): only the person's choice counts
  }
}

/** What this browser alone would choose (the cookie, then Accept-Language): /settings shows it. */
export async function browserLocale(): Promise<Locale> {
  return chooseLocale(await browserSources());
}

/** A translator for this request's reader (server actions, route handlers). */
export async function requestTranslator() {
  const { locale, timeZone } = await requestI18n();
  return translator(locale, timeZone);
}

/** Dates and numbers for this request's reader, in `timeZone` (the cohort's) or theirs. */
export async function requestFormatter(timeZone?: string) {
  const i18n = await requestI18n();
  return formatter(i18n.locale, timeZone ?? i18n.timeZone);
}

/**
 * Remembers a language in the sign-in page's cookie (or forgets it: null), from a server action;
 * nothing outside a request (tests).
 */
export async function rememberLocale(locale: string | null) {
  if (testContext()) return;
  try {
    const jar = await cookies();
    if (locale) jar.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
    else jar.delete(LOCALE_COOKIE);
  } catch {
    // not in a server action or route handler
  }
}
