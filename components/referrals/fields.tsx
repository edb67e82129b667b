import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** The design system's labelled textarea (components/ui/field), re-exported for the referral forms. */
export { TextAreaField } from "@/components/ui/field";

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
  const t = useTranslations("referrals.form");
  const invalid = !!errors?.length;
  const describedBy =
    [hint ? `${name}-hint` : null, invalid ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="space-y-1.5" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend className="block text-sm font-medium text-stone-800">{legend}</legend>
      <div className="flex gap-3">
        {(["yes", "no"] as const).map((v) => (
          <label
            key={v}
            className={cx(
              "has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 inline-flex min-h-11 min-w-24 cursor-pointer items-center gap-2 rounded-lg border bg-white px-3 text-sm",
              invalid ? "border-red-600" : "border-stone-300",
            )}
          >
            <input
              type="radio"
              name={name}
              value={v}
              defaultChecked={defaultValue === v}
              onChange={() => onChange?.(v)}
              className="size-4"
            />
            {v === "yes" ? t("yes") : t("no")}
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
