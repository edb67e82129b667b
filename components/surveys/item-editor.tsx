"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { addItemAction, editItemAction, removeItemAction } from "@/lib/surveys/actions";
import { AUDIENCES, ITEM_KINDS } from "@/lib/surveys/schemas";

/** Reword one question of a draft (the instrument's licensed wording goes here), or remove it. */
export function EditItem({ itemId, position, prompt }: { itemId: string; position: number; prompt: string }) {
  const t = useTranslations("surveys");
  const edit = useActionForm(editItemAction);
  const remove = useActionForm(removeItemAction);
  const { attach, attachStatus } = edit;
  const { attach: attachRemove, attachStatus: attachRemoveStatus } = remove;
  return (
    <div className="mt-2 space-y-2">
      <form ref={attach} action={edit.action} className="space-y-2" noValidate>
        <FormStatus state={edit.state} label={t("detail.itemStatus")} ref={attachStatus} />
        <input type="hidden" name="itemId" value={itemId} />
        <TextAreaField
          id={`prompt-${itemId}`}
          name="prompt"
          rows={2}
          label={t("detail.editLabel", { n: position })}
          defaultValue={edit.value("prompt", prompt)}
          errors={edit.errors.prompt}
        />
        <Button type="submit" variant="secondary" pending={edit.pending} pendingLabel={t("detail.saving")}>
          {t("detail.save")}
        </Button>
      </form>
      <form ref={attachRemove} action={remove.action} noValidate>
        <FormStatus state={remove.state} label={t("detail.itemStatus")} ref={attachRemoveStatus} />
        <input type="hidden" name="itemId" value={itemId} />
        <Button
          type="submit"
          variant="ghost"
          pending={remove.pending}
          aria-label={t("detail.removeLabel", { n: position })}
        >
          {t("detail.remove")}
        </Button>
      </form>
    </div>
  );
}

/** Add a question to a draft. */
export function AddItemForm({ surveyId }: { surveyId: string }) {
  const t = useTranslations("surveys");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(addItemAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label={t("addItem.heading")} noValidate>
      <FormStatus state={state} label={t("addItem.status")} ref={attachStatus} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <SelectField id="kind" label={t("addItem.kind")} defaultValue={value("kind", "LIKERT_5")} errors={errors.kind}>
        {ITEM_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="prompt"
        rows={2}
        label={t("addItem.prompt")}
        defaultValue={value("prompt", "")}
        errors={errors.prompt}
      />
      <SelectField
        id="item-audience"
        name="audience"
        label={t("addItem.audience")}
        defaultValue={value("audience", "EVERYONE")}
        errors={errors.audience}
      >
        {AUDIENCES.map((a) => (
          <option key={a} value={a}>
            {t(`audience.${a}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="options"
        rows={3}
        optional
        label={t("addItem.options")}
        defaultValue={value("options", "")}
        errors={errors.options}
      />
      <TextField
        id="subscale"
        optional
        label={t("addItem.subscale")}
        defaultValue={value("subscale", "")}
        errors={errors.subscale}
      />
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <label className="flex min-h-11 items-center gap-2 text-sm text-stone-800">
          <input type="checkbox" name="required" defaultChecked={value("required", "on") === "on"} className="size-4" />
          {t("addItem.required")}
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm text-stone-800">
          <input
            type="checkbox"
            name="reverseKeyed"
            defaultChecked={value("reverseKeyed", "") === "on"}
            className="size-4"
          />
          {t("addItem.reverse")}
        </label>
      </div>
      <Button type="submit" pending={pending} pendingLabel={t("addItem.pending")}>
        {t("addItem.submit")}
      </Button>
    </form>
  );
}
