import { useLocale, useTranslations } from "next-intl";
import { LOCALE_INFO, LOCALES } from "@/lib/i18n/config";
import { cx } from "@/components/ui/cx";

/**
 * The language switch of the sign-in page: one submit button per language, each named in its
 * own language (and marked with its `lang`). It posts to /api/locale, which remembers the choice
 * in a cookie and comes back to `returnTo`; it works without JavaScript. Signed-in people choose
 * in /settings instead (their choice outranks the cookie).
 */
export function LanguageSwitch({ returnTo }: { returnTo: string }) {
  const locale = useLocale();
  const t = useTranslations("auth.languageSwitch");
  return (
    <form method="post" action="/api/locale" aria-label={t("label")} className="flex justify-center">
      <input type="hidden" name="returnTo" value={returnTo} />
      <ul className="flex flex-wrap items-center justify-center gap-1 text-sm">
        {LOCALES.map((l) => {
          const current = l === locale;
          return (
            <li key={l}>
              <button
                type="submit"
                name="locale"
                value={l}
                lang={l}
                dir={LOCALE_INFO[l].dir}
                aria-pressed={current}
                className={cx(
                  "inline-flex min-h-11 items-center rounded-lg px-3 font-medium",
                  current ? "bg-brand-50 text-brand-800" : "text-stone-700 hover:bg-stone-100",
                )}
              >
                {LOCALE_INFO[l].name}
              </button>
            </li>
          );
        })}
      </ul>
    </form>
  );
}
