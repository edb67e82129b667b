"use client";
import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { cx } from "@/components/ui/cx";
import { useActionForm } from "@/components/ui/use-action-form";
import { logContactAction } from "@/lib/contacts/actions";
import { CONTACT_CHANNELS, CONTACT_TOPICS, TARGET_EACH, TARGET_GROUP, TOPIC_LABEL } from "@/lib/contacts/schemas";
import { LABEL } from "@/lib/format";

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

/** Log a contact: pick a mentee (preselected from the home page), keep the defaults, save. */
export function LogContactForm({ pairId, mentees, initialTarget, nowLocal, today, endsOn }: Props) {
  const {
    state,
    errors,
    pending,
    action,
    attach,
    attachStatus,
    value: typed,
    values,
  } = useActionForm(logContactAction);
  const channel = typed("channel", "PHONE");
  const outcome = typed("outcome", "COMPLETED");
  const topics = values("topics");
  const referralHref = state?.ok ? state.data.referralHref : null;

  return (
    <form ref={attach} action={action} className="space-y-5" aria-label="Log a contact" noValidate>
      <FormStatus state={state} label="Save status" ref={attachStatus} />
      {state?.ok ? (
        <div className="flex flex-wrap gap-2">
          {referralHref ? <ButtonLink href={referralHref}>Start the referral</ButtonLink> : null}
          <ButtonLink href="/mentor" variant={referralHref ? "secondary" : "primary"}>
            Back to my group
          </ButtonLink>
        </div>
      ) : null}
      <input type="hidden" name="pairId" value={pairId} />
      <SelectField id="target" label="With" defaultValue={typed("target", initialTarget)} errors={errors.target}>
        <option value="" disabled>
          Choose a mentee
        </option>
        {mentees.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
        <option value={TARGET_EACH}>Everyone, one contact each ({mentees.length})</option>
        <option value={TARGET_GROUP}>The whole group together (group meeting)</option>
      </SelectField>

      <fieldset className="space-y-2" aria-describedby={errors.channel ? "channel-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">How</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {CONTACT_CHANNELS.map((c) => (
            <label key={c} className={pill}>
              <input type="radio" name="channel" value={c} defaultChecked={channel === c} className="sr-only" />
              {LABEL.channel[c]}
            </label>
          ))}
        </div>
        <ErrorText id="channel-error" errors={errors.channel} />
      </fieldset>

      <fieldset className="space-y-2" aria-describedby={errors.outcome ? "outcome-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">Outcome</legend>
        <div className="grid grid-cols-2 gap-2">
          <label className={pill}>
            <input
              type="radio"
              name="outcome"
              value="COMPLETED"
              defaultChecked={outcome === "COMPLETED"}
              className="sr-only"
            />
            We talked / met
          </label>
          <label className={pill}>
            <input
              type="radio"
              name="outcome"
              value="NO_ANSWER"
              defaultChecked={outcome === "NO_ANSWER"}
              className="sr-only"
            />
            No answer
          </label>
        </div>
        <p className="text-sm text-stone-600">
          An unanswered call shows you kept trying; it does not reset the contact clock.
        </p>
        <ErrorText id="outcome-error" errors={errors.outcome} />
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="occurredAt"
          label="When"
          type="datetime-local"
          max={nowLocal}
          defaultValue={typed("occurredAt", nowLocal)}
          errors={errors.occurredAt}
        />
        <TextField
          id="minutes"
          label="Minutes"
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
          Topics <span className="font-normal text-stone-500">(optional)</span>
        </legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {CONTACT_TOPICS.map((t) => (
            <label key={t} className={cx(pill, "justify-start gap-2")}>
              <input
                type="checkbox"
                name="topics"
                value={t}
                defaultChecked={topics.includes(t)}
                className="accent-brand-600 size-5"
              />
              {TOPIC_LABEL[t]}
            </label>
          ))}
        </div>
        <ErrorText id="topics-error" errors={errors.topics} />
      </fieldset>

      <TextAreaField
        id="note"
        label="Private note"
        optional
        rows={3}
        defaultValue={typed("note", "")}
        hint="Only you, your co-mentor and the supervisor can read it. The mentee and the coordinators never see it."
        errors={errors.note}
      />

      <TextField
        id="followUpOn"
        label="Follow up by"
        type="date"
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
          This needs a referral
        </label>
        <p id="needsReferral-hint" className="text-sm text-stone-600">
          After saving, you can start a referral to a support centre for this mentee.
        </p>
        <ErrorText id="needsReferral-error" errors={errors.needsReferral} />
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending} pendingLabel="Saving…" className="w-full sm:w-auto">
          Save contact
        </Button>
        <Link href="/mentor" className="text-sm font-medium text-stone-700 underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
