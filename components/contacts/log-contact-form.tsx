"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { ButtonLink } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { cx } from "@/components/ui/cx";
import { useActionForm } from "@/components/ui/use-action-form";
import { logContactAction } from "@/lib/contacts/actions";
import { CONTACT_CHANNELS, CONTACT_TOPICS, TARGET_EACH, TARGET_GROUP } from "@/lib/contacts/schemas";

interface Props {
  pairId: string;
  mentees: { id: string; name: string }[];
  initialTarget: string;
  nowLocal: string;
  today: string;
  endsOn: string;
}

function ErrorText({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.join(" ")}
    </p>
  ) : null;
}

const pill =
  "flex min-h-11 cursor-pointer items-center justify-center rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-800 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500";

/**
 * Log a contact: pick a mentee (preselected from the home page), keep the defaults, save. After a
 * save the whole form starts over ("With" empty again: a second contact is a new choice), the
 * button says "Saved" until something changes, and the result shows next to the button.
 */
export function LogContactForm({ pairId, mentees, initialTarget, nowLocal, today, endsOn }: Props) {
  const t = useTranslations("contacts.form");
  const tt = useTranslations("contacts.topic");
  const tc = useTranslations("common.channel");
  const tu = useTranslations("ui");
  const {
    state,
    errors,
    pending,
    action,
    attach,
    attachStatus,
    value: typed,
    values,
    saved,
    formKey,
    orphanErrors,
  } = useActionForm(logContactAction, { resetOnSuccess: true });
  const channel = typed("channel", "PHONE");
  const outcome = typed("outcome", "COMPLETED");
  const topics = values("topics");
  const referralHref = state?.ok ? state.data.referralHref : null;
  // after a save, nobody is preselected: the next contact is a new choice
  const target = state?.ok ? "" : typed("target", initialTarget);

  return (
    <form key={formKey} ref={attach} action={action} className="space-y-5" aria-label={t("label")} noValidate>
      <input type="hidden" name="pairId" value={pairId} />
      <SelectField id="target" label={t("with")} defaultValue={target} errors={errors.target}>
        <option value="" disabled>
          {t("chooseMentee")}
        </option>
        {mentees.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
        <option value={TARGET_EACH}>{t("each", { count: mentees.length })}</option>
        <option value={TARGET_GROUP}>{t("group")}</option>
      </SelectField>

      <fieldset className="space-y-2" aria-describedby={errors.channel ? "channel-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("how")}</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {CONTACT_CHANNELS.map((c) => (
            <label key={c} className={pill}>
              <input type="radio" name="channel" value={c} defaultChecked={channel === c} className="sr-only" />
              {tc(c)}
            </label>
          ))}
        </div>
        <ErrorText id="channel-error" errors={errors.channel} />
      </fieldset>

      <fieldset className="space-y-2" aria-describedby={errors.outcome ? "outcome-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("outcome")}</legend>
        <div className="grid grid-cols-2 gap-2">
          <label className={pill}>
            <input
              type="radio"
              name="outcome"
              value="COMPLETED"
              defaultChecked={outcome === "COMPLETED"}
              className="sr-only"
            />
            {t("talked")}
          </label>
          <label className={pill}>
            <input
              type="radio"
              name="outcome"
              value="NO_ANSWER"
              defaultChecked={outcome === "NO_ANSWER"}
              className="sr-only"
            />
            {t("noAnswer")}
          </label>
        </div>
        <p className="text-sm text-stone-600">{t("noAnswerHint")}</p>
        <ErrorText id="outcome-error" errors={errors.outcome} />
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="occurredAt"
          label={t("when")}
          type="datetime-local"
          max={nowLocal}
          defaultValue={typed("occurredAt", nowLocal)}
          errors={errors.occurredAt}
        />
        <TextField
          id="minutes"
          label={t("minutes")}
          type="number"
          inputMode="numeric"
          min={1}
          max={480}
          optional
          defaultValue={typed("minutes", "")}
          errors={errors.minutes}
        />
      </div>

      <fieldset className="space-y-2" aria-describedby={errors.topics ? "topics-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">
          {t("topics")} <span className="font-normal text-stone-500">{tu("optional")}</span>
        </legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {CONTACT_TOPICS.map((topic) => (
            <label key={topic} className={cx(pill, "justify-start gap-2")}>
              <input
                type="checkbox"
                name="topics"
                value={topic}
                defaultChecked={topics.includes(topic)}
                className="accent-brand-600 size-5"
              />
              {tt(topic)}
            </label>
          ))}
        </div>
        <ErrorText id="topics-error" errors={errors.topics} />
      </fieldset>

      <TextAreaField
        id="note"
        label={t("note")}
        optional
        rows={3}
        defaultValue={typed("note", "")}
        hint={t("noteHint")}
        errors={errors.note}
      />

      <DateField
        id="followUpOn"
        label={t("followUp")}
        min={today}
        max={endsOn}
        optional
        defaultValue={typed("followUpOn", "")}
        errors={errors.followUpOn}
      />

      <div className="space-y-1.5">
        <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-stone-800">
          <input
            type="checkbox"
            name="needsReferral"
            value="on"
            defaultChecked={typed("needsReferral", "") === "on"}
            className="accent-brand-600 size-5"
            aria-describedby="needsReferral-hint"
          />
          {t("needsReferral")}
        </label>
        <p id="needsReferral-hint" className="text-sm text-stone-600">
          {t("needsReferralHint")}
        </p>
        <ErrorText id="needsReferral-error" errors={errors.needsReferral} />
      </div>

      {/* the result, next to the button: where the thumb is on a phone */}
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors}>
        <p>{t("logAnother")}</p>
        <div className="flex flex-wrap gap-2">
          {referralHref ? <ButtonLink href={referralHref}>{t("startReferral")}</ButtonLink> : null}
          <ButtonLink href="/mentor" variant={referralHref ? "secondary" : "primary"}>
            {t("backToGroup")}
          </ButtonLink>
        </div>
      </FormStatus>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} saved={saved} pendingLabel={t("saving")} className="w-full sm:w-auto">
          {t("save")}
        </SubmitButton>
        <Link href="/mentor" className="text-sm font-medium text-stone-700 underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
