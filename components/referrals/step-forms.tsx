"use client";
import { useTranslations } from "next-intl";
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
import { FORWARD_HOW, stepsInOrder, type ReferralStep } from "@/lib/referrals/rules";
import type { CATEGORY_LABEL } from "@/lib/referrals/schemas";
import { TextAreaField } from "./fields";

type StepAction = (prev: ActionState<StepTaken> | null, payload: FormData) => Promise<ActionState<StepTaken>>;

/** What a step form's fields get: the typed values after a refused submit, and the field errors. */
interface StepFields {
  value: (name: string) => string;
  errors: FieldErrors;
}

function StepForm({
  step,
  action,
  referralId,
  title,
  submit,
  variant = "primary",
  children,
  onDone,
}: {
  step: ReferralStep;
  action: StepAction;
  referralId: string;
  title: string;
  submit: string;
  variant?: "primary" | "secondary" | "danger";
  children: (fields: StepFields) => ReactNode;
  onDone: (message: string) => void;
}) {
  const t = useTranslations("referrals.steps");
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
    if (result.ok) onDone(result.message ?? t("saved"));
    return result;
  });
  return (
    <form
      ref={attach}
      action={formAction}
      aria-label={title}
      data-step={step}
      className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
      noValidate
    >
      <h3 className="font-semibold text-stone-900">{title}</h3>
      <FormStatus state={state} label={t("formStatus", { title })} ref={attachStatus} />
      <input type="hidden" name="referralId" value={referralId} />
      {children({ value: (name) => value(name, ""), errors })}
      <Button type="submit" variant={variant} pending={pending} pendingLabel={t("saving")}>
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
  const t = useTranslations("referrals.steps");
  const [el, attach] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!message || !el) return;
    el.scrollIntoView({ block: "center", behavior: "smooth" });
    el.focus({ preventScroll: true });
  }, [message, el]);
  return (
    <FormStatus state={message ? { ok: true, data: null, message } : null} label={t("reviewStatus")} ref={attach} />
  );
}

/**
 * The supervisor's review steps allowed in the referral's current status (from rules.ts), one
 * form open at a time: the usual next step opens by itself, the others wait behind their buttons.
 */
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
  const t = useTranslations("referrals.steps");
  const tc = useTranslations("referrals.category");
  const th = useTranslations("referrals.forwardHow");
  const [done, setDone] = useState<string | null>(null);
  const ordered = stepsInOrder(steps);
  const [chosen, setChosen] = useState<ReferralStep | null>(null);
  // after a step the allowed steps change: the chosen one may be gone, then the next one opens
  const open = chosen && ordered.includes(chosen) ? chosen : (ordered[0] ?? null);
  const sorted = [...centres].sort(
    (a, b) => Number(b.category === suggestedCategory) - Number(a.category === suggestedCategory),
  );
  const others = ordered.filter((s) => s !== open);
  // the button pressed is gone once its form opens: the focus goes to the form's first field
  const [focusStep, setFocusStep] = useState<ReferralStep | null>(null);
  useEffect(() => {
    if (!focusStep) return;
    const form = document.querySelector<HTMLFormElement>(`form[data-step="${focusStep}"]`);
    form?.querySelector<HTMLElement>("select, textarea, input:not([type=hidden])")?.focus();
    form?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [focusStep]);
  const title = (s: ReferralStep) => t(`${s}.title`);
  return (
    <div className="space-y-4">
      <DoneStatus message={done} />
      {ordered.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4 text-sm text-stone-600">{t("finished")}</p>
      ) : null}
      {open === "acknowledge" ? (
        <StepForm
          onDone={setDone}
          step="acknowledge"
          action={acknowledgeReferralAction}
          referralId={referralId}
          title={title("acknowledge")}
          submit={t("acknowledge.submit")}
        >
          {(f) => (
            <TextAreaField
              id="ack-message"
              name="message"
              label={t("acknowledge.message")}
              optional
              rows={2}
              defaultValue={f.value("message")}
              errors={f.errors.message}
            />
          )}
        </StepForm>
      ) : null}
      {open === "forward" ? (
        <StepForm
          onDone={setDone}
          step="forward"
          action={forwardReferralAction}
          referralId={referralId}
          title={title("forward")}
          submit={t("forward.submit")}
        >
          {(f) => (
            <>
              <SelectField
                id="centreId"
                label={t("forward.centre")}
                defaultValue={f.value("centreId")}
                errors={f.errors.centreId}
              >
                <option value="">{t("forward.chooseCentre")}</option>
                {sorted.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t("forward.centreOption", { name: c.name, category: tc(c.category) })}
                  </option>
                ))}
              </SelectField>
              <SelectField id="how" label={t("forward.how")} defaultValue={f.value("how")} errors={f.errors.how}>
                <option value="">{t("forward.chooseHow")}</option>
                {FORWARD_HOW.map((h) => (
                  <option key={h} value={h}>
                    {th(h)}
                  </option>
                ))}
              </SelectField>
              <TextAreaField
                id="forward-message"
                name="message"
                label={t("forward.message")}
                optional
                rows={2}
                defaultValue={f.value("message")}
                errors={f.errors.message}
              />
            </>
          )}
        </StepForm>
      ) : null}
      {open === "requestInfo" ? (
        <StepForm
          onDone={setDone}
          step="requestInfo"
          action={requestReferralInfoAction}
          referralId={referralId}
          title={title("requestInfo")}
          submit={t("requestInfo.submit")}
          variant="secondary"
        >
          {(f) => (
            <TextAreaField
              id="info-message"
              name="message"
              label={t("requestInfo.message")}
              rows={3}
              defaultValue={f.value("message")}
              errors={f.errors.message}
            />
          )}
        </StepForm>
      ) : null}
      {open === "close" ? (
        <StepForm
          onDone={setDone}
          step="close"
          action={closeReferralAction}
          referralId={referralId}
          title={title("close")}
          submit={t("close.submit")}
          variant="secondary"
        >
          {(f) => (
            <TextAreaField
              id="outcome"
              label={t("close.outcome")}
              rows={3}
              defaultValue={f.value("outcome")}
              errors={f.errors.outcome}
            />
          )}
        </StepForm>
      ) : null}
      {open === "decline" ? (
        <StepForm
          onDone={setDone}
          step="decline"
          action={declineReferralAction}
          referralId={referralId}
          title={title("decline")}
          submit={t("decline.submit")}
          variant="danger"
        >
          {(f) => (
            <TextAreaField
              id="decline-message"
              name="message"
              label={t("decline.message")}
              hint={t("decline.hint")}
              rows={3}
              defaultValue={f.value("message")}
              errors={f.errors.message}
            />
          )}
        </StepForm>
      ) : null}
      {others.length > 0 ? (
        <div className="space-y-2">
          <p className="text-sm text-stone-600">{t("instead")}</p>
          <div className="flex flex-wrap gap-2">
            {others.map((s) => (
              <Button
                key={s}
                type="button"
                variant={s === "decline" ? "ghost" : "secondary"}
                className={s === "decline" ? "text-red-700" : undefined}
                onClick={() => {
                  setChosen(s);
                  setFocusStep(s);
                }}
              >
                {title(s)}
              </Button>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The mentor answers the supervisor's question (INFO_REQUESTED -> ACKNOWLEDGED). */
export function MentorSteps({ referralId, steps }: { referralId: string; steps: ReferralStep[] }) {
  const t = useTranslations("referrals.steps");
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <DoneStatus message={done} />
      {steps.includes("answer") ? (
        <StepForm
          onDone={setDone}
          step="answer"
          action={answerReferralInfoAction}
          referralId={referralId}
          title={t("answer.title")}
          submit={t("answer.submit")}
        >
          {(f) => (
            <TextAreaField
              id="answer-message"
              name="message"
              label={t("answer.message")}
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
