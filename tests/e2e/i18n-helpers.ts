import { test, type Page } from "@playwright/test";

/** The cookie the sign-in page's language switch sets (lib/i18n/config.ts, LOCALE_COOKIE). */
export const LOCALE_COOKIE = "duomentor-locale";

/** Reads the app in `locale` as the sign-in page's switch would (a person's own choice outranks it). */
export async function useLanguage(page: Page, locale: "en" | "fa" | "ko") {
  const baseURL = test.info().project.use.baseURL as string;
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
}

export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1366, height: 768 };
