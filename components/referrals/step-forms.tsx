"use client";
import { useActionState, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action-state";
import {
  acknowledgeReferralAction,
  answerReferralInfoAction,
  closeReferralAction,
  declineReferralAction,
  forwardReferralAction,
  requestReferralInfoAction,
} from "@/lib/referrals/actions";
import { FORWARD_HOW, FORWARD_HOW_LABEL, type ReferralStatus, type ReferralStep } from "@/lib/referrals/rules";
import { CATEGORY_LABEL } from "@/lib/referrals/schemas";
import { TextAreaField } from "./fields";

type StepResult = { referralId: string; status: ReferralStatus };
type StepAction = (prev: ActionState<StepResult> | null, payload: FormData) => Promise<ActionState<StepResult>>;

function StepForm({
  action,
  referralId,
  title,
  submit,
  variant = "primary",
  children,
  onDone,
}: {
  action: StepAction;
  referralId: string;
  title: string;
  submit: string;
  variant?: "primary" | "secondary" | "danger";
  children: (failed: Extract<ActionState<StepResult>, { ok: false }> | null) => ReactNode;
  onDone: (message: string) => void;
}) {
  // A successful step re-renders the page with other steps (this form may disappear), so the
  // confirmation is handed to the panel around the forms.
  const [state, formAction, pending] = useActionState(async (prev: ActionState<StepResult> | null, fd: FormData) => {
    const result = await action(prev, fd);
    if (result.ok) onDone(result.message ?? "Saved.");
    return result;
  }, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form
      action={formAction}
      aria-label={title}
      className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
      noValidate
    >
      <h3 className="font-semibold text-stone-900">{title}</h3>
      <FormStatus state={state} label={`${title} status`} />
      <input type="hidden" name="referralId" value={referralId} />
      {children(failed)}
      <Button type="submit" variant={variant} pending={pending} pendingLabel="Saving…">
        {submit}
      </Button>
    </form>
  );
}

const val = (failed: { values?: Record<string, string | string[]> } | null, k: string) => {
  const v = failed?.values?.[k];
  return typeof v === "string" ? v : "";
};

function DoneStatus({ message }: { message: string | null }) {
  return message ? (
    <div
      role="status"
      aria-label="Review status"
      className="border-brand-200 bg-brand-50 text-brand-800 rounded-lg border px-4 py-3 text-sm"
    >
      {message}
    </div>
  ) : (
    <div aria-live="polite" aria-label="Review status" />
  );
}

/** The supervisor's review steps allowed in the referral's current status (from rules.ts). */
export function ReviewSteps({
  referralId,
  steps,
  centres,
  suggestedCategory,
}: {
  referralId: string;
  steps: ReferralStep[];
  centres: { id: string; name: string; category: keyof typeof CATEGORY_LABEL }[];
  suggestedCategory: keyof typeof CATEGORY_LABEL;
}) {
  const [done, setDone] = useState<string | null>(null);
  const sorted = [...centres].sort(
    (a, b) => Number(b.category === suggestedCategory) - Number(a.category === suggestedCategory),
  );
  return (
    <div className="space-y-4">
      <DoneStatus message={done} />
      {steps.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4 text-sm text-stone-600">
          This referral is finished: no further steps.
        </p>
      ) : null}
      {steps.includes("acknowledge") ? (
        <StepForm
          onDone={setDone}
          action={acknowledgeReferralAction}
          referralId={referralId}
          title="Acknowledge"
          submit="Acknowledge"
        >
          {(f) => (
            <TextAreaField
              id="ack-message"
              name="message"
              label="Message to the mentors"
              optional
              rows={2}
              defaultValue={val(f, "message")}
              errors={f?.fieldErrors?.message}
            />
          )}
        </StepForm>
      ) : null}
      {steps.includes("forward") ? (
        <StepForm
          onDone={setDone}
          action={forwardReferralAction}
          referralId={referralId}
          title="Forward to a support centre"
          submit="Forward"
        >
          {(f) => (
            <>
              <SelectField
                id="centreId"
                label="Support centre"
                defaultValue={val(f, "centreId")}
                errors={f?.fieldErrors?.centreId}
              >
                <option value="">Choose a centre…</option>
                {sorted.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({CATEGORY_LABEL[c.category]})
                  </option>
                ))}
              </SelectField>
              <SelectField id="how" label="How" defaultValue={val(f, "how")} errors={f?.fieldErrors?.how}>
                <option value="">Choose…</option>
                {FORWARD_HOW.map((h) => (
                  <option key={h} value={h}>
                    {FORWARD_HOW_LABEL[h]}
                  </option>
                ))}
              </SelectField>
              <TextAreaField
                id="forward-message"
                name="message"
                label="Note for the mentors"
                optional
                rows={2}
                defaultValue={val(f, "message")}
                errors={f?.fieldErrors?.message}
              />
            </>
          )}
        </StepForm>
      ) : null}
      {steps.includes("requestInfo") ? (
        <StepForm
          onDone={setDone}
          action={requestReferralInfoAction}
          referralId={referralId}
          title="Ask the mentors for more information"
          submit="Send question"
          variant="secondary"
        >
          {(f) => (
            <TextAreaField
              id="info-message"
              name="message"
              label="Your question"
              rows={3}
              defaultValue={val(f, "message")}
              errors={f?.fieldErrors?.message}
            />
          )}
        </StepForm>
      ) : null}
      {steps.includes("close") ? (
        <StepForm
          onDone={setDone}
          action={closeReferralAction}
          referralId={referralId}
          title="Close with an outcome"
          submit="Close referral"
          variant="secondary"
        >
          {(f) => (
            <TextAreaField
              id="outcome"
              label="Outcome"
              rows={3}
              defaultValue={val(f, "outcome")}
              errors={f?.fieldErrors?.outcome}
            />
          )}
        </StepForm>
      ) : null}
      {steps.includes("decline") ? (
        <StepForm
          onDone={setDone}
          action={declineReferralAction}
          referralId={referralId}
          title="Decline"
          submit="Decline referral"
          variant="danger"
        >
          {(f) => (
            <TextAreaField
              id="decline-message"
              name="message"
              label="Reason for declining"
              hint="Declining ends the referral; the mentors see this reason."
              rows={3}
              defaultValue={val(f, "message")}
              errors={f?.fieldErrors?.message}
            />
          )}
        </StepForm>
      ) : null}
    </div>
  );
}

/** The mentor answers the supervisor's question (INFO_REQUESTED -> ACKNOWLEDGED). */
export function MentorSteps({ referralId, steps }: { referralId: string; steps: ReferralStep[] }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <DoneStatus message={done} />
      {steps.includes("answer") ? (
        <StepForm
          onDone={setDone}
          action={answerReferralInfoAction}
          referralId={referralId}
          title="Answer the supervisor"
          submit="Send answer"
        >
          {(f) => (
            <TextAreaField
              id="answer-message"
              name="message"
              label="Your answer"
              rows={4}
              defaultValue={val(f, "message")}
              errors={f?.fieldErrors?.message}
            />
          )}
        </StepForm>
      ) : null}
    </div>
  );
}
