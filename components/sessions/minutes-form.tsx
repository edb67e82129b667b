"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { writeMinutesAction } from "@/lib/sessions/actions";

/**
 * The minutes of an inter-mentor session, written about "a mentee". Naming one of one's own
 * group is a separate, explicit choice (visible to that pair and the supervisor only).
 */
export function MinutesForm({
  sessionId,
  minutes,
  mentees,
  namedNote,
}: {
  sessionId: string;
  minutes: string;
  mentees: { id: string; name: string }[];
  namedNote: string;
}) {
  const t = useTranslations("sessions.minutes");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(writeMinutesAction);
  return (
    <form ref={attach} action={action} aria-label={t("formLabel")} noValidate className="space-y-4">
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextAreaField
        id="minutes"
        label={t("field")}
        hint={t("hint")}
        rows={8}
        defaultValue={value("minutes", minutes)}
        errors={errors.minutes}
      />
      {mentees.length > 0 ? (
        <>
          <SelectField
            id="namedMenteeId"
            label={t("nameField")}
            hint={t("nameHint")}
            optional
            defaultValue={value("namedMenteeId", "")}
            errors={errors.namedMenteeId}
          >
            <option value="">{t("nobody")}</option>
            {mentees.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            id="namedNote"
            label={t("namedNoteField")}
            optional
            rows={3}
            defaultValue={value("namedNote", namedNote)}
            errors={errors.namedNote}
          />
        </>
      ) : null}
      <Button type="submit" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
