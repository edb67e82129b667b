import type { Messages } from "./catalog";

/**
 * Namespaces only the server reads (getTranslations, the action pipeline's translator, emails,
 * calendar files, PDFs). The root layout leaves them out of what NextIntlClientProvider sends to
 * the browser: next-intl 4 hands a client provider every message by default, so each page's RSC
 * payload carried the whole catalog (~110,000 characters in English, more in Persian).
 * tests/unit/i18n-client-messages.test.ts fails when a useTranslations call names one of them.
 */
export const SERVER_ONLY_NAMESPACES: readonly string[] = [
  "actions",
  "apply",
  "audit",
  "calendar",
  "db",
  "emails",
  "meta",
  "outbox",
  "overview",
  "reports",
  "templateLibrary",
];

/** The messages client components may need: every namespace but the server's own. */
export function clientMessages(messages: Messages): Messages {
  return Object.fromEntries(Object.entries(messages).filter(([ns]) => !SERVER_ONLY_NAMESPACES.includes(ns)));
}
