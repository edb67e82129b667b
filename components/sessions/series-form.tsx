"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createSeriesAction } from "@/lib/sessions/actions";

/** The weekly inter-mentor series over a date range (paused periods are skipped). */
export function SeriesForm({ initial }: { initial: { firstDay: string; lastDay: string } }) {
  const t = useTranslations("sessions.series");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(createSeriesAction);
  return (
    <form ref={attach} action={action} aria-label={t("formLabel")} noValidate className="space-y-4">
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <TextField
        id="series-title"
        name="title"
        label={t("title")}
        defaultValue={value("title", t("defaultTitle"))}
        errors={errors.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="firstDay"
          type="date"
          label={t("firstDay")}
          defaultValue={value("firstDay", initial.firstDay)}
          errors={errors.firstDay}
        />
        <TextField
          id="lastDay"
          type="date"
          label={t("lastDay")}
          defaultValue={value("lastDay", initial.lastDay)}
          errors={errors.lastDay}
        />
        <TextField
          id="series-startTime"
          name="startTime"
          type="time"
          label={t("startTime")}
          defaultValue={value("startTime", "18:30")}
          errors={errors.startTime}
        />
        <TextField
          id="series-endTime"
          name="endTime"
          type="time"
          label={t("endTime")}
          defaultValue={value("endTime", "19:30")}
          errors={errors.endTime}
        />
      </div>
      <TextField
        id="series-place"
        name="place"
        label={t("place")}
        defaultValue={value("place", "")}
        errors={errors.place}
      />
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <Button type="submit" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
