import { useTranslations } from "next-intl";
import { useId, type ReactNode, type Ref } from "react";
import type { ActionState } from "@/lib/action-state";
import { Button } from "./button";
import { cx } from "./cx";

/**
 * The outcome of a form submission, announced to screen readers. Named, so tests (and people
 * using assistive technology) can tell it from Next's route announcer. Always rendered (an empty
 * live region before the first submit), so the announcement is made when the text arrives;
 * focusable (tabIndex -1) so useActionForm can move the person to it. Place it next to the
 * submit button: on a phone that is where the person is looking.
 *
 * - `details`: field errors the person cannot see next to a field (useActionForm's orphanErrors);
 * - `children`: what to do next after a success (links), shown inside the message.
 */
export function FormStatus({
  state,
  label,
  ref,
  details,
  children,
}: {
  state: ActionState | null;
  label?: string;
  ref?: Ref<HTMLDivElement>;
  details?: readonly string[];
  children?: ReactNode;
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
        className="border-brand-200 bg-brand-50 text-brand-800 scroll-mt-24 scroll-mb-24 space-y-2 rounded-lg border px-4 py-3 text-sm focus:outline-none"
      >
        <p>{state.message}</p>
        {children}
      </div>
    );
  }
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-label={label}
      className="scroll-mt-24 scroll-mb-24 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 focus:outline-none"
    >
      <p>{state.error}</p>
      {details?.length ? (
        <ul className="mt-1 list-disc ps-5">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The submit button of a form that resets after a success (useActionForm's `saved`): it says
 * "Saved" and cannot be pressed again until something is changed, so a second tap never sends
 * the same thing twice.
 */
export function SubmitButton({
  pending,
  saved = false,
  pendingLabel,
  className,
  children,
}: {
  pending: boolean;
  saved?: boolean;
  pendingLabel?: string;
  className?: string;
  children: ReactNode;
}) {
  const t = useTranslations("ui");
  const hintId = useId();
  return (
    <Button
      type="submit"
      pending={pending}
      pendingLabel={pendingLabel}
      disabled={saved}
      aria-describedby={saved ? hintId : undefined}
      className={cx(className)}
    >
      {saved ? t("saved") : children}
      {saved ? (
        <span id={hintId} className="sr-only">
          {t("savedHint")}
        </span>
      ) : null}
    </Button>
  );
}
