"use client";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { decideErasureAction, requestErasureAction, setRetentionAction } from "@/lib/data-rights/actions";

export function RetentionForm({ years }: { years: number | null }) {
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(setRetentionAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label="Retention" noValidate>
      <FormStatus state={state} label="Retention status" ref={attachStatus} />
      <TextField
        id="years"
        label="Anonymise closed cohorts after (years)"
        inputMode="numeric"
        optional
        defaultValue={value("years", years === null ? "" : String(years))}
        hint="Empty: kept until someone asks. The nightly jobs anonymise every closed cohort that ended longer ago."
        errors={errors.years}
      />
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save retention
      </Button>
    </form>
  );
}

export function RequestErasureForm({ people }: { people: { id: string; label: string }[] }) {
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(requestErasureAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label="Ask to anonymise or delete" noValidate>
      <FormStatus state={state} label="Request status" ref={attachStatus} />
      <SelectField
        id="membershipId"
        label="Person"
        defaultValue={value("membershipId", "")}
        errors={errors.membershipId}
      >
        <option value="">Choose a person</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </SelectField>
      <SelectField id="kind" label="What to do" defaultValue={value("kind", "ANONYMISE")} errors={errors.kind}>
        <option value="ANONYMISE">Anonymise (records and counts kept)</option>
        <option value="DELETE">Delete (only if they have no programme records)</option>
      </SelectField>
      <TextField id="reason" label="On what basis" defaultValue={value("reason", "")} errors={errors.reason} />
      <Button type="submit" variant="danger" pending={pending} pendingLabel="Asking…">
        Ask the supervisor to confirm
      </Button>
    </form>
  );
}

export function DecideErasureButtons({ requestId }: { requestId: string }) {
  const { state, action, pending, attach, attachStatus } = useActionForm(decideErasureAction);
  return (
    <form ref={attach} action={action} className="flex flex-wrap items-center gap-2" aria-label="Decide the request">
      <input type="hidden" name="requestId" value={requestId} />
      <Button type="submit" name="decision" value="confirm" variant="danger" disabled={pending}>
        Confirm
      </Button>
      <Button type="submit" name="decision" value="decline" variant="secondary" disabled={pending}>
        Decline
      </Button>
      <FormStatus state={state} label="Decision status" ref={attachStatus} />
    </form>
  );
}
