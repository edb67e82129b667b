"use client";
import { useEffect, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionState, FieldErrors } from "@/lib/action-state";
import {
  acknowledgeReferralAction,
  answerReferralInfoAction,
  closeReferralAction,
  declineReferralAction,
  forwardReferralAction,
  requestReferralInfoAction,
  type StepTaken,
} from "@/lib/referrals/actions";
import { FORWARD_HOW, FORWARD_HOW_LABEL, type ReferralStep } from "@/lib/referrals/rules";
import { CATEGORY_LABEL } from "@/lib/referrals/schemas";
import { TextAreaField } from "./fields";

type StepAction = (prev: ActionState<StepTaken> | null, payload: FormData) => Promise<ActionState<StepTaken>>;

/** What a step form's fields get: the typed values after a refused submit, and the field errors. */
interface StepFields {
  value: (name: string) => string;
  errors: FieldErrors;
}

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
  children: (fields: StepFields) => ReactNode;
  onDone: (message: string) => void;
}) {
  // A successful step re-renders the page with other steps (this form may disappear), so the
  // confirmation is handed to the panel around the forms.
  const {
    state,
    action: formAction,
    pending,
    attach,
    attachStatus,
    errors,
    value,
  } = useActionForm(async (prev: ActionState<StepTaken> | null, fd: FormData) => {
    const result = await action(prev, fd);
    if (result.ok) onDone(result.message ?? "Saved.");
    return result;
  });
  return (
    <form
      ref={attach}
      action={formAction}
      aria-label={title}
      className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
      noValidate
    >
      <h3 className="font-semibold text-stone-900">{title}</h3>
      <FormStatus state={state} label={`${title} status`} ref={attachStatus} />
      <input type="hidden" name="referralId" value={referralId} />
      {children({ value: (name) => value(name, ""), errors })}
      <Button type="submit" variant={variant} pending={pending} pendingLabel="Saving…">
        {submit}
      </Button>
    </form>
  );
}

/**
 * The panel's confirmation of the last step taken: one named live region (FormStatus, always
 * rendered with its role), focused when a message arrives so the person hears and sees it even
 * when the form they used has gone.
 */
function DoneStatus({ message }: { message: string | null }) {
  const [el, attach] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!message || !el) return;
    el.scrollIntoView({ block: "center", behavior: "smooth" });
    el.focus({ preventScroll: true });
  }, [message, el]);
  return <FormStatus state={message ? { ok: true, data: null, message } : null} label="Review status" ref={attach} />;
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
              defaultValue={f.value("message")}
              errors={f.errors.message}
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
                defaultValue={f.value("centreId")}
                errors={f.errors.centreId}
              >
                <option value="">Choose a centre…</option>
                {sorted.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({CATEGORY_LABEL[c.category]})
                  </option>
                ))}
              </SelectField>
              <SelectField id="how" label="How" defaultValue={f.value("how")} errors={f.errors.how}>
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
                defaultValue={f.value("message")}
                errors={f.errors.message}
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
              defaultValue={f.value("message")}
              errors={f.errors.message}
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
              defaultValue={f.value("outcome")}
              errors={f.errors.outcome}
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
              defaultValue={f.value("message")}
              errors={f.errors.message}
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
              defaultValue={f.value("message")}
              errors={f.errors.message}
            />
          )}
        </StepForm>
      ) : null}
    </div>
  );
}
