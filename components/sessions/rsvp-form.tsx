"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { rsvpAction } from "@/lib/sessions/actions";

/**
 * Going / not going in one tap. `my`: the person's RSVP now; `full`: no seat left (going joins the
 * waitlist). The server decides the place under the session's lock; the message says which.
 */
export function RsvpForm({
  sessionId,
  title,
  my,
  full,
}: {
  sessionId: string;
  title: string;
  my: string | null;
  full: boolean;
}) {
  const t = useTranslations("sessions.rsvp");
  const { state, action, pending, attach, attachStatus } = useActionForm(rsvpAction);
  const going = my === "REGISTERED" || my === "WAITLISTED";
  return (
    <form ref={attach} action={action} aria-label={t("formLabel", { title })} noValidate className="space-y-2">
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <div className="flex flex-wrap gap-2">
        {!going ? (
          <Button type="submit" name="going" value="yes" pending={pending} pendingLabel={t("pending")}>
            {full ? t("joinWaitlist") : t("going")}
          </Button>
        ) : null}
        {my !== "CANCELLED" ? (
          <Button type="submit" name="going" value="no" variant="secondary" disabled={pending}>
            {my === "WAITLISTED" ? t("leaveWaitlist") : going ? t("cancel") : t("notGoing")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
