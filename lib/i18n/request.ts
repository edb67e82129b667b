import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./catalog";
import { requestI18n } from "./server";

/**
 * next-intl's request configuration (next.config.ts points its plugin here). No locale in the
 * URL: the reader's language comes from lib/i18n/server.ts (docs/decisions/070-i18n.md).
 */
export default getRequestConfig(async () => {
  const { locale, timeZone } = await requestI18n();
  return {
    locale,
    timeZone,
    messages: loadMessages(locale),
    // A missing key shows its name (and fails the completeness test) rather than breaking a page.
    onError(error) {
      if (error.code !== "MISSING_MESSAGE") console.error(`[i18n] ${error.message}`);
    },
    getMessageFallback: ({ namespace, key }) => [namespace, key].filter(Boolean).join("."),
  };
});
