import type { ComponentProps, ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** A labelled textarea with hint and server-side errors (same contract as components/ui/field). */
export function TextAreaField({
  id,
  label,
  hint,
  errors,
  optional,
  className,
  ...area
}: { id: string; label: string; hint?: ReactNode; errors?: string[]; optional?: boolean } & Omit<ComponentProps<"textarea">, "id">) {
  const invalid = !!errors?.length;
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
        {optional ? <span className="ml-1 font-normal text-stone-500">(optional)</span> : null}
      </label>
      <textarea
        id={id}
        name={area.name ?? id}
        rows={area.rows ?? 4}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={cx(
          "block w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-xs placeholder:text-stone-400 sm:text-sm",
          invalid ? "border-red-600" : "border-stone-300",
          className,
        )}
        {...area}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** Yes/no as two large radio buttons in a fieldset (legend = the question). */
export function YesNoField({
  name,
  legend,
  hint,
  errors,
  defaultValue,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  errors?: string[];
  defaultValue?: string;
  onChange?: (v: string) => void;
}) {
  const invalid = !!errors?.length;
  const describedBy = [hint ? `${name}-hint` : null, invalid ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="space-y-1.5" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend className="block text-sm font-medium text-stone-800">{legend}</legend>
      <div className="flex gap-3">
        {(["yes", "no"] as const).map((v) => (
          <label
            key={v}
            className={cx(
              "inline-flex min-h-11 min-w-24 cursor-pointer items-center gap-2 rounded-lg border bg-white px-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50",
              invalid ? "border-red-600" : "border-stone-300",
            )}
          >
            <input type="radio" name={name} value={v} defaultChecked={defaultValue === v} onChange={() => onChange?.(v)} className="size-4" />
            {v === "yes" ? "Yes" : "No"}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
