import { z } from "zod";
import { LOCALES } from "./config";

/**
 * A language choice from a form: one of LOCALES, or "" for "no choice of my own" (a person:
 * follow the cohort's default; a cohort: no default, each browser decides). Shared by the
 * /settings form and the cohort settings form (the coordinator's field comes with the cohort
 * pages' conversion: docs/i18n.md).
 */
export const localeChoice = z.enum([...LOCALES, ""], { message: "settings.language.invalid" });

/** The stored value: null for "no choice". */
export function storedLocale(choice: z.output<typeof localeChoice>): string | null {
  return choice === "" ? null : choice;
}

export const updateOwnLocaleSchema = z.object({ locale: localeChoice });
