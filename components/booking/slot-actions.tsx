"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { cancelSlotAction, markAttendanceAction } from "@/lib/booking/actions";

/** Cancel an open time, with a message the booked mentees receive; asks first. */
export function CancelSlotForm({ slotId, booked }: { slotId: string; booked: number }) {
  const t = useTranslations("meetings.slot");
  const { state, action, pending, attach, attachStatus, value, errors, orphanErrors } = useActionForm(cancelSlotAction);
  const [open, setOpen] = useState(false);
  if (state?.ok) return <FormStatus state={state} label={t("status")} ref={attachStatus} />;
  if (!open) {
    return (
      <Button type="button" variant="ghost" className="text-red-700" onClick={() => setOpen(true)}>
        {t("cancel")}
      </Button>
    );
  }
  return (
    <form
      ref={attach}
      action={action}
      className="space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-3"
      aria-label={t("cancel")}
    >
      <input type="hidden" name="slotId" value={slotId} />
      <TextAreaField
        id={`message-${slotId}`}
        name="message"
        label={booked > 0 ? t("messageBooked", { count: booked }) : t("messageKept")}
        rows={2}
        maxLength={500}
        defaultValue={value("message", "")}
        errors={errors.message}
      />
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={pending} pendingLabel={t("cancelling")}>
          {booked > 0 ? t("confirmTell") : t("confirm")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {t("keep")}
        </Button>
      </div>
    </form>
  );
}

/** After the meeting: attended (counts as a face-to-face contact) or did not come. */
export function MarkAttendanceForm({ bookingId, menteeName }: { bookingId: string; menteeName: string }) {
  const ta = useTranslations("meetings.attendance");
  const { state, action, pending, attachStatus } = useActionForm(markAttendanceAction);
  if (state?.ok) return <FormStatus state={state} label={ta("label", { name: menteeName })} ref={attachStatus} />;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label={ta("label", { name: menteeName })}>
      <FormStatus state={state} label={ta("status", { name: menteeName })} ref={attachStatus} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <Button type="submit" name="mark" value="ATTENDED" variant="secondary" pending={pending}>
        {ta("attended")}
      </Button>
      <Button type="submit" name="mark" value="NO_SHOW" variant="ghost" pending={pending}>
        {ta("noShow")}
      </Button>
    </form>
  );
}
