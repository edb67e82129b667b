"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { acceptInvitationAction } from "@/lib/people/invite-actions";

export function InvitationForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState(acceptInvitationAction, null);
  const failed = state && !state.ok ? state : null;
  if (state?.ok) {
    return (
      <div className="mt-6 space-y-4">
        <FormStatus state={state} label="Password status" />
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
    <form action={formAction} aria-label="Set your password" className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} label="Password status" />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" autoComplete="username" value={email} />
      <TextField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        errors={failed?.fieldErrors?.password}
      />
      <TextField
        id="confirm"
        label="Repeat the password"
        type="password"
        autoComplete="new-password"
        errors={failed?.fieldErrors?.confirm}
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Saving…">
        Set password
      </Button>
    </form>
  );
}
