"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { cx } from "@/components/ui/cx";
import { bookSlotAction, rescheduleBookingAction } from "@/lib/booking/actions";

export interface BookableSlot {
  id: string;
  day: string; // "Tuesday 24 November"
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

/**
 * Booking in two taps: tap a time (it expands), tap "Confirm booking". With `rescheduleId`
 * the confirmation moves that booking instead (cancel + book in one transaction).
 */
export function BookSlotList({
  slots,
  noticeLabel,
  rescheduleId,
}: {
  slots: BookableSlot[];
  noticeLabel: string;
  rescheduleId?: string;
}) {
  const [selected, setSelected] = useState<string | null>(null);
  const [bookState, bookAction, bookPending] = useActionState(bookSlotAction, null);
  const [moveState, moveAction, movePending] = useActionState(rescheduleBookingAction, null);
  const state = rescheduleId ? moveState : bookState;
  const pending = rescheduleId ? movePending : bookPending;
  const failed = state && !state.ok ? state : null;
  const nextSlotId = failed?.fieldErrors?.nextSlotId?.[0];
  const nextSlot = nextSlotId ? slots.find((s) => s.id === nextSlotId) : undefined;

  const days = [...new Set(slots.map((s) => s.day))];
  return (
    <div className="space-y-6">
      <FormStatus state={state} label="Booking status" />
      {state?.ok ? (
        <p className="text-sm">
          <Link href="/mentee/meetings" className="text-brand-700 font-medium underline underline-offset-2">
            See your meetings
          </Link>
        </p>
      ) : null}
      {nextSlot && !nextSlot.bookedByMe ? (
        <Button type="button" variant="secondary" onClick={() => setSelected(nextSlot.id)}>
          Choose {nextSlot.when} instead
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
                      className="flex min-h-11 w-full flex-wrap items-center justify-between gap-2 rounded-xl p-4 text-left disabled:cursor-not-allowed disabled:opacity-70"
                      aria-expanded={open}
                      aria-controls={`confirm-${s.id}`}
                      disabled={disabled}
                      onClick={() => setSelected(open ? null : s.id)}
                    >
                      <span>
                        <span className="block text-base font-semibold text-stone-900">{s.time}</span>
                        <span className="block text-sm text-stone-600">
                          {s.kind === "GROUP" ? "Group meeting" : "One-to-one"} with {s.mentorName} · {s.place}
                        </span>
                      </span>
                      <span className="flex flex-wrap gap-1">
                        {s.phase ? (
                          <Badge tone={s.phase === "CLINICAL" ? "clinical" : "preclinical"}>
                            {s.phase === "CLINICAL" ? "Clinical" : "Preclinical"}
                          </Badge>
                        ) : null}
                        {s.bookedByMe ? (
                          <Badge tone="success">Booked by you</Badge>
                        ) : full ? (
                          <Badge tone="neutral">Full</Badge>
                        ) : s.clashes ? (
                          <Badge tone="warning">Clashes with your booking</Badge>
                        ) : s.kind === "GROUP" ? (
                          <Badge tone="brand">
                            {s.seatsLeft} of {s.capacity} seats free
                          </Badge>
                        ) : (
                          <Badge tone="brand">Free</Badge>
                        )}
                      </span>
                    </button>
                    {open ? (
                      <form
                        id={`confirm-${s.id}`}
                        action={rescheduleId ? moveAction : bookAction}
                        className="space-y-3 border-t border-stone-100 p-4"
                      >
                        <input type="hidden" name="slotId" value={s.id} />
                        {rescheduleId ? <input type="hidden" name="bookingId" value={rescheduleId} /> : null}
                        <p className="text-sm text-stone-700">
                          {rescheduleId ? "Move your meeting to" : "Book"} <strong>{s.when}</strong> with {s.mentorName}{" "}
                          at {s.place}?
                        </p>
                        {s.insideNotice ? (
                          <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
                            This meeting starts soon: once booked, you cannot cancel or move it yourself ({noticeLabel}
                            ).
                          </p>
                        ) : null}
                        <div className="flex flex-wrap gap-2">
                          <Button type="submit" pending={pending} pendingLabel={rescheduleId ? "Moving…" : "Booking…"}>
                            {rescheduleId ? "Confirm new time" : "Confirm booking"}
                          </Button>
                          <Button type="button" variant="ghost" onClick={() => setSelected(null)}>
                            Not this one
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
