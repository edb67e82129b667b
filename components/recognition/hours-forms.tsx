"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { adjustHoursAction, approveHoursAction } from "@/lib/recognition/actions";

/** The coordinator's correction of one mentor's hours (minutes and a reason). */
export function AdjustHoursForm({ mentors }: { mentors: { id: string; name: string }[] }) {
  const t = useTranslations("recognition");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(adjustHoursAction);
  return (
    <form ref={attach} action={action} noValidate aria-label={t("adjust.title")} className="space-y-4">
      <FormStatus state={state} ref={attachStatus} />
      <SelectField
        id="membershipId"
        name="membershipId"
        label={t("adjust.mentor")}
        defaultValue={value("membershipId", "")}
        errors={errors.membershipId}
      >
        {mentors.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id="minutes"
        name="minutes"
        type="number"
        inputMode="numeric"
        label={t("adjust.minutes")}
        defaultValue={value("minutes", "")}
        errors={errors.minutes}
      />
      <TextAreaField
        id="reason"
        name="reason"
        label={t("adjust.reason")}
        hint={t("adjust.reasonHint")}
        defaultValue={value("reason", "")}
        errors={errors.reason}
        rows={2}
      />
      <Button type="submit" pending={pending}>
        {t("adjust.submit")}
      </Button>
    </form>
  );
}

/** Approve one mentor's hours (freezes them, issues the certificate). */
export function ApproveHoursButton({ membershipId, name }: { membershipId: string; name: string }) {
  const t = useTranslations("recognition");
  const { state, action, pending, attach, attachStatus } = useActionForm(approveHoursAction);
  return (
    <form ref={attach} action={action} noValidate aria-label={t("approveFor", { name })} className="space-y-2">
      <FormStatus state={state} ref={attachStatus} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <Button type="submit" variant="secondary" pending={pending} aria-label={t("approveFor", { name })}>
        {t("approve")}
      </Button>
    </form>
  );
}
