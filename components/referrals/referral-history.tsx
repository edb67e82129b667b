import { useTranslations } from "next-intl";
import type { LABEL } from "@/lib/format";

type Status = keyof typeof LABEL.referralStatus;

export interface HistoryEvent {
  id: string;
  from: Status | null;
  to: Status;
  message: string | null;
  at: Date;
  /** the time as the reader reads it, formatted by the page (lib/i18n/format.ts) */
  when?: string;
  by: string;
}

/** The referral's history, oldest first. Only rendered for viewers allowed the content. */
export function ReferralHistory({ events }: { events: (HistoryEvent & { when: string })[] }) {
  const t = useTranslations("referrals.history");
  const ts = useTranslations("referrals.status");
  return (
    <ol aria-label={t("label")} className="space-y-4 border-s-2 border-stone-200 ps-4">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden className="bg-brand-600 absolute -start-[1.3rem] top-1.5 size-2.5 rounded-full" />
          <p className="text-sm text-stone-900">
            <span className="font-medium">{e.from ? ts(e.to) : t("referred")}</span> · <bdi>{e.by}</bdi>
          </p>
          <p className="text-xs text-stone-600">{e.when}</p>
          {e.message ? (
            <p className="mt-1 rounded-lg bg-stone-50 p-2 text-sm whitespace-pre-line text-stone-800" dir="auto">
              {e.message}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
