"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createSlotsAction } from "@/lib/booking/actions";
import { DURATIONS, PLACE_SUGGESTIONS, type SlotDefaults } from "@/lib/booking/rules";

/**
 * A mentor opens a one-off or weekly time for the group (times in the cohort's zone). It starts
 * from the mentor's last time on the next day it still fits (suggestSlotDefaults, decision 124);
 * after a success, and with "Start over", every field (the kind and its seats included) goes back
 * to those defaults, and the message links to the week the new times start in.
 */
export function CreateSlotsForm({
  defaults,
  minDate,
  maxDate,
  groupSize,
  timeZone,
}: {
  defaults: SlotDefaults;
  minDate: string;
  maxDate: string;
  groupSize: number;
  timeZone: string;
}) {
  const t = useTranslations("meetings.open");
  const { state, action, pending, attach, attachStatus, errors, value, saved, formKey, orphanErrors } = useActionForm(
    createSlotsAction,
    { resetOnSuccess: true },
  );
  // "Start over": a new key remounts the fields with the defaults, as a success does
  const [restarts, setRestarts] = useState(0);
  const key = `${formKey}-${restarts}`;
  const week = state?.ok ? state.data.week : null;
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label={t("label")} noValidate>
      <Fields
        key={key}
        defaults={defaults}
        value={value}
        errors={errors}
        minDate={minDate}
        maxDate={maxDate}
        groupSize={groupSize}
        timeZone={timeZone}
      />
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors}>
        {week ? (
          <p>
            <Link
              href={`/mentor/availability?week=${week}#week-${week}`}
              className="text-brand-700 font-medium underline underline-offset-2"
            >
              {t("showWeek")}
            </Link>
          </p>
        ) : null}
      </FormStatus>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} saved={saved} pendingLabel={t("opening")}>
          {t("submit")}
        </SubmitButton>
        <Button type="button" variant="ghost" onClick={() => setRestarts((n) => n + 1)}>
          {t("reset")}
        </Button>
      </div>
    </form>
  );
}

function Fields({
  defaults,
  value,
  errors,
  minDate,
  maxDate,
  groupSize,
  timeZone,
}: {
  defaults: SlotDefaults;
  value: (name: string, fallback: string) => string;
  errors: Record<string, string[] | undefined>;
  minDate: string;
  maxDate: string;
  groupSize: number;
  timeZone: string;
}) {
  const t = useTranslations("meetings.open");
  const [kind, setKind] = useState(value("kind", defaults.kind));
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField
          id="date"
          label={t("date")}
          min={minDate}
          max={maxDate}
          required
          defaultValue={value("date", defaults.date)}
          errors={errors.date}
        />
        <TextField
          id="time"
          label={t("time")}
          type="time"
          step={300}
          required
          defaultValue={value("time", defaults.time)}
          hint={t("zone", { zone: timeZone.replace("_", " ") })}
          errors={errors.time}
        />
        <SelectField
          id="durationMinutes"
          label={t("length")}
          defaultValue={value("durationMinutes", String(defaults.durationMinutes))}
          errors={errors.durationMinutes}
        >
          {DURATIONS.map((d) => (
            <option key={d} value={d}>
              {t("duration", { minutes: d })}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="kind"
          label={t("who")}
          value={kind}
          onChange={(ev) => setKind(ev.target.value as typeof kind)}
          errors={errors.kind}
        >
          <option value="INDIVIDUAL">{t("individual")}</option>
          <option value="GROUP">{t("group")}</option>
        </SelectField>
        {kind === "GROUP" ? (
          <TextField
            id="capacity"
            label={t("seats")}
            type="number"
            inputMode="numeric"
            min={2}
            max={50}
            defaultValue={value("capacity", String(defaults.capacity ?? groupSize))}
            hint={t("seatsHint", { count: groupSize })}
            errors={errors.capacity}
          />
        ) : null}
        <TextField
          id="weeks"
          label={t("weeks")}
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          defaultValue={value("weeks", "1")}
          hint={t("weeksHint")}
          errors={errors.weeks}
        />
      </div>
      <TextField
        id="place"
        label={t("place")}
        list="place-suggestions"
        required
        defaultValue={value("place", defaults.place)}
        hint={t("placeHint")}
        errors={errors.place}
      />
      <datalist id="place-suggestions">
        {PLACE_SUGGESTIONS.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
    </>
  );
}
