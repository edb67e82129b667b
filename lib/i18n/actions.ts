"use server";
import { accountAction } from "../actions";
import { msg } from "./msg";
import { updateOwnLocaleSchema, storedLocale } from "./schemas";
import { rememberLocale } from "./server";

/**
 * A person chooses their interface language (/settings): it outranks their cohort's default,
 * the cookie and the browser (lib/i18n/choose.ts). The cookie is set too, so the sign-in page
 * speaks their language after they sign out. The record is the caller's own user row.
 */
export const updateOwnLocaleAction = accountAction({
  name: "i18n.updateOwnLocale",
  schema: updateOwnLocaleSchema,
  // Already in the new language: the pipeline translates after the write.
  successMessage: msg("settings.language.saved"),
  // (setting the cookie makes Next render the page again, layout and all, in the new language)
  revalidate: () => ["/settings"],
  async run({ userId, input, tx }) {
    const locale = storedLocale(input.locale);
    await tx.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
    await rememberLocale(locale);
    return { locale };
  },
  audit: (_data, { userId }) => ({
    action: "profile.updated",
    entity: "User",
    entityId: userId,
    detail: { fields: ["locale"] },
  }),
});
