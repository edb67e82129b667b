"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { cancelSlotAction, markAttendanceAction } from "@/lib/booking/actions";

/** Cancel an open time, with a message the booked mentees receive; asks first. */
export function CancelSlotForm({ slotId, booked }: { slotId: string; booked: number }) {
  const [state, action, pending] = useActionState(cancelSlotAction, null);
  const [open, setOpen] = useState(false);
  const failed = state && !state.ok ? state : null;
  if (state?.ok) return <FormStatus state={state} label="Cancel time status" />;
  if (!open) {
    return (
      <Button type="button" variant="ghost" className="text-red-700" onClick={() => setOpen(true)}>
        Cancel this time
      </Button>
    );
  }
  const id = `message-${slotId}`;
  const errors = failed?.fieldErrors?.message;
  const typed = failed?.values?.message;
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-3"
      aria-label="Cancel this time"
    >
      <FormStatus state={state} label="Cancel time status" />
      <input type="hidden" name="slotId" value={slotId} />
      <TextAreaField
        id={id}
        name="message"
        label={
          booked > 0
            ? `Message to the ${booked} booked mentee${booked === 1 ? "" : "s"}`
            : "Message (kept with the time)"
        }
        rows={2}
        maxLength={500}
        defaultValue={typeof typed === "string" ? typed : ""}
        errors={errors}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={pending} pendingLabel="Cancelling…">
          Cancel the time{booked > 0 ? " and tell them" : ""}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Keep it
        </Button>
      </div>
    </form>
  );
}

/** After the meeting: attended (counts as a face-to-face contact) or did not come. */
export function MarkAttendanceForm({ bookingId, menteeName }: { bookingId: string; menteeName: string }) {
  const [state, action, pending] = useActionState(markAttendanceAction, null);
  if (state?.ok) return <FormStatus state={state} label={`Attendance of ${menteeName}`} />;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label={`Attendance of ${menteeName}`}>
      <FormStatus state={state} label={`Attendance status of ${menteeName}`} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <Button type="submit" name="mark" value="ATTENDED" variant="secondary" pending={pending}>
        Attended
      </Button>
      <Button type="submit" name="mark" value="NO_SHOW" variant="ghost" pending={pending}>
        Did not come
      </Button>
    </form>
  );
}
