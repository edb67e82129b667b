import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { formatDateTime, formatDay } from "@/lib/format";
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
export function ContactHistory({
  contacts,
  timeZone,
  label = "Contact history",
}: {
  contacts: HistoryItem[];
  timeZone: string;
  label?: string;
}) {
  if (contacts.length === 0) return <EmptyState title="No contacts yet" />;
  return (
    <ol className="divide-y divide-stone-100" aria-label={label}>
      {contacts.map((c) => (
        <li key={c.id} className="space-y-1 py-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-stone-900">{channelLabel(c.channel, c.outcome)}</span>
            {c.group ? <Badge>Whole group</Badge> : null}
            <span className="text-stone-600">
              with {c.mentor.user.name}
              {c.mentor.phase ? ` (${c.mentor.phase === "CLINICAL" ? "clinical" : "preclinical"} mentor)` : ""}
            </span>
          </div>
          <p className="text-stone-600">
            {formatDateTime(c.occurredAt, timeZone)}
            {c.minutes ? ` · ${c.minutes} min` : ""}
            {c.topics.length ? ` · ${topicsLabel(c.topics)}` : ""}
            {c.followUpOn ? ` · follow up by ${formatDay(c.followUpOn)}` : ""}
          </p>
          {c.note ? (
            <p className="rounded-lg bg-amber-50 px-3 py-2 text-stone-800">
              <span className="font-medium">Private note: </span>
              {c.note}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
