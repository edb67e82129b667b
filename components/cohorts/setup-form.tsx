"use client";
import { useTranslations } from "next-intl";
import { Fragment } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { DateField } from "@/components/ui/date-field";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionState } from "@/lib/action-state";

export interface SetupField {
  name: string;
  label: string;
  type?: "text" | "email" | "number" | "date" | "select" | "textarea" | "checkbox" | "checkboxes" | "hidden";
  defaultValue?: string | string[];
  options?: { value: string; label: string }[];
  hint?: string;
  optional?: boolean;
  rows?: number;
  min?: number | string;
  max?: number | string;
  /** ids are unique per page: give a prefix when a form repeats */
  id?: string;
  /** a text field's suggestions (a <datalist>: the field still takes anything typed) */
  suggestions?: { value: string; label: string }[];
}

// Any of the setup actions (their data types differ; the form only reads ok/error/fields).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Action = (prev: any, payload: FormData) => Promise<ActionState<any>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/**
 * One small form per setup step, described by data (so server pages can declare them), on
 * useActionForm: field errors next to the fields, what was typed kept on error (a ticked box
 * stays ticked, an unticked one unticked), focus on the first invalid field or the named status,
 * a pending state, and an optional confirmation for destructive steps.
 */
export function SetupForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  label,
  variant = "primary",
  confirmMessage,
  className,
  inline,
  openLink,
}: {
  action: Action;
  fields: SetupField[];
  submitLabel: string;
  pendingLabel?: string;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  confirmMessage?: string;
  className?: string;
  inline?: boolean;
  /** after success, a link to the cohort the action returned ({ cohortId }) */
  openLink?: string;
}) {
  const t = useTranslations("cohorts.form");
  const { state, action: formAction, pending, attach, attachStatus, value, values, errors } = useActionForm(action);
  const cohortId = state?.ok ? (state.data as { cohortId?: unknown } | undefined)?.cohortId : undefined;
  return (
    <form
      ref={attach}
      action={formAction}
      aria-label={label}
      noValidate
      className={cx(inline ? "flex flex-wrap items-end gap-3" : "space-y-4", className)}
      onSubmit={(e) => {
        if (confirmMessage && !window.confirm(confirmMessage)) e.preventDefault();
      }}
    >
      <div className={inline ? "basis-full empty:hidden" : undefined}>
        <FormStatus state={state} label={t("status", { label })} ref={attachStatus} />
      </div>
      {openLink && typeof cohortId === "string" ? (
        <Link
          className="text-brand-700 inline-flex min-h-11 items-center font-medium underline"
          href={`/coordinator/cohorts/${cohortId}`}
        >
          {openLink}
        </Link>
      ) : null}
      {fields.map((f) => {
        const id = f.id ?? f.name;
        const fieldErrors = errors[f.name];
        switch (f.type) {
          case "hidden":
            return <input key={id} type="hidden" name={f.name} value={one(f.defaultValue)} />;
          case "select": {
            const v = value(f.name, one(f.defaultValue));
            return (
              <SelectField
                key={`${id}-${v}`}
                id={id}
                name={f.name}
                label={f.label}
                hint={f.hint}
                optional={f.optional}
                errors={fieldErrors}
                defaultValue={v}
              >
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
            );
          }
          case "textarea":
            return (
              <TextAreaField
                key={id}
                id={id}
                name={f.name}
                label={f.label}
                hint={f.hint}
                optional={f.optional}
                rows={f.rows ?? 3}
                defaultValue={value(f.name, one(f.defaultValue))}
                errors={fieldErrors}
              />
            );
          case "checkbox": {
            const checked = values(f.name, many(f.defaultValue)).some((v) => v === "on" || v === "true");
            return (
              <div key={`${id}-${checked}`} className="space-y-1">
                <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
                  <input
                    id={id}
                    type="checkbox"
                    name={f.name}
                    defaultChecked={checked}
                    className="size-5 rounded border-stone-400"
                    aria-describedby={f.hint ? `${id}-hint` : undefined}
                  />
                  {f.label}
                </label>
                {f.hint ? (
                  <p id={`${id}-hint`} className="ms-8 text-sm text-stone-600">
                    {f.hint}
                  </p>
                ) : null}
                {fieldErrors?.length ? (
                  <p className="text-sm font-medium text-red-700">{fieldErrors.join(" ")}</p>
                ) : null}
              </div>
            );
          }
          case "checkboxes": {
            const checked = new Set(values(f.name, many(f.defaultValue)));
            return (
              <fieldset
                key={id}
                className="space-y-1"
                aria-describedby={fieldErrors?.length ? `${id}-error` : undefined}
              >
                <legend className="mb-1 text-sm font-medium text-stone-800">{f.label}</legend>
                <div className="grid gap-x-4 sm:grid-cols-2">
                  {f.options?.map((o) => (
                    <label key={o.value} className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
                      <input
                        type="checkbox"
                        name={f.name}
                        value={o.value}
                        defaultChecked={checked.has(o.value)}
                        className="size-5 rounded border-stone-400"
                      />
                      {o.label}
                    </label>
                  ))}
                </div>
                {fieldErrors?.length ? (
                  <p id={`${id}-error`} className="text-sm font-medium text-red-700">
                    {fieldErrors.join(" ")}
                  </p>
                ) : null}
              </fieldset>
            );
          }
          case "date":
            return (
              <DateField
                key={id}
                id={id}
                name={f.name}
                label={f.label}
                hint={f.hint}
                optional={f.optional}
                errors={fieldErrors}
                defaultValue={value(f.name, one(f.defaultValue))}
              />
            );
          default:
            return (
              <Fragment key={id}>
                <TextField
                  id={id}
                  name={f.name}
                  label={f.label}
                  type={f.type ?? "text"}
                  hint={f.hint}
                  optional={f.optional}
                  errors={fieldErrors}
                  defaultValue={value(f.name, one(f.defaultValue))}
                  min={f.min}
                  max={f.max}
                  list={f.suggestions?.length ? `${id}-suggestions` : undefined}
                  autoComplete={f.suggestions ? "off" : undefined}
                />
                {f.suggestions?.length ? (
                  <datalist id={`${id}-suggestions`}>
                    {f.suggestions.map((o) => (
                      <option key={o.value} value={o.value} label={o.label} />
                    ))}
                  </datalist>
                ) : null}
              </Fragment>
            );
        }
      })}
      <Button type="submit" variant={variant} pending={pending} pendingLabel={pendingLabel ?? t("saving")}>
        {submitLabel}
      </Button>
    </form>
  );
}
