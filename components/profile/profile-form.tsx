"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { updateProfileAction } from "@/lib/profile/actions";
import { CHANNEL_LABEL, CHANNELS } from "@/lib/profile/schemas";

/** The pattern form: server-side field errors next to the fields, typed values kept on error. */
export function ProfileForm({ initial }: { initial: { phone: string; preferredChannel: string } }) {
  const [state, formAction, pending] = useActionState(updateProfileAction, null);
  const failed = state && !state.ok ? state : null;
  const value = (name: "phone" | "preferredChannel") => {
    const typed = failed?.values?.[name];
    return typeof typed === "string" ? typed : initial[name];
  };
  return (
    <form action={formAction} className="space-y-4" aria-label="Contact details" noValidate>
      <FormStatus state={state} label="Save status" />
      <TextField
        id="phone"
        label="Phone number"
        type="tel"
        autoComplete="tel"
        optional
        defaultValue={value("phone")}
        hint="With the country code if you have a foreign number."
        errors={failed?.fieldErrors?.phone}
      />
      <SelectField
        id="preferredChannel"
        label="Preferred way of contact"
        defaultValue={value("preferredChannel")}
        errors={failed?.fieldErrors?.preferredChannel}
      >
        <option value="">No preference</option>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {CHANNEL_LABEL[c]}
          </option>
        ))}
      </SelectField>
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save details
      </Button>
    </form>
  );
}
