import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { ActionState } from "@/lib/action-state";

/**
 * The outcome of a form submission, announced to screen readers. Named, so tests (and people
 * using assistive technology) can tell it from Next's route announcer. Always rendered (an empty
 * live region before the first submit), so the announcement is made when the text arrives;
 * focusable (tabIndex -1) so useActionForm can move the person to it.
 */
export function FormStatus({
  state,
  label,
  ref,
}: {
  state: ActionState | null;
  label?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const t = useTranslations("ui");
  label ??= t("formStatus");
  if (!state || (state.ok && !state.message)) {
    return <div ref={ref} tabIndex={-1} role="status" aria-label={label} className="sr-only" />;
  }
  if (state.ok) {
    return (
      <div
        ref={ref}
        tabIndex={-1}
        role="status"
        aria-label={label}
        className="border-brand-200 bg-brand-50 text-brand-800 scroll-mt-24 rounded-lg border px-4 py-3 text-sm focus:outline-none"
      >
        {state.message}
      </div>
    );
  }
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-label={label}
      className="scroll-mt-24 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 focus:outline-none"
    >
      {state.error}
    </div>
  );
}
