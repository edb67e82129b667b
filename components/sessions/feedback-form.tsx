"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { leaveFeedbackAction } from "@/lib/sessions/actions";

/** Rate a session (1-5) and optionally comment, once, after it ends. Shown to the speaker without names. */
export function FeedbackForm({ sessionId, title }: { sessionId: string; title: string }) {
  const t = useTranslations("sessions.feedback");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(leaveFeedbackAction);
  const id = (f: string) => `${f}-${sessionId}`;
  return (
    <form ref={attach} action={action} aria-label={t("formLabel", { title })} noValidate className="space-y-3">
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <SelectField
        id={id("rating")}
        name="rating"
        label={t("rating")}
        defaultValue={value("rating", "")}
        errors={errors.rating}
      >
        <option value="">{t("choose")}</option>
        {[5, 4, 3, 2, 1].map((n) => (
          <option key={n} value={n}>
            {t(`stars.${n}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={id("comment")}
        name="comment"
        label={t("comment")}
        hint={t("commentHint")}
        optional
        rows={3}
        defaultValue={value("comment", "")}
        errors={errors.comment}
      />
      <Button type="submit" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
