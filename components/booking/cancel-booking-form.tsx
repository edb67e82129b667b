"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { cancelBookingAction } from "@/lib/booking/actions";

/**
 * Cancel a meeting, with a confirmation step. Staff (mentor, coordinator) inside the notice
 * window must give a reason: the override is recorded with who and why.
 */
export function CancelBookingForm({ bookingId, label, needsOverride = false }: { bookingId: string; label: string; needsOverride?: boolean }) {
  const [state, action, pending] = useActionState(cancelBookingAction, null);
  const [open, setOpen] = useState(false);
  const failed = state && !state.ok ? state : null;
  const text = (name: string) => {
    const v = failed?.values?.[name];
    return typeof v === "string" ? v : "";
  };
  if (state?.ok) return <FormStatus state={state} label="Cancel status" />;
  if (!open) {
    return (
      <div className="space-y-2">
        <FormStatus state={state} label="Cancel status" />
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          {label}
        </Button>
      </div>
    );
  }
  const reasonId = `reason-${bookingId}`;
  const overrideId = `override-${bookingId}`;
  const overrideErrors = failed?.fieldErrors?.overrideReason;
  return (
    <form action={action} className="space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-3" aria-label="Cancel meeting">
      <FormStatus state={state} label="Cancel status" />
      <input type="hidden" name="bookingId" value={bookingId} />
      <div className="space-y-1.5">
        <label htmlFor={reasonId} className="block text-sm font-medium text-stone-800">
          Reason <span className="font-normal text-stone-500">(optional, shared with the group&apos;s mentors)</span>
        </label>
        <textarea id={reasonId} name="reason" rows={2} maxLength={500} defaultValue={text("reason")} className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base sm:text-sm" />
      </div>
      {needsOverride ? (
        <div className="space-y-1.5">
          <label htmlFor={overrideId} className="block text-sm font-medium text-stone-800">
            Why cancel inside the notice period?
          </label>
          <textarea
            id={overrideId}
            name="overrideReason"
            rows={2}
            maxLength={500}
            defaultValue={text("overrideReason")}
            aria-invalid={overrideErrors?.length ? true : undefined}
            aria-describedby={overrideErrors?.length ? `${overrideId}-error` : `${overrideId}-hint`}
            className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base sm:text-sm"
          />
          <p id={`${overrideId}-hint`} className="text-sm text-stone-600">
            Recorded with your name; the coordinators can see it.
          </p>
          {overrideErrors?.length ? (
            <p id={`${overrideId}-error`} className="text-sm font-medium text-red-700">
              {overrideErrors.join(" ")}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={pending} pendingLabel="Cancelling…">
          Yes, cancel the meeting
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Keep it
        </Button>
      </div>
    </form>
  );
}
