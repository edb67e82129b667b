"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { CATEGORIES } from "@/lib/referrals/rules";
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
  const t = useTranslations("centres.form");
  const tc = useTranslations("centres.category");
  const p = centre ? `c-${centre.id}-` : "new-";
  const v = (k: "name" | "category" | "contact" | "hours" | "howToRefer") => value(k, centre?.[k] ?? "");
  const title = centre ? t("editTitle", { name: centre.name }) : t("addTitle");
  return (
    <form ref={attach} action={action} aria-label={title} className="space-y-4" noValidate>
      <FormStatus state={state} label={t("status", { title })} ref={attachStatus} />
      {centre ? <input type="hidden" name="centreId" value={centre.id} /> : null}
      <TextField id={`${p}name`} name="name" label={t("name")} defaultValue={v("name")} errors={errors.name} />
      <SelectField
        id={`${p}category`}
        name="category"
        label={t("category")}
        defaultValue={v("category")}
        errors={errors.category}
      >
        <option value="">{t("choose")}</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {tc(c)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${p}contact`}
        name="contact"
        label={t("contact")}
        optional
        hint={t("contactHint")}
        defaultValue={v("contact")}
        errors={errors.contact}
      />
      <TextField
        id={`${p}hours`}
        name="hours"
        label={t("hours")}
        optional
        defaultValue={v("hours")}
        errors={errors.hours}
      />
      <TextAreaField
        id={`${p}howToRefer`}
        name="howToRefer"
        label={t("howToRefer")}
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
        {t("emergency")}
      </label>
      <Button type="submit" pending={pending} pendingLabel={t("saving")}>
        {centre ? t("save") : t("addSubmit")}
      </Button>
    </form>
  );
}

/** Remove a centre, after an explicit confirmation. */
export function DeleteCentreForm({ centreId, name }: { centreId: string; name: string }) {
  const t = useTranslations("centres.form");
  const { state, action, pending, attach, attachStatus } = useActionForm(deleteSupportCentreAction);
  return (
    <form ref={attach} action={action} aria-label={t("removeTitle", { name })} className="space-y-3" noValidate>
      <FormStatus state={state} label={t("status", { title: t("removeTitle", { name }) })} ref={attachStatus} />
      <input type="hidden" name="centreId" value={centreId} />
      <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
        <input type="checkbox" required className="size-5" />
        {t.rich("removeConfirm", { name, b: (chunks) => <bdi>{chunks}</bdi> })}
      </label>
      <Button type="submit" variant="danger" pending={pending} pendingLabel={t("removing")}>
        {t("remove")}
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
  const t = useTranslations("centres.form");
  const { state, action, pending, attach, attachStatus, errors, value } = useActionForm(copySupportCentresAction);
  return (
    <form ref={attach} action={action} aria-label={t("copyLabel")} className="space-y-3" noValidate>
      <FormStatus state={state} label={t("copyStatus")} ref={attachStatus} />
      <input type="hidden" name="toCohortId" value={toCohortId} />
      <SelectField
        id="fromCohortId"
        label={t("copyFrom")}
        defaultValue={value("fromCohortId", cohorts[0]?.id ?? "")}
        errors={errors.fromCohortId}
      >
        {cohorts.map((c) => (
          <option key={c.id} value={c.id}>
            {t("copyOption", { name: c.name, count: c.centres })}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" pending={pending} pendingLabel={t("copying")}>
        {t("copySubmit")}
      </Button>
    </form>
  );
}
