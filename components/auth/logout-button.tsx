"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

export function LogoutButton() {
  const t = useTranslations("auth.signOut");
  const [pending, startTransition] = useTransition();
  return (
    <div className="mt-6 flex flex-col gap-3">
      <Button
        pending={pending}
        pendingLabel={t("pending")}
        onClick={() => startTransition(() => signOut({ callbackUrl: "/login" }))}
      >
        {t("submit")}
      </Button>
      <ButtonLink href="/" variant="ghost">
        {t("stay")}
      </ButtonLink>
    </div>
  );
}
