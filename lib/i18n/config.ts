/**
 * The interface languages (docs/i18n.md). Plain module: pages, client components, the pipeline,
 * emails and scripts all read it. To add a language: add its code here (with its direction, its
 * Intl locale and its own name), then messages/<code>/*.json; the completeness test lists what
 * is missing.
 */
export const LOCALES = ["en", "fa", "ko"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that holds the choice made before sign-in (the sign-in page's language switch). */
export const LOCALE_COOKIE = "duomentor-locale";

export const LOCALE_INFO: Record<
  Locale,
  {
    /** the language's own name, as the switch shows it */
    name: string;
    dir: "ltr" | "rtl";
    /**
     * The BCP 47 tag for Intl: Persian in the Solar Hijri calendar with Persian digits; English
     * in the day-month-year order the programme has always shown.
     */
    intl: string;
  }
> = {
  en: { name: "English", dir: "ltr", intl: "en-GB" },
  fa: { name: "فارسی", dir: "rtl", intl: "fa-IR-u-ca-persian-nu-arabext" },
  ko: { name: "한국어", dir: "ltr", intl: "ko-KR" },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function localeDir(locale: Locale): "ltr" | "rtl" {
  return LOCALE_INFO[locale].dir;
}
