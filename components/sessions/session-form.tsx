"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createSessionAction, updateSessionAction } from "@/lib/sessions/actions";
import { NEW_SPEAKER } from "@/lib/sessions/schemas";
import { SessionCommonFields } from "./session-fields";

const KINDS = ["ROLE_MODEL", "BRIEFING", "TRAINING", "INTER_MENTOR"] as const;
const AUDIENCES = ["MENTEES", "MENTORS", "EVERYONE"] as const;

export interface SessionFormValues {
  sessionId?: string;
  kind: string;
  title: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  audience: string;
  capacity: string;
  speakerId: string;
  speakerName: string;
  trainingModules: string[];
}

/**
 * Schedule (or edit) one session. Times are the cohort's wall-clock times; the speaker is one of
 * the cohort's role models or a guest by name; a training workshop names the modules it covers.
 */
export function SessionForm({
  initial,
  speakers,
  modules,
  timeZone,
}: {
  initial: SessionFormValues;
  speakers: { id: string; name: string }[];
  modules: string[];
  timeZone: string;
}) {
  const t = useTranslations("sessions.form");
  const tk = useTranslations("sessions.kind");
  const ta = useTranslations("sessions.audience");
  const editing = !!initial.sessionId;
  // The same fields either way; the session id (hidden) is what the edit adds.
  const act = (editing ? updateSessionAction : createSessionAction) as unknown as typeof createSessionAction;
  const { state, action, pending, attach, attachStatus, value, values, errors } = useActionForm(act);
  const [kind, setKind] = useState(value("kind", initial.kind));
  const [speaker, setSpeaker] = useState(value("speakerId", initial.speakerId));
  const chosenModules = values("trainingModules", initial.trainingModules);
  return (
    <form
      ref={attach}
      action={action}
      aria-label={editing ? t("editLabel") : t("createLabel")}
      noValidate
      className="space-y-4"
    >
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      {editing ? (
        <input type="hidden" name="sessionId" value={initial.sessionId} />
      ) : (
        <SelectField
          id="kind"
          label={t("kind")}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          errors={errors.kind}
        >
          {KINDS.filter((k) => k !== "INTER_MENTOR").map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </SelectField>
      )}
      <SessionCommonFields
        value={value}
        errors={errors}
        defaults={initial}
        timeZone={timeZone}
        days={[
          <DateField
            key="date"
            id="date"
            label={t("date")}
            defaultValue={value("date", initial.date)}
            errors={errors.date}
          />,
        ]}
      />
      {kind === "INTER_MENTOR" ? (
        <input type="hidden" name="audience" value="MENTORS" />
      ) : (
        <SelectField
          id="audience"
          label={t("audience")}
          defaultValue={value("audience", initial.audience)}
          errors={errors.audience}
        >
          {AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {ta(a)}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        id="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        label={t("capacity")}
        hint={t("capacityHint")}
        optional
        defaultValue={value("capacity", initial.capacity)}
        errors={errors.capacity}
      />
      {kind === "ROLE_MODEL" ? (
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="speakerId"
              label={t("speaker")}
              value={speaker}
              onChange={(e) => setSpeaker(e.target.value)}
              errors={errors.speakerId}
            >
              <option value="">{t("guestSpeaker")}</option>
              {speakers.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              {!editing ? <option value={NEW_SPEAKER}>{t("newSpeaker")}</option> : null}
            </SelectField>
            {speaker === "" ? (
              <TextField
                id="speakerName"
                label={t("speakerName")}
                hint={t("speakerNameHint")}
                optional
                defaultValue={value("speakerName", initial.speakerName)}
                errors={errors.speakerName}
              />
            ) : null}
          </div>
          {speaker === NEW_SPEAKER ? (
            <fieldset className="space-y-3 rounded-lg border border-stone-200 p-3">
              <legend className="px-1 text-sm font-medium text-stone-800">{t("newSpeaker")}</legend>
              <p className="text-sm text-stone-600">{t("newSpeakerHint")}</p>
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField
                  id="newSpeakerName"
                  label={t("newSpeakerName")}
                  autoComplete="off"
                  defaultValue={value("newSpeakerName", "")}
                  errors={errors.newSpeakerName}
                />
                <TextField
                  id="newSpeakerEmail"
                  type="email"
                  label={t("newSpeakerEmail")}
                  autoComplete="off"
                  defaultValue={value("newSpeakerEmail", "")}
                  errors={errors.newSpeakerEmail}
                />
              </div>
            </fieldset>
          ) : null}
        </div>
      ) : null}
      {kind === "TRAINING" ? (
        <fieldset
          className="space-y-2"
          aria-describedby={errors.trainingModules?.length ? "trainingModules-error" : undefined}
        >
          <legend className="text-sm font-medium text-stone-800">{t("trainingModules")}</legend>
          <p className="text-sm text-stone-600">{t("trainingModulesHint")}</p>
          {modules.map((m, i) => (
            <label key={m} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="trainingModules"
                value={m}
                id={`module-${i}`}
                defaultChecked={chosenModules.includes(m)}
                className="size-5"
              />
              <bdi>{m}</bdi>
            </label>
          ))}
          {errors.trainingModules?.length ? (
            <p id="trainingModules-error" className="text-sm font-medium text-red-700">
              {errors.trainingModules.join(" ")}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <Button type="submit" pending={pending} pendingLabel={t("pending")}>
        {editing ? t("save") : t("submit")}
      </Button>
    </form>
  );
}
