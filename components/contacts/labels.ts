/**
 * Contact words from the catalog (messages/<locale>/contacts.json, common.json), for pages that
 * hold translators: `tc` bound to "common.channel", `tt` to "contacts.topic", `th` to "contacts.home".
 * i18n-keys: contacts.home.noAnswer contacts.topic.*
 */
type T = (key: string, values?: Record<string, string | number>) => string;

export function channelLabel(tc: T, th: T, channel: string, outcome?: string) {
  const base = tc(channel);
  return outcome === "NO_ANSWER" ? th("noAnswer", { channel: base }) : base;
}

export function topicsLabel(tt: T, list: (items: string[]) => string, topics: readonly string[]) {
  return list(topics.map((t) => tt(t)));
}

/** "28 Nov" from a local day "2026-11-28" (English; the compliance views until they are converted). */
export function shortDay(day: string) {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
