"use client";
import { useActionState, useEffect, useState } from "react";
import type { ActionState, FieldErrors } from "@/lib/action-state";

type Action<T> = (prev: ActionState<T> | null, payload: FormData) => Promise<ActionState<T>>;

export interface ActionFormOptions {
  /**
   * After a success, the form starts over: `formKey` changes (put `key={formKey}` on the form or
   * on its fields, so every field, selects included, goes back to its default) and `saved` is true
   * until the person changes something, so a second tap cannot send the same thing twice.
   */
  resetOnSuccess?: boolean;
}

/**
 * One hook for every form that submits to a server action (lib/actions.ts):
 *
 *   const { state, action, pending, attach, attachStatus, value, errors, saved, formKey, orphanErrors } =
 *     useActionForm(logContactAction, { resetOnSuccess: true });
 *   <form key={formKey} ref={attach} action={action}>
 *     <TextField id="minutes" defaultValue={value("minutes", "")} errors={errors.minutes} />
 *     <FormStatus state={state} ref={attachStatus} details={orphanErrors} />   (next to the button)
 *     <SubmitButton pending={pending} saved={saved}>Save</SubmitButton>
 *
 * (Destructure it: the React compiler's lint treats an object passed to `ref=` as a ref.)
 *
 * - `value(name, fallback)` / `values(name)`: what the person typed, after a refused submit (the
 *   pipeline echoes it back, minus secrets), else the fallback: nothing typed is ever lost;
 * - `errors`: the field errors by input name; `orphanErrors`: those of inputs the person cannot
 *   see (a hidden or tampered id), for FormStatus to show, so "correct the highlighted fields"
 *   never points at nothing;
 * - after each answer, the person is taken to it: the first invalid field is focused (its own
 *   error is linked to it), otherwise the status message is scrolled into view and focused, so the
 *   result is where the person is looking and is announced. Put the FormStatus next to the
 *   submit button (where the thumb is on a phone);
 * - `saved` (with resetOnSuccess): true after a success until the form is changed; `formKey`.
 */
export function useActionForm<T>(action: Action<T>, options: ActionFormOptions = {}) {
  const [state, formAction, pending] = useActionState(action, null);
  // Callback refs kept in state (not useRef): the returned object is read during render.
  const [formEl, attach] = useState<HTMLFormElement | null>(null);
  const [statusEl, attachStatus] = useState<HTMLDivElement | null>(null);
  // the success the person has changed the form after (so it no longer counts as "saved")
  const [editedAfter, setEditedAfter] = useState<ActionState<T> | null>(null);
  const [orphans, setOrphans] = useState<{ for: ActionState<T> | null; messages: string[] }>({
    for: null,
    messages: [],
  });
  const failed = state && !state.ok ? state : null;
  const errors: FieldErrors = failed?.fieldErrors ?? {};
  const succeeded = state?.ok ? state : null;
  const reset = !!options.resetOnSuccess;

  useEffect(() => {
    if (!state) return;
    const entries = Object.entries(failed?.fieldErrors ?? {});
    const visible = (name: string) =>
      [...(formEl?.querySelectorAll<HTMLElement>(`[name="${CSS.escape(name)}"]`) ?? [])].find(
        (el) => el.getAttribute("type") !== "hidden",
      );
    const firstInvalid = entries.map(([name]) => visible(name)).find((el): el is HTMLElement => !!el);
    const lost = entries.filter(([name]) => !visible(name)).flatMap(([, m]) => m ?? []);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- derived from the DOM after the answer renders
    setOrphans({ for: state, messages: [...new Set(lost)] });
    const target = firstInvalid ?? statusEl;
    if (!target) return;
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    target.focus({ preventScroll: true });
  }, [state, failed, formEl, statusEl]);

  // The form is interactive: a choice made in a select before hydration is reset by it, so the
  // e2e suite waits for this mark (tests/e2e/fixtures.ts, `interactive`) before choosing.
  useEffect(() => {
    formEl?.setAttribute("data-hydrated", "");
  }, [formEl]);

  // Any change after a success: the form may be sent again.
  useEffect(() => {
    if (!formEl || !succeeded || !reset) return;
    const edited = () => setEditedAfter(succeeded);
    formEl.addEventListener("input", edited);
    formEl.addEventListener("change", edited);
    return () => {
      formEl.removeEventListener("input", edited);
      formEl.removeEventListener("change", edited);
    };
  }, [formEl, succeeded, reset]);

  return {
    state,
    action: formAction,
    pending,
    /** ref of the <form> */
    attach,
    /** ref of its <FormStatus> */
    attachStatus,
    failed,
    errors,
    /** field errors of inputs the person cannot see: pass to <FormStatus details> */
    orphanErrors: orphans.for === state ? orphans.messages : [],
    /** with resetOnSuccess: just saved and unchanged since (show "Saved", do not send again) */
    saved: reset && !!succeeded && editedAfter !== succeeded,
    /** with resetOnSuccess: changes after each success; `key` of what should start over */
    formKey: reset && succeeded ? `done-${successCount(succeeded)}` : "form",
    /** what was typed in `name` after a refused submit, else `fallback` */
    value(name: string, fallback: string): string {
      const v = failed?.values?.[name];
      return typeof v === "string" ? v : fallback;
    },
    /** the values of a repeated input (checkboxes) after a refused submit, else `fallback` */
    values(name: string, fallback: string[] = []): string[] {
      const v = failed?.values?.[name];
      return v === undefined ? (failed ? [] : fallback) : Array.isArray(v) ? v : [v];
    },
  };
}

// A number per success state object (each answer is a new object), for `formKey`.
const successIds = new WeakMap<object, number>();
let nextSuccessId = 1;
function successCount(s: object): number {
  let id = successIds.get(s);
  if (id === undefined) successIds.set(s, (id = nextSuccessId++));
  return id;
}
