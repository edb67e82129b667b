"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { changeCohortStatusAction } from "@/lib/cohorts/actions";

/**
 * "Activate cohort", with a confirmation on the page that says what will happen (decision 114):
 * while another cohort the coordinator runs is active, that one is closed (read-only for
 * everyone, for good). The server decides again (activationDecision): the form sends the ids of
 * the cohorts it showed, and one that became active meanwhile is not closed without asking.
 */
export function ActivateCohortForm({
  cohort,
  othersActive,
}: {
  cohort: { id: string; name: string; status: "DRAFT" | "ACTIVE" | "CLOSED" };
  othersActive: { id: string; name: string }[];
}) {
  const t = useTranslations("cohorts.activate");
  const { state, action, pending, attach, attachStatus } = useActionForm(changeCohortStatusAction);
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  const others = othersActive.map((o) => o.name).join(", ");
  // names typed by people keep their own direction inside a Persian sentence
  const b = (chunks: ReactNode) => <bdi>{chunks}</bdi>;
  // Once active, the page renders this again without the form: the result stays in view.
  if (cohort.status !== "DRAFT") return <FormStatus state={state} label={t("status")} ref={attachStatus} />;
  return (
    <form ref={attach} action={action} aria-label={t("label")} noValidate className="space-y-3">
      <input type="hidden" name="cohortId" value={cohort.id} />
      <input type="hidden" name="to" value="ACTIVE" />
      {othersActive.map((o) => (
        <input key={o.id} type="hidden" name="closeCohortIds" value={o.id} />
      ))}
      {othersActive.length ? (
        <p className="text-sm text-amber-800">{t.rich("othersActive", { count: othersActive.length, others, b })}</p>
      ) : null}
      {confirming ? (
        <div
          role="group"
          aria-labelledby="activate-confirm-title"
          className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
        >
          <h3
            id="activate-confirm-title"
            tabIndex={-1}
            ref={heading}
            className="font-semibold text-stone-900 focus:outline-none"
          >
            {t.rich("confirmTitle", { name: cohort.name, b })}
          </h3>
          <ul className="list-disc space-y-1 ps-5 text-sm text-stone-800">
            <li>{t.rich("consequenceDefault", { name: cohort.name, b })}</li>
            {othersActive.length ? (
              <>
                <li>{t.rich("consequenceClose", { count: othersActive.length, others, b })}</li>
                <li>{t("consequenceFinal")}</li>
              </>
            ) : (
              <li>{t("consequenceEnd")}</li>
            )}
          </ul>
          <div className="flex flex-wrap gap-3">
            <Button
              type="submit"
              variant={othersActive.length ? "danger" : "primary"}
              pending={pending}
              pendingLabel={t("pending")}
            >
              {/* one span: the button is a flex box, and a bare <bdi> would become a column of its own */}
              <span>
                {othersActive.length
                  ? t.rich("confirmClosing", { count: othersActive.length, others, b })
                  : t("confirm")}
              </span>
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => opener.current?.focus());
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={opener} type="button" onClick={() => setConfirming(true)}>
          {t("open")}
        </Button>
      )}
      <FormStatus state={state} label={t("status")} ref={attachStatus} />
    </form>
  );
}
