"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { copyFromCohortAction } from "@/lib/cohorts/actions";

/**
 * Copy the library templates and/or support centres of another cohort the coordinator runs into
 * the cohort the page shows, at any time (what is there already is kept).
 */
export function CopyFromCohortForm({
  cohortId,
  sources,
  what,
}: {
  cohortId: string;
  sources: { id: string; name: string }[];
  what: "templates" | "centres";
}) {
  const t = useTranslations("cohorts.copy");
  const { state, action, pending, attach, attachStatus, errors, value, orphanErrors } =
    useActionForm(copyFromCohortAction);
  return (
    <form ref={attach} action={action} aria-label={t(`label.${what}`)} noValidate className="space-y-3">
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name={what} value="on" />
      <SelectField
        id={`copy-${what}-from`}
        name="fromCohortId"
        label={t("from")}
        defaultValue={value("fromCohortId", sources[0]?.id ?? "")}
        errors={errors.fromCohortId}
      >
        {sources.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors} />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel={t("pending")}>
        {t(`submit.${what}`)}
      </Button>
    </form>
  );
}
