"use client";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { CATEGORIES } from "@/lib/referrals/rules";
import { CATEGORY_LABEL } from "@/lib/referrals/schemas";
import {
  copySupportCentresAction,
  createSupportCentreAction,
  deleteSupportCentreAction,
  updateSupportCentreAction,
} from "@/lib/support-centres/actions";

export interface CentreValues {
  id: string;
  name: string;
  category: string;
  contact: string | null;
  hours: string | null;
  howToRefer: string | null;
  emergency: boolean;
}

/** Add a centre (no `centre`) or edit one. */
export function CentreForm({ centre }: { centre?: CentreValues }) {
  const { state, action, pending, attach, attachStatus, failed, errors, value } = useActionForm(
    centre ? updateSupportCentreAction : createSupportCentreAction,
  );
  const p = centre ? `c-${centre.id}-` : "new-";
  const v = (k: "name" | "category" | "contact" | "hours" | "howToRefer") => value(k, centre?.[k] ?? "");
  const title = centre ? `Edit ${centre.name}` : "Add a support centre";
  return (
    <form ref={attach} action={action} aria-label={title} className="space-y-4" noValidate>
      <FormStatus state={state} label={`${title} status`} ref={attachStatus} />
      {centre ? <input type="hidden" name="centreId" value={centre.id} /> : null}
      <TextField id={`${p}name`} name="name" label="Name" defaultValue={v("name")} errors={errors.name} />
      <SelectField
        id={`${p}category`}
        name="category"
        label="Category"
        defaultValue={v("category")}
        errors={errors.category}
      >
        <option value="">Choose…</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABEL[c]}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${p}contact`}
        name="contact"
        label="Contact"
        optional
        hint="Room, email, phone."
        defaultValue={v("contact")}
        errors={errors.contact}
      />
      <TextField
        id={`${p}hours`}
        name="hours"
        label="Opening hours"
        optional
        defaultValue={v("hours")}
        errors={errors.hours}
      />
      <TextAreaField
        id={`${p}howToRefer`}
        name="howToRefer"
        label="How to refer"
        optional
        rows={3}
        defaultValue={v("howToRefer")}
        errors={errors.howToRefer}
      />
      <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
        <input
          type="checkbox"
          name="emergency"
          value="true"
          defaultChecked={failed ? failed.values?.emergency === "true" : (centre?.emergency ?? false)}
          className="size-5"
        />
        Emergency contact: shown to mentors at once when they file an urgent referral
      </label>
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        {centre ? "Save centre" : "Add centre"}
      </Button>
    </form>
  );
}

/** Remove a centre, after an explicit confirmation. */
export function DeleteCentreForm({ centreId, name }: { centreId: string; name: string }) {
  const { state, action, pending, attach, attachStatus } = useActionForm(deleteSupportCentreAction);
  return (
    <form ref={attach} action={action} aria-label={`Remove ${name}`} className="space-y-3" noValidate>
      <FormStatus state={state} label={`Remove ${name} status`} ref={attachStatus} />
      <input type="hidden" name="centreId" value={centreId} />
      <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
        <input type="checkbox" required className="size-5" />
        Yes, remove {name} from this year&apos;s directory
      </label>
      <Button type="submit" variant="danger" pending={pending} pendingLabel="Removing…">
        Remove centre
      </Button>
    </form>
  );
}

/** Rollover: copy an earlier cohort's directory (centres with the same name are kept). */
export function CopyCentresForm({
  toCohortId,
  cohorts,
}: {
  toCohortId: string;
  cohorts: { id: string; name: string; centres: number }[];
}) {
  const { state, action, pending, attach, attachStatus, errors, value } = useActionForm(copySupportCentresAction);
  return (
    <form ref={attach} action={action} aria-label="Copy last year's directory" className="space-y-3" noValidate>
      <FormStatus state={state} label="Copy status" ref={attachStatus} />
      <input type="hidden" name="toCohortId" value={toCohortId} />
      <SelectField
        id="fromCohortId"
        label="Copy centres from"
        defaultValue={value("fromCohortId", cohorts[0]?.id ?? "")}
        errors={errors.fromCohortId}
      >
        {cohorts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.centres} centre{c.centres === 1 ? "" : "s"})
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Copying…">
        Copy centres
      </Button>
    </form>
  );
}
