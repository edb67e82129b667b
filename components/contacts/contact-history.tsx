import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { requestFormatter } from "@/lib/i18n/server";
import { channelLabel, topicsLabel } from "./labels";

export interface HistoryItem {
  id: string;
  channel: string;
  outcome: string;
  occurredAt: Date;
  minutes: number | null;
  topics: string[];
  followUpOn?: Date | null;
  group: boolean;
  note?: string | null;
  mentor: { phase: "CLINICAL" | "PRECLINICAL" | null; user: { name: string } };
}

/** A list of contacts; notes only when the query returned them (it decides who may read them). */
export async function ContactHistory({
  contacts,
  timeZone,
  label,
}: {
  contacts: HistoryItem[];
  timeZone: string;
  label?: string;
}) {
  const t = await getTranslations("contacts.history");
  const th = await getTranslations("contacts.home");
  const tc = await getTranslations("common.channel");
  const tt = await getTranslations("contacts.topic");
  const f = await requestFormatter(timeZone);
  if (contacts.length === 0) return <EmptyState title={t("empty")} />;
  return (
    <ol className="divide-y divide-stone-100" aria-label={label ?? t("label")}>
      {contacts.map((c) => (
        <li key={c.id} className="space-y-1 py-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-stone-900">{channelLabel(tc, th, c.channel, c.outcome)}</span>
            {c.group ? <Badge>{t("wholeGroup")}</Badge> : null}
            <span className="text-stone-600">
              {c.mentor.phase
                ? t("withPhase", { name: c.mentor.user.name, phase: c.mentor.phase })
                : t("with", { name: c.mentor.user.name })}
            </span>
          </div>
          <p className="text-stone-600">
            {f.dateTime(c.occurredAt)}
            {c.minutes ? ` · ${th("minutes", { minutes: c.minutes })}` : ""}
            {c.topics.length ? ` · ${topicsLabel(tt, f.list, c.topics)}` : ""}
            {c.followUpOn ? ` · ${t("followUp", { date: f.day(c.followUpOn) })}` : ""}
          </p>
          {c.note ? (
            <p className="rounded-lg bg-amber-50 px-3 py-2 text-stone-800">
              <span className="font-medium">{t("note")} </span>
              <bdi>{c.note}</bdi>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
