"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * The confirmation after a move or a cancel, on the page the person lands on: announced (a live
 * status), scrolled into view and focused on arrival; it stays until dismissed, with the meeting's
 * calendar file (the updated event after a move, the cancellation after a cancel).
 */
export function BookingDone({
  message,
  calendarHint,
  icsHref,
  icsLabel,
}: {
  message: string;
  calendarHint: string;
  icsHref: string;
  icsLabel: string;
}) {
  const t = useTranslations("meetings.done");
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(true);
  useEffect(() => {
    const go = () => {
      ref.current?.scrollIntoView({ block: "center" });
      ref.current?.focus({ preventScroll: true });
    };
    go();
    // again once the navigation that brought the person here has settled (it may move the focus)
    const later = setTimeout(go, 300);
    return () => clearTimeout(later);
  }, []);
  if (!open) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-label={t("label")}
      className="border-brand-200 bg-brand-50 text-brand-800 mb-6 space-y-3 rounded-lg border px-4 py-3 text-sm focus:outline-none"
    >
      <p className="text-base font-semibold">{message}</p>
      <p>{calendarHint}</p>
      <div className="flex flex-wrap gap-2">
        <a href={icsHref} download className={buttonClass("primary")}>
          {icsLabel}
        </a>
        <button type="button" className={buttonClass("ghost")} onClick={() => setOpen(false)}>
          {t("dismiss")}
        </button>
      </div>
    </div>
  );
}
