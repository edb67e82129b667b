"use client";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormStatus } from "@/components/ui/form-status";
import { revokeInvitationAction } from "@/lib/people/person-actions";

/** Withdraws a person's open invitation link (they have not set a password yet). */
export function RevokeInvitation({ membershipId, name }: { membershipId: string; name: string }) {
  const t = useTranslations("roster.revoke");
  const { state, action, pending, attach, attachStatus } = useActionForm(revokeInvitationAction);
  return (
    <form ref={attach} action={action} className="inline-flex items-center gap-2" aria-label={t("label", { name })}>
      <input type="hidden" name="membershipId" value={membershipId} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-8 rounded-md border border-stone-300 px-2 text-xs font-medium hover:bg-stone-100"
      >
        {t("submit")}
      </button>
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
    </form>
  );
}
