"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { PhaseBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { acceptApplicantsAction } from "@/lib/pairing/bulk-actions";

export interface Applicant {
  id: string;
  name: string;
  /** tells two people of the same name apart */
  detail: string;
  phase: "CLINICAL" | "PRECLINICAL" | null;
}

/**
 * Accept several mentor applicants at once (issue 10, item 7): tick them (or all), one
 * confirmation that says how many and what they receive, one transaction on the server.
 */
export function BulkAcceptForm({ cohortId, applicants }: { cohortId: string; applicants: Applicant[] }) {
  const t = useTranslations("cohorts.bulk");
  const { state, action, pending, attach, attachStatus, errors, orphanErrors } = useActionForm(acceptApplicantsAction);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  const all = applicants.length > 0 && applicants.every((a) => selected.has(a.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const count = applicants.filter((a) => selected.has(a.id)).length;
  return (
    <form ref={attach} action={action} aria-label={t("label")} noValidate className="space-y-3">
      <input type="hidden" name="cohortId" value={cohortId} />
      {applicants.length ? (
        <fieldset className="space-y-1" aria-describedby={errors.membershipIds ? "bulk-error" : undefined}>
          <legend className="mb-1 text-sm font-medium text-stone-800">{t("legend")}</legend>
          <label className="flex min-h-11 items-center gap-3 border-b border-stone-100 text-sm font-medium text-stone-800">
            <input
              type="checkbox"
              className="size-5 rounded border-stone-400"
              checked={all}
              onChange={() => setSelected(all ? new Set() : new Set(applicants.map((a) => a.id)))}
            />
            {t("selectAll", { count: applicants.length })}
          </label>
          {applicants.map((a) => (
            <label key={a.id} className="flex min-h-11 flex-wrap items-center gap-x-3 text-sm text-stone-800">
              <input
                type="checkbox"
                name="membershipIds"
                value={a.id}
                checked={selected.has(a.id)}
                onChange={() => toggle(a.id)}
                className="size-5 rounded border-stone-400"
              />
              <bdi className="font-medium">{a.name}</bdi>
              <bdi className="text-stone-600">{a.detail}</bdi>
              {a.phase ? <PhaseBadge phase={a.phase} /> : null}
            </label>
          ))}
          {errors.membershipIds?.length ? (
            <p id="bulk-error" className="text-sm font-medium text-red-700">
              {errors.membershipIds.join(" ")}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {confirming && count > 0 ? (
        <div
          role="group"
          aria-labelledby="bulk-confirm"
          className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
        >
          <p id="bulk-confirm" ref={heading} tabIndex={-1} className="font-semibold text-stone-900 focus:outline-none">
            {t("confirmTitle", { count })}
          </p>
          <p className="text-sm text-stone-800">{t("confirmWhat")}</p>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" pending={pending} pendingLabel={t("pending")}>
              {t("confirm", { count })}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : applicants.length ? (
        <Button type="button" disabled={count === 0} onClick={() => setConfirming(true)}>
          {t("open", { count })}
        </Button>
      ) : null}
      <FormStatus state={state} label={t("status")} ref={attachStatus} details={orphanErrors} />
    </form>
  );
}

/** The summary of the disclosure that holds the bulk form (pages not yet converted keep no text). */
export function BulkAcceptSummary() {
  const t = useTranslations("cohorts.bulk");
  return (
    <summary className="text-brand-700 flex min-h-11 cursor-pointer items-center text-sm font-medium">
      {t("summary")}
    </summary>
  );
}
