/** The result every server action returns; shared by client forms (no server imports here). */
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState<T = unknown> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      error: string;
      fieldErrors?: FieldErrors;
      /** What the person typed (minus secrets), so nothing is lost on an error. */
      values?: Record<string, string | string[]>;
      /**
       * What the refusal offers instead, for the form to act on (never shown as text): a lost
       * booking race offers the next free time, `{ slotId }`.
       */
      offer?: Record<string, string>;
    };
