"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { decideErasureAction, requestErasureAction, setRetentionAction } from "@/lib/data-rights/actions";

export function RetentionForm({ years }: { years: number | null }) {
  const t = useTranslations("dataRights");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(setRetentionAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label={t("retention.formLabel")} noValidate>
      <FormStatus state={state} label={t("retention.status")} ref={attachStatus} />
      <TextField
        id="years"
        label={t("retention.years")}
        inputMode="numeric"
        optional
        defaultValue={value("years", years === null ? "" : String(years))}
        hint={t("retention.yearsHint")}
        errors={errors.years}
      />
      <Button type="submit" pending={pending} pendingLabel={t("retention.pending")}>
        {t("retention.submit")}
      </Button>
    </form>
  );
}

export function RequestErasureForm({ people }: { people: { id: string; label: string }[] }) {
  const t = useTranslations("dataRights");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(requestErasureAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label={t("request.formLabel")} noValidate>
      <FormStatus state={state} label={t("request.status")} ref={attachStatus} />
      <SelectField
        id="membershipId"
        label={t("request.person")}
        defaultValue={value("membershipId", "")}
        errors={errors.membershipId}
      >
        <option value="">{t("request.choosePerson")}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </SelectField>
      <SelectField id="kind" label={t("request.kind")} defaultValue={value("kind", "ANONYMISE")} errors={errors.kind}>
        <option value="ANONYMISE">{t("request.anonymise")}</option>
        <option value="DELETE">{t("request.delete")}</option>
      </SelectField>
      <TextField id="reason" label={t("request.reason")} defaultValue={value("reason", "")} errors={errors.reason} />
      <Button type="submit" variant="danger" pending={pending} pendingLabel={t("request.pending")}>
        {t("request.submit")}
      </Button>
    </form>
  );
}

export function DecideErasureButtons({ requestId }: { requestId: string }) {
  const t = useTranslations("dataRights");
  const { state, action, pending, attach, attachStatus } = useActionForm(decideErasureAction);
  return (
    <form ref={attach} action={action} className="flex flex-wrap items-center gap-2" aria-label={t("decide.formLabel")}>
      <input type="hidden" name="requestId" value={requestId} />
      <Button type="submit" name="decision" value="confirm" variant="danger" disabled={pending}>
        {t("decide.confirm")}
      </Button>
      <Button type="submit" name="decision" value="decline" variant="secondary" disabled={pending}>
        {t("decide.decline")}
      </Button>
      <FormStatus state={state} label={t("decide.status")} ref={attachStatus} />
    </form>
  );
}
