"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { cx } from "@/components/ui/cx";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionState } from "@/lib/action-state";
import { bookSlotAction, rescheduleBookingAction } from "@/lib/booking/actions";

export interface BookableSlot {
  id: string;
  day: string; // "Tuesday 24 November", in the reader's language
  time: string; // "12:30–13:15"
  when: string; // "Tue 24 Nov, 12:30"
  place: string;
  kind: "INDIVIDUAL" | "GROUP";
  mentorName: string;
  phase: "CLINICAL" | "PRECLINICAL" | null;
  seatsLeft: number;
  capacity: number;
  bookedByMe: boolean;
  clashes: boolean;
  insideNotice: boolean;
}

type Answer = ActionState<{ bookingId: string }>;

/** One action for the list: a form with the booking being moved moves it, else it books. */
async function bookOrMove(prev: Answer | null, fd: FormData): Promise<Answer> {
  return fd.get("bookingId")
    ? ((await rescheduleBookingAction(null, fd)) as Answer)
    : ((await bookSlotAction(null, fd)) as Answer);
}

/**
 * Booking in two taps: tap a time (it expands), tap "Confirm booking". With `rescheduleId`
 * the confirmation moves that booking instead (cancel + book in one transaction) and the person
 * lands on their meetings with the confirmation and the updated calendar file.
 */
export function BookSlotList({
  slots,
  notice,
  rescheduleId,
}: {
  slots: BookableSlot[];
  /** "24 hours": how long before a meeting it can still be changed */
  notice: string;
  rescheduleId?: string;
}) {
  const t = useTranslations("meetings.list");
  const router = useRouter();
  const [selected, setSelected] = useState<string | null>(null);
  const { state, action, pending, attachStatus, orphanErrors } = useActionForm(bookOrMove);
  const failed = state && !state.ok ? state : null;
  const nextSlotId = failed?.offer?.slotId;
  const nextSlot = nextSlotId ? slots.find((s) => s.id === nextSlotId) : undefined;
  // the booking being moved, as the page first gave it: once moved, the page re-renders without it
  const [movingId] = useState(rescheduleId);
  const movedTo = movingId && state?.ok ? state.data.bookingId : null;

  useEffect(() => {
    if (movedTo) router.push(`/mentee/meetings?moved=${encodeURIComponent(movedTo)}`);
  }, [movedTo, router]);

  const days = [...new Set(slots.map((s) => s.day))];
  return (
    <div className="space-y-6">
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors}>
        <p>
          <Link href="/mentee/meetings" className="text-brand-700 font-medium underline underline-offset-2">
            {t("seeMeetings")}
          </Link>
        </p>
      </FormStatus>
      {nextSlot && !nextSlot.bookedByMe ? (
        <Button type="button" variant="secondary" onClick={() => setSelected(nextSlot.id)}>
          {t("chooseInstead", { when: nextSlot.when })}
        </Button>
      ) : null}
      {days.map((day) => (
        <section key={day} aria-label={day}>
          <h2 className="mb-2 text-sm font-semibold tracking-wide text-stone-600 uppercase">{day}</h2>
          <ul className="space-y-2">
            {slots
              .filter((s) => s.day === day)
              .map((s) => {
                const open = selected === s.id;
                const full = s.seatsLeft === 0 && !s.bookedByMe;
                const disabled = full || s.bookedByMe || (s.clashes && !rescheduleId);
                const b = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
                return (
                  <li
                    key={s.id}
                    className={cx(
                      "rounded-xl border bg-white shadow-xs",
                      open ? "border-brand-600 ring-brand-600/20 ring-2" : "border-stone-200",
                    )}
                  >
                    <button
                      type="button"
                      className="flex min-h-11 w-full flex-wrap items-center justify-between gap-2 rounded-xl p-4 text-start disabled:cursor-not-allowed disabled:opacity-70"
                      aria-expanded={open}
                      aria-controls={`confirm-${s.id}`}
                      disabled={disabled}
                      onClick={() => setSelected(open ? null : s.id)}
                    >
                      <span>
                        <span className="block text-base font-semibold text-stone-900">{s.time}</span>
                        <span className="block text-sm text-stone-600">
                          {t("with", { kind: s.kind, name: s.mentorName, place: s.place })}
                        </span>
                      </span>
                      <span className="flex flex-wrap gap-1">
                        {s.phase ? (
                          <Badge tone={s.phase === "CLINICAL" ? "clinical" : "preclinical"}>
                            {t("phase", { phase: s.phase })}
                          </Badge>
                        ) : null}
                        {s.bookedByMe ? (
                          <Badge tone="success">{t("bookedByYou")}</Badge>
                        ) : full ? (
                          <Badge tone="neutral">{t("full")}</Badge>
                        ) : s.clashes ? (
                          <Badge tone="warning">{t("clashes")}</Badge>
                        ) : s.kind === "GROUP" ? (
                          <Badge tone="brand">{t("seatsFree", { left: s.seatsLeft, capacity: s.capacity })}</Badge>
                        ) : (
                          <Badge tone="brand">{t("free")}</Badge>
                        )}
                      </span>
                    </button>
                    {open ? (
                      <form id={`confirm-${s.id}`} action={action} className="space-y-3 border-t border-stone-100 p-4">
                        <input type="hidden" name="slotId" value={s.id} />
                        {rescheduleId ? <input type="hidden" name="bookingId" value={rescheduleId} /> : null}
                        <p className="text-sm text-stone-700">
                          {rescheduleId
                            ? t.rich("moveTo", { when: s.when, name: s.mentorName, place: s.place, b })
                            : t.rich("book", { when: s.when, name: s.mentorName, place: s.place, b })}
                        </p>
                        {s.insideNotice ? (
                          <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">{t("soon", { notice })}</p>
                        ) : null}
                        <div className="flex flex-wrap gap-2">
                          <Button
                            type="submit"
                            pending={pending || !!movedTo}
                            pendingLabel={rescheduleId ? t("moving") : t("booking")}
                          >
                            {rescheduleId ? t("confirmMove") : t("confirmBook")}
                          </Button>
                          <Button type="button" variant="ghost" onClick={() => setSelected(null)}>
                            {t("notThis")}
                          </Button>
                        </div>
                      </form>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
