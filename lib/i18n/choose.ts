import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./config";

/**
 * THE choice of interface language, in one pure function (docs/decisions/070-i18n.md):
 *
 *   the person's own choice (User.locale, set in /settings)
 *   > the default of their cohort (Cohort.defaultLocale, set by the coordinator)
 *   > the cookie of the sign-in page's language switch
 *   > the browser's Accept-Language
 *   > English.
 *
 * Values that are not one of LOCALES (an old or hand-edited value) are skipped, never trusted.
 */
export interface LocaleSources {
  person?: string | null;
  cohort?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}

export function chooseLocale(sources: LocaleSources): Locale {
  for (const candidate of [sources.person, sources.cohort, sources.cookie]) {
    if (isLocale(candidate)) return candidate;
  }
  return fromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The best of our languages for an Accept-Language header ("fa-IR,fa;q=0.9,en;q=0.8"): by
 * quality, then by order; a region or script subtag matches its language ("ko-KR" is "ko");
 * "*" and q=0 are ignored. null when none of ours is asked for.
 */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      // a malformed weight ("q=abc") drops the range
      const q = params.map((p) => /^\s*q=(.*)$/i.exec(p)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : /^\s*[0-9.]+\s*$/.test(q) ? Number(q) : NaN;
      return { tag: tag.trim().toLowerCase(), q: weight, index };
    })
    .filter((r) => r.tag && r.tag !== "*" && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const language = tag.split("-")[0];
    const match = LOCALES.find((l) => l === language);
    if (match) return match;
  }
  return null;
}
