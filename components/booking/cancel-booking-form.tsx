"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { cancelBookingAction } from "@/lib/booking/actions";

/**
 * Cancel a meeting, with a confirmation step. Staff (mentor, coordinator) inside the notice
 * window must give a reason: the override is recorded with who and why. With `doneHref`, a
 * success goes there with `?cancelled=<id>` (the meeting leaves the list this form is in, so the
 * confirmation is shown by the page: components/booking/booking-done.tsx).
 */
export function CancelBookingForm({
  bookingId,
  label,
  needsOverride = false,
  doneHref,
}: {
  bookingId: string;
  label: string;
  needsOverride?: boolean;
  doneHref?: string;
}) {
  const t = useTranslations("meetings.cancel");
  const router = useRouter();
  // The navigation starts from the action itself: the answer re-renders the list without this
  // meeting, so this form is gone before an effect could run.
  const { state, action, pending, attach, attachStatus, value, errors, orphanErrors } = useActionForm(
    async (prev: Awaited<ReturnType<typeof cancelBookingAction>> | null, fd: FormData) => {
      const answer = await cancelBookingAction(prev, fd);
      if (answer.ok && doneHref) {
        router.push(`${doneHref}${doneHref.includes("?") ? "&" : "?"}cancelled=${encodeURIComponent(bookingId)}`);
      }
      return answer;
    },
  );
  const [open, setOpen] = useState(false);
  const done = !!state?.ok;

  if (done) return <FormStatus state={state} label={t("status")} ref={attachStatus} />;
  if (!open) {
    return (
      <div className="space-y-2">
        <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors} />
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
      ref={attach}
      action={action}
      className="space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-3"
      aria-label={t("form")}
    >
      <input type="hidden" name="bookingId" value={bookingId} />
      <TextAreaField
        id={reasonId}
        name="reason"
        label={t("reason")}
        optional
        rows={2}
        maxLength={500}
        defaultValue={value("reason", "")}
        hint={t("reasonHint")}
        errors={errors.reason}
      />
      {needsOverride ? (
        <TextAreaField
          id={overrideId}
          name="overrideReason"
          label={t("override")}
          rows={2}
          maxLength={500}
          defaultValue={value("overrideReason", "")}
          hint={t("overrideHint")}
          errors={errors.overrideReason}
        />
      ) : null}
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={pending} pendingLabel={t("cancelling")}>
          {t("yes")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {t("keep")}
        </Button>
      </div>
    </form>
  );
}
