/**
 * Every email the app sends: its subject and body, per kind, in one place (to read, to review
 * for privacy, and to translate). Callers pass the facts; nothing here reads the database.
 *
 *   enqueueEmails(tx, people.map((p) => ({ userId, toEmail, ...email("booking.cancelled", {...}) })))
 *
 * Languages (docs/i18n.md, "Emails"): a kind in CATALOG has its text in
 * messages/<locale>/emails.json (the kind's dots are the key's path: "mentee.accepted" is
 * emails.mentee.accepted.subject / .body). `email()` renders it in English (or in `locale`), and
 * keeps the facts, so that enqueueEmails renders it again in each RECIPIENT's language (their
 * User.locale, else their cohort's default) and time zone. A Date among the facts is written
 * as date and time in that zone, in that language: pass instants, not formatted strings.
 * The kinds still in LEGACY below are English only until they are moved to the catalog.
 *
 * Privacy rule for every kind: never a referral reason, a contact note, a grade or a survey
 * answer; name the thing and link to the app.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/config";
import type { MsgValue } from "../i18n/msg";
import { translator } from "../i18n/translate";

/** The facts of a catalog kind, to render it again for its recipient (lib/outbox/enqueue.ts). */
export interface EmailI18n {
  kind: CatalogKind;
  values: Record<string, MsgValue>;
}

export interface EmailText {
  kind: EmailKind;
  subject: string;
  body: string;
  i18n?: EmailI18n;
}

type When = string | Date;

/** The catalog kinds, with their facts; a kind's values are its facts unless `VALUES` shapes them. */
interface CatalogParams {
  invitation: { name: string; cohortName: string; url: string; days: number };
  "password.reset": { name: string; url: string; minutes: number };
  "application.received": { name: string; role: "MENTOR" | "MENTEE"; cohortName: string };
  "mentee.accepted": { name: string; cohortName: string };
  "mentor.accepted": { name: string };
  "mentor.declined": { name: string };
  "pair.formed": { name: string; label: string };
  "pair.dissolved": { name: string; label: string };
  "group.placed": { name: string };
  "group.moved": { name: string; toLabel: string | null };
  "groups.published.mentor": { name: string; cohortName: string };
  "groups.published.mentee": { name: string; cohortName: string };
  "digest.contacts_overdue": { name: string; cohortName: string; today: string; lines: string[]; url: string };
  "template.send": { subject: string; body: string; inboxUrl: string };
  "booking.slot_cancelled": { name: string; when: When; place: string; message: string };
  "booking.cancelled": { name: string; when: When; place: string };
  "booking.booked_mentor": { name: string; menteeName: string; when: When; place: string };
  "booking.moved_mentor": { name: string; menteeName: string; from: When; when: When; place: string };
  /** the mentee's reason is written for the group's mentors (the cancel form says so): decision 121 */
  "booking.cancelled_mentor": { name: string; menteeName: string; when: When; place: string; reason: string | null };
  "reminder.contact_due": { name: string; menteeName: string; pairLabel: string; logUrl: string };
  "reminder.contact_overdue": { name: string; menteeName: string; pairLabel: string; days: number; logUrl: string };
  "reminder.meeting": { name: string; group: boolean; mentorName: string; when: When; place: string };
  "referral.urgent": { url: string };
  "session.promoted": { name: string; title: string; when: When; place: string; url: string };
  "session.changed": { name: string; title: string; when: When; place: string; url: string };
  "session.cancelled": { name: string; title: string; when: When };
  "reminder.session": { name: string; title: string; when: When; place: string };
  "referral.requestInfo": { url: string };
  "referral.answer": { url: string };
  "survey.reminder": { name: string; title: string; closes: When; url: string };
}
type CatalogKind = keyof CatalogParams;

/** Facts that are not ICU values as they are (lists, booleans, nulls). */
const VALUES: { [K in CatalogKind]?: (p: CatalogParams[K]) => Record<string, MsgValue> } = {
  "group.moved": (p) => ({ name: p.name, moved: p.toLabel ? "yes" : "no", toLabel: p.toLabel ?? "" }),
  "digest.contacts_overdue": (p) => ({ ...p, count: p.lines.length, lines: p.lines.join("\n") }),
  "reminder.meeting": (p) => ({ ...p, group: p.group ? "yes" : "no" }),
  "booking.cancelled_mentor": (p) => ({ ...p, hasReason: p.reason ? "yes" : "no", reason: p.reason ?? "" }),
};

const CATALOG: Record<CatalogKind, true> = {
  invitation: true,
  "password.reset": true,
  "application.received": true,
  "mentee.accepted": true,
  "mentor.accepted": true,
  "mentor.declined": true,
  "pair.formed": true,
  "pair.dissolved": true,
  "group.placed": true,
  "group.moved": true,
  "groups.published.mentor": true,
  "groups.published.mentee": true,
  "digest.contacts_overdue": true,
  "template.send": true,
  "booking.slot_cancelled": true,
  "booking.cancelled": true,
  "booking.booked_mentor": true,
  "booking.moved_mentor": true,
  "booking.cancelled_mentor": true,
  "reminder.contact_due": true,
  "reminder.contact_overdue": true,
  "reminder.meeting": true,
  "referral.urgent": true,
  "session.promoted": true,
  "session.changed": true,
  "session.cancelled": true,
  "reminder.session": true,
  "referral.requestInfo": true,
  "referral.answer": true,
  "survey.reminder": true,
};

// ------------------------------------------------------------ LEGACY: English only, to be moved
// To convert one: add its texts to messages/*/emails.json, its facts to CatalogParams and a line
// to CATALOG, pass instants instead of formatted dates, and delete it here.

const LEGACY = {} satisfies Record<string, (p: never) => { subject: string; body: string }>;

type LegacyKind = keyof typeof LEGACY;
export type EmailKind = CatalogKind | LegacyKind;
export type EmailParams<K extends EmailKind> = K extends CatalogKind
  ? CatalogParams[K]
  : K extends LegacyKind
    ? Parameters<(typeof LEGACY)[K]>[0]
    : never;

function isCatalogKind(kind: EmailKind): kind is CatalogKind {
  return kind in CATALOG;
}

/** A catalog kind's subject and body in one language and time zone. i18n-keys: emails.*.subject emails.*.body */
export function renderEmail(i18n: EmailI18n, locale: Locale, timeZone = "UTC"): { subject: string; body: string } {
  const tr = translator(locale, timeZone);
  return {
    subject: tr.t(`emails.${i18n.kind}.subject`, i18n.values),
    body: tr.t(`emails.${i18n.kind}.body`, i18n.values),
  };
}

/**
 * The subject and body of one email of `kind`, with its kind (the outbox records it): in
 * English unless `locale` says otherwise; enqueueEmails puts it in the recipient's language.
 */
export function email<K extends EmailKind>(
  kind: K,
  params: EmailParams<K>,
  locale: Locale = DEFAULT_LOCALE,
  timeZone = "UTC",
): EmailText {
  if (isCatalogKind(kind)) {
    const shape = VALUES[kind] as ((p: EmailParams<K>) => Record<string, MsgValue>) | undefined;
    const i18n: EmailI18n = { kind, values: shape ? shape(params) : (params as Record<string, MsgValue>) };
    return { kind, ...renderEmail(i18n, locale, timeZone), i18n };
  }
  const render = LEGACY[kind as LegacyKind] as (p: EmailParams<K>) => { subject: string; body: string };
  return { kind, ...render(params) };
}
