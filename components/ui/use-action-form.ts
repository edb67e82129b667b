"use client";
import { useActionState, useEffect, useState } from "react";
import type { ActionState, FieldErrors } from "@/lib/action-state";

type Action<T> = (prev: ActionState<T> | null, payload: FormData) => Promise<ActionState<T>>;

/**
 * One hook for every form that submits to a server action (lib/actions.ts):
 *
 *   const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(logContactAction);
 *   <form ref={attach} action={action}>
 *     <FormStatus state={state} ref={attachStatus} />
 *     <TextField id="minutes" defaultValue={value("minutes", "")} errors={errors.minutes} />
 *
 * (Destructure it: the React compiler's lint treats an object passed to `ref=` as a ref.)
 *
 * - `value(name, fallback)` / `values(name)`: what the person typed, after a refused submit (the
 *   pipeline echoes it back, minus secrets), else the fallback: nothing typed is ever lost;
 * - `errors`: the field errors by input name;
 * - after each answer, the person is taken to it: the first invalid field is focused (its own
 *   error is linked to it), otherwise the status message is scrolled into view and focused, so the
 *   result is where the person is looking and is announced.
 */
export function useActionForm<T>(action: Action<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  // Callback refs kept in state (not useRef): the returned object is read during render.
  const [formEl, attach] = useState<HTMLFormElement | null>(null);
  const [statusEl, attachStatus] = useState<HTMLDivElement | null>(null);
  const failed = state && !state.ok ? state : null;
  const errors: FieldErrors = failed?.fieldErrors ?? {};

  useEffect(() => {
    if (!state) return;
    const firstInvalid = failed
      ? Object.keys(failed.fieldErrors ?? {})
          .map((name) => formEl?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`))
          .find((el): el is HTMLElement => !!el && el.getAttribute("type") !== "hidden")
      : undefined;
    const target = firstInvalid ?? statusEl;
    if (!target) return;
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    target.focus({ preventScroll: true });
  }, [state, failed, formEl, statusEl]);

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
