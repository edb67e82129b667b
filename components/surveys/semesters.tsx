"use client";
import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { addSemesterAction, removeSemesterAction } from "@/lib/surveys/actions";

export interface SemesterLine {
  id: string;
  label: string;
  /** "1 Sep 2026 – 20 Jan 2027", formatted on the server */
  dates: string;
  /** where its survey is, or when it opens */
  survey: { id: string; title: string } | null;
  opens: string;
}

/** The cohort's semesters: each with its end-of-semester survey (or when it opens), and a new one. */
export function Semesters({ semesters, base }: { semesters: SemesterLine[]; base: string }) {
  const t = useTranslations("surveys.semesters");
  return (
    <div className="space-y-4">
      {semesters.length === 0 ? (
        <p className="text-sm text-stone-600">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {semesters.map((s) => (
            <li key={s.id} className="rounded-lg bg-stone-50 p-3 text-sm">
              <p className="font-medium text-stone-900">
                <bdi>{s.label}</bdi>
              </p>
              <p className="text-stone-600">{s.dates}</p>
              {s.survey ? (
                <a className="text-brand-700 font-medium underline" href={`${base}/${s.survey.id}`}>
                  <bdi>{s.survey.title}</bdi>
                </a>
              ) : (
                <>
                  <p className="text-stone-600">{t("opens", { day: s.opens })}</p>
                  <RemoveSemester id={s.id} label={s.label} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <AddSemester />
    </div>
  );
}

function RemoveSemester({ id, label }: { id: string; label: string }) {
  const t = useTranslations("surveys.semesters");
  const { state, action, pending, attach, attachStatus } = useActionForm(removeSemesterAction);
  return (
    <form ref={attach} action={action} aria-label={t("removeLabel", { label })} noValidate className="mt-2 space-y-2">
      <input type="hidden" name="semesterId" value={id} />
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel={t("pending")}>
        {t("remove")}
      </Button>
    </form>
  );
}

function AddSemester() {
  const t = useTranslations("surveys.semesters");
  const { state, action, pending, attach, attachStatus, value, errors, formKey, saved } = useActionForm(
    addSemesterAction,
    { resetOnSuccess: true },
  );
  return (
    <form key={formKey} ref={attach} action={action} aria-label={t("addLabel")} noValidate className="space-y-3">
      <TextField
        id="semester-label"
        name="label"
        label={t("label")}
        hint={t("labelHint")}
        defaultValue={value("label", "")}
        errors={errors.label}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField
          id="semester-startsOn"
          name="startsOn"
          label={t("startsOn")}
          defaultValue={value("startsOn", "")}
          errors={errors.startsOn}
        />
        <DateField
          id="semester-endsOn"
          name="endsOn"
          label={t("endsOn")}
          defaultValue={value("endsOn", "")}
          errors={errors.endsOn}
        />
      </div>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
      <SubmitButton saved={saved} pending={pending} pendingLabel={t("pending")}>
        {t("add")}
      </SubmitButton>
    </form>
  );
}
