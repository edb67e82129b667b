import { createTranslator } from "next-intl";
import { loadMessages, type Messages } from "./catalog";
import { LOCALE_INFO, type Locale } from "./config";
import { formatter } from "./format";
import { isKeyLike, isMsgDescriptor, type Msg, type MsgValue } from "./msg";

/**
 * Translation outside a page render: the action pipeline (its results), emails, calendar files,
 * scripts. Pages and components use next-intl's getTranslations / useTranslations instead.
 *
 *   const tr = translator("fa", "Asia/Tehran");
 *   tr.t("actions.sessionEnded");            // a key
 *   tr.resolve(error.msg);                   // a Msg: descriptor, key, or plain string as is
 *
 * ICU plurals and numbers follow the locale's Intl tag (Persian digits in Persian). A Date in a
 * Msg's values is shown as date and time in the reader's time zone (lib/i18n/format.ts).
 */
export interface Translator {
  locale: Locale;
  timeZone: string;
  t(key: string, values?: Record<string, MsgValue>): string;
  has(key: string): boolean;
  resolve(message: Msg): string;
}

export function translator(locale: Locale, timeZone = "UTC", messages: Messages = loadMessages(locale)): Translator {
  const intl = createTranslator({
    locale: LOCALE_INFO[locale].intl,
    messages,
    timeZone,
    // A missing key shows the key (and the completeness test fails); never an exception.
    onError: () => {},
    getMessageFallback: ({ namespace, key }) => [namespace, key].filter(Boolean).join("."),
  });
  const f = formatter(locale, timeZone);
  const prepare = (values?: Record<string, MsgValue>) =>
    values && Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v instanceof Date ? f.dateTime(v) : v]));
  const tr: Translator = {
    locale,
    timeZone,
    t: (key, values) => intl(key as never, prepare(values) as never),
    has: (key) => intl.has(key as never),
    resolve(message) {
      if (isMsgDescriptor(message)) return tr.t(message.key, message.values);
      return isKeyLike(message) && tr.has(message) ? tr.t(message) : message;
    },
  };
  return tr;
}
