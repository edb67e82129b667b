"use client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction } from "@/lib/account/actions";

export function PasswordForm() {
  const { state, action, pending, attach, attachStatus, errors } = useActionForm(changePasswordAction);
  return (
    <form ref={attach} action={action} className="space-y-4" aria-label="Change password" noValidate>
      <FormStatus state={state} label="Password status" ref={attachStatus} />
      <TextField
        id="current"
        label="Current password"
        type="password"
        autoComplete="current-password"
        errors={errors.current}
      />
      <TextField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters; not a common password, and not your name or email. A few unrelated words work well."
        errors={errors.password}
      />
      <TextField
        id="confirm"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        errors={errors.confirm}
      />
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Change password
      </Button>
    </form>
  );
}
