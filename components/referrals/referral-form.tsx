"use client";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createReferralAction } from "@/lib/referrals/actions";
import { CATEGORY_LABEL, URGENCY_LABEL } from "@/lib/referrals/schemas";
import { CATEGORIES, URGENCIES } from "@/lib/referrals/rules";
import { EmergencyGuidance, type GuidanceCentre } from "./emergency-guidance";
import { TextAreaField, YesNoField } from "./fields";

interface Props {
  mentees: { id: string; name: string }[];
  selectedMenteeId: string;
  contactLog: { id: string; label: string } | null;
  emergencyCentres: GuidanceCentre[];
}

/** A mentor refers a mentee of their group. Urgent shows the emergency guidance at once. */
export function ReferralForm({ mentees, selectedMenteeId, contactLog, emergencyCentres }: Props) {
  const { state, action, pending, attach, attachStatus, errors, value: v } = useActionForm(createReferralAction);
  const [urgency, setUrgency] = useState(v("urgency", ""));

  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormStatus state={state} label="Referral status" ref={attachStatus} />
        {state.data.urgent ? <EmergencyGuidance centres={state.data.emergencyCentres} /> : null}
        <div className="flex flex-wrap gap-3">
          <Link
            className="bg-brand-600 hover:bg-brand-700 inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium text-white"
            href={`/mentor/referrals/${state.data.referralId}`}
          >
            View this referral
          </Link>
          <Link
            className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 text-sm font-medium text-stone-800 hover:bg-stone-100"
            href="/mentor/referrals"
          >
            All referrals
          </Link>
        </div>
      </div>
    );
  }

  return (
    <form ref={attach} action={action} className="space-y-5" aria-label="Refer a mentee" noValidate>
      <FormStatus state={state} label="Referral status" ref={attachStatus} />
      <SelectField id="menteeId" label="Mentee" defaultValue={v("menteeId", selectedMenteeId)} errors={errors.menteeId}>
        <option value="">Choose a mentee of your group</option>
        {mentees.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      {contactLog ? (
        <>
          <input type="hidden" name="contactLogId" value={contactLog.id} />
          <p className="text-sm text-stone-600">From your contact log: {contactLog.label}</p>
        </>
      ) : null}
      {errors.contactLogId ? <p className="text-sm font-medium text-red-700">{errors.contactLogId.join(" ")}</p> : null}
      <SelectField
        id="category"
        label="Kind of support centre"
        defaultValue={v("category", "")}
        errors={errors.category}
      >
        <option value="">Choose…</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABEL[c]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="urgency"
        label="Urgency"
        value={urgency}
        onChange={(e) => setUrgency(e.target.value)}
        hint="Urgent means a risk to the mentee's or someone else's safety: the supervisor is notified at once."
        errors={errors.urgency}
      >
        <option value="">Choose…</option>
        {URGENCIES.map((u) => (
          <option key={u} value={u}>
            {URGENCY_LABEL[u]}
          </option>
        ))}
      </SelectField>
      {urgency === "URGENT" ? <EmergencyGuidance centres={emergencyCentres} headingLevel={3} sent={false} /> : null}
      <TextAreaField
        id="reason"
        label="Reason"
        rows={6}
        defaultValue={v("reason", "")}
        hint="What you noticed and what you already did. Only your co-mentor and the faculty supervisor can read this; the mentee sees only that a referral exists."
        errors={errors.reason}
      />
      <YesNoField
        name="menteeInformed"
        legend="Does the mentee know about this referral?"
        defaultValue={v("menteeInformed", "")}
        errors={errors.menteeInformed}
      />
      <YesNoField
        name="menteeConsented"
        legend="Does the mentee agree to be referred?"
        hint="Refer with the mentee's consent whenever you can. Without it, say why in the reason."
        defaultValue={v("menteeConsented", "")}
        errors={errors.menteeConsented}
      />
      <Button type="submit" pending={pending} pendingLabel="Sending…">
        Send referral to the supervisor
      </Button>
    </form>
  );
}
