"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ComponentProps } from "react";
import { formatSolarHijri, parseSolarHijri } from "@/lib/i18n/solar-hijri";
import { cx } from "./cx";
import { TextField } from "./field";

type Props = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  optional?: boolean;
  /** "YYYY-MM-DD" (Gregorian), as the forms' schemas read it */
  defaultValue?: string;
} & Omit<ComponentProps<"input">, "id" | "type" | "defaultValue" | "value">;

/**
 * The one date input: a date the way the reader's calendar writes it, submitted as the ISO date
 * the server's schemas read (issue 15: "date inputs that accept what the locale shows").
 * English and Korean: the browser's own date input. Persian: a text field for a Solar Hijri date
 * typed with Persian or Latin digits ("۱۴۰۵/۰۹/۱۲", "1405/9/12"), the Gregorian day as its hint,
 * and the ISO date in a hidden input with the field's name (so nothing changes on the server).
 * What does not parse is a field error (in Persian) and submits nothing, so the server's own
 * "choose a date" answers too.
 */
export function DateField(props: Props) {
  const locale = useLocale();
  if (locale !== "fa") return <TextField {...props} type="date" />;
  return <SolarHijriField {...props} />;
}

function SolarHijriField({
  id,
  label,
  hint,
  errors,
  optional,
  defaultValue,
  name,
  min,
  max,
  className,
  ...rest
}: Props) {
  const t = useTranslations("ui.dateField");
  const [text, setText] = useState(() => formatSolarHijri(defaultValue ?? ""));
  const [touched, setTouched] = useState(false);
  const iso = parseSolarHijri(text);
  const outside = !!iso && ((typeof min === "string" && iso < min) || (typeof max === "string" && iso > max));
  const gregorian = iso
    ? new Intl.DateTimeFormat("fa-IR-u-ca-gregory", { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${iso}T00:00:00Z`),
      )
    : null;
  const own = touched && text.trim() !== "" && (!iso || outside) ? [iso ? t("outside") : t("invalid")] : [];
  const shownErrors = [...own, ...(errors ?? [])];
  return (
    <>
      <TextField
        {...rest}
        id={id}
        name={`${name ?? id}-typed`}
        label={label}
        optional={optional}
        inputMode="numeric"
        dir="ltr"
        autoComplete="off"
        placeholder={t("placeholder")}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => setTouched(true)}
        className={cx("text-end", className)}
        hint={
          <span>
            {gregorian ? t("gregorian", { date: gregorian }) : t("format")}
            {hint ? <> {hint}</> : null}
          </span>
        }
        errors={shownErrors.length ? shownErrors : undefined}
      />
      <input type="hidden" name={name ?? id} value={iso && !outside ? iso : ""} />
    </>
  );
}
