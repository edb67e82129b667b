"use client";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveAnswersAction } from "@/lib/surveys/actions";

export interface AnswerItem {
  id: string;
  position: number;
  kind: "LIKERT_5" | "TEXT" | "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "NUMBER";
  prompt: string;
  required: boolean;
  section: string | null;
  lowLabel: string | null;
  highLabel: string | null;
  options: string[];
}

export interface SavedAnswer {
  likert: number | null;
  text: string | null;
  number: number | null;
  choices: string[];
}

const POINTS = [1, 2, 3, 4, 5] as const;

/**
 * Answering a survey on a phone: one page, a large tap target per point, saved as the person goes
 * (a quiet save a moment after each change, until they submit), submitted with one button.
 */
export function AnswerForm({
  surveyId,
  subjectId,
  items,
  saved,
  submitted,
}: {
  surveyId: string;
  subjectId: string;
  items: AnswerItem[];
  saved: Record<string, SavedAnswer>;
  submitted: boolean;
}) {
  const t = useTranslations("surveys");
  const { state, action, pending, attach, attachStatus, value, values, errors } = useActionForm(saveAnswersAction);
  const [autoState, autosave] = useActionState(saveAnswersAction, null);
  const form = useRef<HTMLFormElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [answered, setAnswered] = useState(() => items.filter((i) => saved[i.id]).length);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const count = () => {
    const el = form.current;
    if (!el) return;
    const fd = new FormData(el);
    setAnswered(items.filter((i) => fd.getAll(`a_${i.id}`).some((v) => String(v).trim() !== "")).length);
  };

  const onChange = () => {
    count();
    if (submitted) return; // after submitting, a change is a new submission
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const el = form.current;
      if (!el) return;
      const fd = new FormData(el);
      fd.set("intent", "save");
      startTransition(() => autosave(fd));
    }, 800);
  };

  const initial = (item: AnswerItem): string => {
    const a = saved[item.id];
    if (!a) return "";
    if (a.likert !== null) return String(a.likert);
    if (a.number !== null) return String(a.number);
    if (a.choices.length) return a.choices[0];
    return a.text ?? "";
  };

  return (
    <form
      ref={(el) => {
        form.current = el;
        attach(el);
      }}
      action={action}
      onChange={onChange}
      className="space-y-6"
      aria-label={t("answer.status")}
      noValidate
    >
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <FormStatus state={state} label={t("answer.status")} ref={attachStatus} />
      <p className="text-sm text-stone-600" aria-live="polite">
        {t("answer.progress", { answered, total: items.length })}
        {autoState?.ok && !state ? <span className="ms-2 text-stone-500">· {autoState.message}</span> : null}
      </p>
      {items.map((item, index) => {
        const name = `a_${item.id}`;
        const err = errors[name];
        const errId = `${name}-error`;
        const header = item.section && item.section !== items[index - 1]?.section ? item.section : null;
        const legend = (
          <legend id={`${name}-legend`} className="text-base font-medium text-stone-900">
            <span className="text-stone-500 tabular-nums">{t("answer.position", { n: item.position })} </span>
            <bdi>{item.prompt}</bdi>
            {item.required ? <span className="sr-only"> ({t("answer.requiredMark")})</span> : null}
            {item.required ? (
              <span aria-hidden="true" className="ms-1 text-red-700">
                *
              </span>
            ) : null}
          </legend>
        );
        const errorLine = err?.length ? (
          <p id={errId} className="mt-2 text-sm font-medium text-red-700">
            {err.join(" ")}
          </p>
        ) : null;
        return (
          <div key={item.id} className="space-y-3">
            {header ? (
              <h2 className="border-b border-stone-200 pb-1 text-lg font-semibold text-stone-900">{header}</h2>
            ) : null}
            {item.kind === "LIKERT_5" ? (
              <fieldset aria-describedby={err?.length ? errId : undefined} aria-invalid={!!err?.length || undefined}>
                {legend}
                <p className="mt-1 text-sm text-stone-600">
                  {t("likert.scale", {
                    low: item.lowLabel ?? t("likert.1"),
                    high: item.highLabel ?? t("likert.5"),
                  })}
                </p>
                <div className="mt-3 grid gap-2 sm:grid-cols-5">
                  {POINTS.map((p) => {
                    const label =
                      p === 1 && item.lowLabel
                        ? item.lowLabel
                        : p === 5 && item.highLabel
                          ? item.highLabel
                          : t(`likert.${p}`);
                    return (
                      <label
                        key={p}
                        className={cx(
                          "flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm",
                          "has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:text-brand-900 sm:flex-col sm:justify-center sm:gap-1 sm:text-center",
                        )}
                      >
                        <input
                          type="radio"
                          name={name}
                          value={String(p)}
                          defaultChecked={value(name, initial(item)) === String(p)}
                          className="size-5 sm:size-4"
                        />
                        <span className="font-semibold tabular-nums">{t("likert.point", { n: p })}</span>{" "}
                        <span>{label}</span>
                      </label>
                    );
                  })}
                </div>
                {errorLine}
              </fieldset>
            ) : item.kind === "SINGLE_CHOICE" || item.kind === "MULTIPLE_CHOICE" ? (
              <fieldset aria-describedby={err?.length ? errId : undefined} aria-invalid={!!err?.length || undefined}>
                {legend}
                <div className="mt-3 space-y-2">
                  {item.options.map((o) => {
                    const checked =
                      item.kind === "SINGLE_CHOICE"
                        ? value(name, initial(item)) === o
                        : values(name, saved[item.id]?.choices ?? []).includes(o);
                    return (
                      <label
                        key={o}
                        className="has-checked:border-brand-600 has-checked:bg-brand-50 flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
                      >
                        <input
                          type={item.kind === "SINGLE_CHOICE" ? "radio" : "checkbox"}
                          name={name}
                          value={o}
                          defaultChecked={checked}
                          className="size-5 sm:size-4"
                        />
                        <span>{o}</span>
                      </label>
                    );
                  })}
                </div>
                {errorLine}
              </fieldset>
            ) : (
              <fieldset>
                {legend}
                {item.kind === "NUMBER" ? (
                  <input
                    id={name}
                    name={name}
                    type="number"
                    aria-labelledby={`${name}-legend`}
                    inputMode="decimal"
                    dir="ltr"
                    defaultValue={value(name, initial(item))}
                    aria-invalid={!!err?.length || undefined}
                    aria-describedby={err?.length ? errId : undefined}
                    className="mt-3 block min-h-11 w-40 rounded-lg border border-stone-300 px-3 py-2 text-base"
                  />
                ) : (
                  <textarea
                    id={name}
                    name={name}
                    rows={3}
                    dir="auto"
                    aria-labelledby={`${name}-legend`}
                    defaultValue={value(name, initial(item))}
                    aria-invalid={!!err?.length || undefined}
                    aria-describedby={err?.length ? errId : undefined}
                    className="mt-3 block w-full rounded-lg border border-stone-300 px-3 py-2 text-base sm:text-sm"
                  />
                )}
                {errorLine}
              </fieldset>
            )}
          </div>
        );
      })}
      <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-4">
        <Button type="submit" name="intent" value="submit" pending={pending} pendingLabel={t("answer.saving")}>
          {submitted ? t("answer.resubmit") : t("answer.submit")}
        </Button>
        {!submitted ? (
          <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>
            {t("answer.save")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
