import type { Messages } from "./catalog";

/**
 * Namespaces only the server reads (getTranslations, the action pipeline's translator, emails,
 * calendar files, PDFs): never sent to the browser, whatever CLIENT_PREFIXES says.
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

/**
 * The parts of the catalog a component rendered in the browser may read: exactly the subtrees that
 * useTranslations calls in app/, components/ and lib/ name, and the nav's labels
 * (components/shell/nav.ts, read by nav-links, whose useTranslations names no namespace).
 * next-intl 4 hands a client provider every message by default, so each page's RSC payload
 * carried the whole catalog (90 kB in English, 133 kB in Persian); these subtrees are about 58 kB
 * and 86 kB. tests/unit/i18n-client-messages.test.ts computes the list from the sources and fails
 * when this one differs: a new useTranslations call names its subtree here.
 */
export const CLIENT_PREFIXES: readonly string[] = [
  "account.export",
  "account.forgot",
  "account.password",
  "account.reset",
  "account.sessions",
  "auth.languageSwitch",
  "auth.signIn",
  "auth.signOut",
  "centres.category",
  "centres.form",
  "cohorts.activate",
  "cohorts.bulk",
  "cohorts.copy",
  "cohorts.form",
  "cohorts.header",
  "cohorts.switcher",
  "common",
  "contacts.compliance",
  "contacts.form",
  "contacts.status",
  "contacts.topic",
  "dataRights",
  "errors.error",
  "errors.forbidden",
  "errors.noRole",
  "errors.notFound",
  "firstRun.form",
  "invite.form",
  "mailTemplates.archive",
  "mailTemplates.form",
  "mailTemplates.send",
  "meetings.attendance",
  "meetings.cancel",
  "meetings.done",
  "meetings.feed",
  "meetings.list",
  "meetings.open",
  "meetings.slot",
  "outcomes",
  "pairing",
  "recognition",
  "referrals.category",
  "referrals.form",
  "referrals.forwardHow",
  "referrals.guidance",
  "referrals.history",
  "referrals.status",
  "referrals.steps",
  "referrals.urgency",
  "roster.csv",
  "roster.page.person.edit",
  "roster.revoke",
  "sessions",
  "settings.contact",
  "settings.language",
  "shell",
  "staff.add",
  "staff.role",
  "staff.row",
  "surveys",
  "ui",
];

/** The messages client components may need: the CLIENT_PREFIXES subtrees, nothing else. */
export function clientMessages(messages: Messages, prefixes: readonly string[] = CLIENT_PREFIXES): Messages {
  const out: Messages = {};
  for (const prefix of prefixes) {
    const parts = prefix.split(".");
    if (SERVER_ONLY_NAMESPACES.includes(parts[0]!)) continue;
    let from: string | Messages | undefined = messages;
    for (const k of parts) from = typeof from === "object" ? from[k] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const k of parts.slice(0, -1)) {
      const next = to[k];
      to = (to[k] = typeof next === "object" ? next : {}) as Messages;
    }
    to[parts.at(-1)!] = from;
  }
  return out;
}
