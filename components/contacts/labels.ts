import { LABEL } from "@/lib/format";
import { TOPIC_LABEL, type ContactTopicValue } from "@/lib/contacts/schemas";

export function channelLabel(channel: string, outcome?: string) {
  const base = LABEL.channel[channel as keyof typeof LABEL.channel] ?? channel;
  return outcome === "NO_ANSWER" ? `${base} (no answer)` : base;
}

export function topicsLabel(topics: readonly string[]) {
  return topics.map((t) => TOPIC_LABEL[t as ContactTopicValue] ?? t).join(", ");
}

/** "28 Nov" from a local day "2026-11-28". */
export function shortDay(day: string) {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
