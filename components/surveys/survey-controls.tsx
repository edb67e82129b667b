"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { closeSurveyAction, openSurveyAction } from "@/lib/surveys/actions";

/**
 * Open a draft, or close an open survey: one button each, with the consequence said next to it.
 * "done": a closed survey (the same component in the same place, so the outcome of closing stays
 * on screen after the page refreshes).
 */
export function SurveyControl({ surveyId, kind }: { surveyId: string; kind: "open" | "close" | "done" }) {
  const t = useTranslations("surveys");
  const { state, action, pending, attach, attachStatus } = useActionForm(
    kind === "open" ? openSurveyAction : closeSurveyAction,
  );
  if (kind === "done")
    return (
      <div className="space-y-3">
        <FormStatus state={state} label={t("detail.statusLabel")} ref={attachStatus} />
        <p className="text-sm text-stone-600">{t("detail.closedNote")}</p>
      </div>
    );
  return (
    <form ref={attach} action={action} className="space-y-3" noValidate>
      <FormStatus state={state} label={t("detail.statusLabel")} ref={attachStatus} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <p className="text-sm text-stone-600">{kind === "open" ? t("detail.openHint") : t("detail.closeHint")}</p>
      <Button
        type="submit"
        variant={kind === "open" ? "primary" : "danger"}
        pending={pending}
        pendingLabel={kind === "open" ? t("detail.opening") : t("detail.closing")}
      >
        {kind === "open" ? t("detail.open") : t("detail.close")}
      </Button>
    </form>
  );
}
