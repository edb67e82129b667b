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
    const el = ref.current;
    if (!el) return;
    const go = () => {
      el.scrollIntoView({ block: "center" });
      el.focus({ preventScroll: true });
    };
    go();
    // The navigation that brought the person here settles after this mount (the form they used
    // unmounts, the router restores its focus and scroll): until they do something themselves, or
    // for two seconds, the confirmation takes the focus back whenever it is moved away.
    let acted = false;
    const act = () => (acted = true);
    const back = () => {
      if (!acted && document.activeElement !== el) go();
    };
    const onFocus = () => requestAnimationFrame(back);
    document.addEventListener("pointerdown", act, true);
    document.addEventListener("keydown", act, true);
    document.addEventListener("focusin", onFocus);
    document.addEventListener("focusout", onFocus);
    const timers = [100, 300, 700, 1200].map((ms) => setTimeout(back, ms));
    const stop = setTimeout(() => {
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("focusout", onFocus);
    }, 2000);
    return () => {
      timers.forEach(clearTimeout);
      clearTimeout(stop);
      document.removeEventListener("pointerdown", act, true);
      document.removeEventListener("keydown", act, true);
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("focusout", onFocus);
    };
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
