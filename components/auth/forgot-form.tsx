"use client";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestPasswordResetAction } from "@/lib/account/actions";

export function ForgotForm() {
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(requestPasswordResetAction);
  return (
    <form ref={attach} action={action} aria-label="Reset your password" className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} label="Reset status" ref={attachStatus} />
      <TextField
        id="email"
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        defaultValue={value("email", "")}
        errors={errors.email}
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Sending…">
        Send me a link
      </Button>
      <Link href="/login" className="text-brand-700 inline-flex min-h-11 items-center text-sm font-medium underline">
        Back to sign in
      </Link>
    </form>
  );
}
