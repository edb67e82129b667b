import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cx } from "./cx";

type Tone = "neutral" | "brand" | "clinical" | "preclinical" | "warning" | "danger" | "success";
const tones: Record<Tone, string> = {
  neutral: "bg-stone-100 text-stone-700 ring-stone-200",
  brand: "bg-brand-50 text-brand-800 ring-brand-200",
  clinical: "bg-clinical-50 text-clinical-700 ring-clinical-700/20",
  preclinical: "bg-preclinical-50 text-preclinical-700 ring-preclinical-700/20",
  warning: "bg-amber-50 text-amber-800 ring-amber-200",
  danger: "bg-red-50 text-red-800 ring-red-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
};

export function Badge({
  tone = "neutral",
  children,
  className,
}: {
  tone?: Tone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={cx(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}

export function PhaseBadge({ phase }: { phase: "CLINICAL" | "PRECLINICAL" }) {
  const t = useTranslations("common.phase");
  return <Badge tone={phase === "CLINICAL" ? "clinical" : "preclinical"}>{t(phase)}</Badge>;
}
