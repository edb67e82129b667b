"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createReferralAction } from "@/lib/referrals/actions";
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
  const t = useTranslations("referrals.form");
  const tc = useTranslations("referrals.category");
  const { state, action, pending, attach, attachStatus, errors, value: v } = useActionForm(createReferralAction);
  const [urgency, setUrgency] = useState(v("urgency", ""));

  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormStatus state={state} label={t("status")} ref={attachStatus} />
        {state.data.urgent ? <EmergencyGuidance centres={state.data.emergencyCentres} /> : null}
        <div className="flex flex-wrap gap-3">
          <Link
            className="bg-brand-600 hover:bg-brand-700 inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium text-white"
            href={`/mentor/referrals/${state.data.referralId}`}
          >
            {t("view")}
          </Link>
          <Link
            className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 text-sm font-medium text-stone-800 hover:bg-stone-100"
            href="/mentor/referrals"
          >
            {t("all")}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <form ref={attach} action={action} className="space-y-5" aria-label={t("label")} noValidate>
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <SelectField
        id="menteeId"
        label={t("mentee")}
        defaultValue={v("menteeId", selectedMenteeId)}
        errors={errors.menteeId}
      >
        <option value="">{t("chooseMentee")}</option>
        {mentees.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      {contactLog ? (
        <>
          <input type="hidden" name="contactLogId" value={contactLog.id} />
          <p className="text-sm text-stone-600">{t("fromContact", { contact: contactLog.label })}</p>
        </>
      ) : null}
      {errors.contactLogId ? <p className="text-sm font-medium text-red-700">{errors.contactLogId.join(" ")}</p> : null}
      <SelectField id="category" label={t("category")} defaultValue={v("category", "")} errors={errors.category}>
        <option value="">{t("choose")}</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {tc(c)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="urgency"
        label={t("urgency")}
        value={urgency}
        onChange={(e) => setUrgency(e.target.value)}
        hint={t("urgencyHint")}
        errors={errors.urgency}
      >
        <option value="">{t("choose")}</option>
        {URGENCIES.map((u) => (
          <option key={u} value={u}>
            {t(`urgencyChoice.${u}`)}
          </option>
        ))}
      </SelectField>
      {urgency === "URGENT" ? <EmergencyGuidance centres={emergencyCentres} headingLevel={3} sent={false} /> : null}
      <TextAreaField
        id="reason"
        label={t("reason")}
        rows={6}
        defaultValue={v("reason", "")}
        hint={t("reasonHint")}
        errors={errors.reason}
      />
      <YesNoField
        name="menteeInformed"
        legend={t("informed")}
        defaultValue={v("menteeInformed", "")}
        errors={errors.menteeInformed}
      />
      <YesNoField
        name="menteeConsented"
        legend={t("consented")}
        hint={t("consentedHint")}
        defaultValue={v("menteeConsented", "")}
        errors={errors.menteeConsented}
      />
      <Button type="submit" pending={pending} pendingLabel={t("sending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
