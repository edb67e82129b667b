import { formatDateTime, LABEL } from "@/lib/format";

type Status = keyof typeof LABEL.referralStatus;

export interface HistoryEvent {
  id: string;
  from: Status | null;
  to: Status;
  message: string | null;
  at: Date;
  by: string;
}

/** The referral's history, oldest first. Only rendered for viewers allowed the content. */
export function ReferralHistory({ events, timeZone }: { events: HistoryEvent[]; timeZone: string }) {
  return (
    <ol aria-label="History" className="space-y-4 border-l-2 border-stone-200 pl-4">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden className="bg-brand-600 absolute top-1.5 -left-[1.3rem] size-2.5 rounded-full" />
          <p className="text-sm text-stone-900">
            <span className="font-medium">{e.from ? LABEL.referralStatus[e.to] : "Referred"}</span> · {e.by}
          </p>
          <p className="text-xs text-stone-600">{formatDateTime(e.at, timeZone)}</p>
          {e.message ? (
            <p className="mt-1 rounded-lg bg-stone-50 p-2 text-sm whitespace-pre-line text-stone-800">{e.message}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
