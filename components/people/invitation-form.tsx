"use client";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { acceptInvitationAction } from "@/lib/people/invite-actions";

export function InvitationForm({ token, email }: { token: string; email: string }) {
  // The passwords are never echoed back (secretFields): a refused submit keeps nothing typed here.
  const { state, action: formAction, pending, attach, attachStatus, errors } = useActionForm(acceptInvitationAction);
  if (state?.ok) {
    return (
      <div className="mt-6 space-y-4">
        <FormStatus state={state} label="Password status" ref={attachStatus} />
        <Link
          href={`/login?callbackUrl=/`}
          className="bg-brand-600 inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-white"
        >
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form ref={attach} action={formAction} aria-label="Set your password" className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} label="Password status" ref={attachStatus} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" autoComplete="username" value={email} />
      <TextField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        errors={errors.password}
      />
      <TextField
        id="confirm"
        label="Repeat the password"
        type="password"
        autoComplete="new-password"
        errors={errors.confirm}
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Saving…">
        Set password
      </Button>
    </form>
  );
}
