"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/action-state";

/**
 * The fields every session has, shared by the one-session form and the weekly series form (the
 * same schema fields, `sessionCommon` in lib/sessions/schemas.ts): title, description, the day(s)
 * given by the caller, start and end times in the cohort's zone, and the place. `prefix` keeps the
 * ids apart when both forms are on one page; the names stay the schema's.
 */
export function SessionCommonFields({
  prefix = "",
  value,
  errors,
  defaults,
  days,
  timeZone,
}: {
  prefix?: string;
  value: (name: string, fallback: string) => string;
  errors: FieldErrors;
  defaults: { title: string; description: string; startTime: string; endTime: string; place: string };
  /** the date field(s) before the times: one date, or the first and last week of a series */
  days: ReactNode[];
  timeZone?: string;
}) {
  const t = useTranslations("sessions.form");
  const field = (name: keyof typeof defaults) => ({
    id: `${prefix}${name}`,
    name,
    defaultValue: value(name, defaults[name]),
    errors: errors[name],
  });
  return (
    <>
      <TextField label={t("title")} {...field("title")} />
      <TextAreaField label={t("description")} optional rows={3} {...field("description")} />
      <div className={days.length > 1 ? "grid gap-4 sm:grid-cols-2" : "grid gap-4 sm:grid-cols-3"}>
        {days}
        <TextField type="time" label={t("startTime")} {...field("startTime")} />
        <TextField type="time" label={t("endTime")} {...field("endTime")} />
      </div>
      {timeZone ? <p className="text-sm text-stone-600">{t("timeZone", { zone: timeZone })}</p> : null}
      <TextField label={t("place")} hint={t("placeHint")} {...field("place")} />
    </>
  );
}
