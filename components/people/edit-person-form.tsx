"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { editPersonAction } from "@/lib/people/person-actions";

/**
 * The person page's correction form: name, email, student number. A new email is confirmed
 * first (the person signs in with it from then on); an email another account uses is refused
 * next to the field by the server (never a silent rename or merge).
 */
export function EditPersonForm({
  membershipId,
  initial,
}: {
  membershipId: string;
  initial: { name: string; email: string; studentNumber: string };
}) {
  const t = useTranslations("roster.page.person.edit");
  const { state, action, pending, attach, attachStatus, value, errors, orphanErrors } = useActionForm(editPersonAction);
  return (
    <form
      ref={attach}
      action={action}
      aria-label={t("label")}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        const email = String(new FormData(e.currentTarget).get("email") ?? "")
          .trim()
          .toLowerCase();
        if (email && email !== initial.email.toLowerCase() && !window.confirm(t("confirmEmail", { email })))
          e.preventDefault();
      }}
    >
      <input type="hidden" name="membershipId" value={membershipId} />
      <TextField
        id="name"
        name="name"
        label={t("name")}
        defaultValue={value("name", initial.name)}
        errors={errors.name}
      />
      <TextField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        defaultValue={value("email", initial.email)}
        errors={errors.email}
      />
      <TextField
        id="studentNumber"
        name="studentNumber"
        label={t("studentNumber")}
        hint={t("studentNumberHint")}
        optional
        dir="ltr"
        defaultValue={value("studentNumber", initial.studentNumber)}
        errors={errors.studentNumber}
      />
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors} />
      <Button type="submit" pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
