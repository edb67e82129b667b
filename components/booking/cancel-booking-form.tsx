"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { cancelBookingAction } from "@/lib/booking/actions";

/**
 * Cancel a meeting, with a confirmation step. Staff (mentor, coordinator) inside the notice
 * window must give a reason: the override is recorded with who and why.
 */
export function CancelBookingForm({
  bookingId,
  label,
  needsOverride = false,
}: {
  bookingId: string;
  label: string;
  needsOverride?: boolean;
}) {
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
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-3"
      aria-label="Cancel meeting"
    >
      <FormStatus state={state} label="Cancel status" />
      <input type="hidden" name="bookingId" value={bookingId} />
      <TextAreaField
        id={reasonId}
        name="reason"
        label="Reason"
        optional
        rows={2}
        maxLength={500}
        defaultValue={text("reason")}
        hint="Shared with the group's mentors."
        errors={failed?.fieldErrors?.reason}
      />
      {needsOverride ? (
        <TextAreaField
          id={overrideId}
          name="overrideReason"
          label="Why cancel inside the notice period?"
          rows={2}
          maxLength={500}
          defaultValue={text("overrideReason")}
          hint="Recorded with your name; the coordinators can see it."
          errors={failed?.fieldErrors?.overrideReason}
        />
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
