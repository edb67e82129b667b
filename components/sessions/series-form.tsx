"use client";
import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createSeriesAction } from "@/lib/sessions/actions";
import { SessionCommonFields } from "./session-fields";

/** The weekly inter-mentor series over a date range (paused periods are skipped). */
export function SeriesForm({
  initial,
  timeZone,
}: {
  initial: { firstDay: string; lastDay: string };
  timeZone?: string;
}) {
  const t = useTranslations("sessions.series");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(createSeriesAction);
  return (
    <form ref={attach} action={action} aria-label={t("formLabel")} noValidate className="space-y-4">
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <SessionCommonFields
        prefix="series-"
        value={value}
        errors={errors}
        timeZone={timeZone}
        defaults={{ title: t("defaultTitle"), description: "", startTime: "18:30", endTime: "19:30", place: "" }}
        days={[
          <DateField
            key="firstDay"
            id="firstDay"
            label={t("firstDay")}
            defaultValue={value("firstDay", initial.firstDay)}
            errors={errors.firstDay}
          />,
          <DateField
            key="lastDay"
            id="lastDay"
            label={t("lastDay")}
            defaultValue={value("lastDay", initial.lastDay)}
            errors={errors.lastDay}
          />,
        ]}
      />
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <Button type="submit" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
