"use client";
import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { rescheduleSurveyAction } from "@/lib/surveys/actions";

/**
 * New dates for a survey (decision 095). An open survey shows its opening day without a field (it
 * keeps it: people have answered) and may close later or sooner; a draft or scheduled one may
 * move both. The server's rule decides (rescheduleProblem); its message lands next to the field.
 */
export function RescheduleSurveyForm({
  surveyId,
  open,
  opensOn,
  opensLabel,
  closesOn,
}: {
  surveyId: string;
  open: boolean;
  opensOn: string;
  /** the opening day as the reader writes dates (shown for an open survey) */
  opensLabel: string;
  closesOn: string;
}) {
  const t = useTranslations("surveys.reschedule");
  const { state, action, pending, attach, attachStatus, value, errors, orphanErrors } =
    useActionForm(rescheduleSurveyAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label={t("formLabel")} noValidate>
      <input type="hidden" name="surveyId" value={surveyId} />
      <div className="grid gap-4 sm:grid-cols-2">
        {open ? (
          <p className="text-sm text-stone-700">
            <span className="block font-medium text-stone-800">{t("opensOn")}</span>
            {opensLabel}
            <span className="block text-stone-600">{t("openKeeps")}</span>
          </p>
        ) : (
          <DateField
            id="reschedule-opensOn"
            name="opensOn"
            label={t("opensOn")}
            defaultValue={value("opensOn", opensOn)}
            errors={errors.opensOn}
          />
        )}
        <DateField
          id="reschedule-closesOn"
          name="closesOn"
          label={t("closesOn")}
          hint={t("closesHint")}
          defaultValue={value("closesOn", closesOn)}
          errors={errors.closesOn}
        />
      </div>
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors} />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
