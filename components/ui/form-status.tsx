import type { ActionState } from "@/lib/action-state";

/**
 * The outcome of a form submission, announced to screen readers. Named, so tests (and people
 * using assistive technology) can tell it from Next's route announcer.
 */
export function FormStatus({ state, label = "Form status" }: { state: ActionState | null; label?: string }) {
  if (!state) return <div aria-live="polite" aria-label={label} />;
  if (state.ok) {
    return state.message ? (
      <div
        role="status"
        aria-label={label}
        className="border-brand-200 bg-brand-50 text-brand-800 rounded-lg border px-4 py-3 text-sm"
      >
        {state.message}
      </div>
    ) : null;
  }
  return (
    <div
      role="alert"
      aria-label={label}
      className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
    >
      {state.error}
    </div>
  );
}
