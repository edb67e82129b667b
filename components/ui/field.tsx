import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

const control =
  "block w-full min-h-11 rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-xs placeholder:text-stone-400 sm:text-sm";

function describedBy(id: string, hint?: ReactNode, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
}

function FieldFrame({ id, label, hint, errors, optional, children }: FieldProps & { children: ReactNode }) {
  const t = useTranslations("ui");
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
        {optional ? <span className="ms-1 font-normal text-stone-600">{t("optional")}</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The attributes every control shares: name, error state, and the hint/error links. */
function controlProps(
  id: string,
  name: string | undefined,
  hint: ReactNode,
  errors: string[] | undefined,
  className?: string,
) {
  const invalid = !!errors?.length;
  return {
    id,
    name: name ?? id,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy(id, hint, errors),
    className: cx(control, invalid ? "border-red-600" : "border-stone-300", className),
  };
}

/**
 * The direction of what people type: names and notes may be Persian or English whatever the page's
 * language, so free text follows its own first strong character (dir="auto"); addresses, phone
 * numbers and passwords are always left to right. A `dir` prop overrides.
 */
function inputDir(type: ComponentProps<"input">["type"]): "auto" | "ltr" | undefined {
  if (type === undefined || type === "text" || type === "search") return "auto";
  if (type === "email" || type === "tel" || type === "url" || type === "password" || type === "number") return "ltr";
  return undefined;
}

/** A labelled input with its hint and its server-side errors, linked for screen readers. */
export function TextField({
  id,
  label,
  hint,
  errors,
  optional,
  className,
  ...input
}: FieldProps & Omit<ComponentProps<"input">, "id">) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <input dir={inputDir(input.type)} {...input} {...controlProps(id, input.name, hint, errors, className)} />
    </FieldFrame>
  );
}

export function SelectField({
  id,
  label,
  hint,
  errors,
  optional,
  className,
  children,
  ...select
}: FieldProps & Omit<ComponentProps<"select">, "id">) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <select {...select} {...controlProps(id, select.name, hint, errors, className)}>
        {children}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  errors,
  optional,
  className,
  ...area
}: FieldProps & Omit<ComponentProps<"textarea">, "id">) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <textarea rows={4} dir="auto" {...area} {...controlProps(id, area.name, hint, errors, className)} />
    </FieldFrame>
  );
}
