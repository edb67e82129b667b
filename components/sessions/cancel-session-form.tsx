"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { cancelSessionAction } from "@/lib/sessions/actions";

/** Cancel a session, after a second tap (everyone going or waiting is emailed). */
export function CancelSessionForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("sessions.cancel");
  const [confirming, setConfirming] = useState(false);
  const { state, action, pending, attach, attachStatus } = useActionForm(cancelSessionAction);
  return (
    <form ref={attach} action={action} aria-label={t("formLabel")} noValidate className="space-y-2">
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <input type="hidden" name="sessionId" value={sessionId} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-stone-700">{t("confirm")}</p>
          <Button type="submit" variant="danger" pending={pending} pendingLabel={t("pending")}>
            {t("submit")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            {t("keep")}
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          {t("start")}
        </Button>
      )}
    </form>
  );
}
