"use client";
import { signOut } from "next-auth/react";
import { useTransition } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

export function LogoutButton() {
  const [pending, startTransition] = useTransition();
  return (
    <div className="mt-6 flex flex-col gap-3">
      <Button
        pending={pending}
        pendingLabel="Signing out…"
        onClick={() => startTransition(() => signOut({ callbackUrl: "/login" }))}
      >
        Sign out
      </Button>
      <ButtonLink href="/" variant="ghost">
        Stay signed in
      </ButtonLink>
    </div>
  );
}
