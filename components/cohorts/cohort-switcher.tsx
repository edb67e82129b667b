"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { pageForCohort } from "@/lib/cohorts/url";

export interface SwitcherCohort {
  id: string;
  name: string;
  status: "DRAFT" | "ACTIVE" | "CLOSED";
}

const TONE = { ACTIVE: "success", DRAFT: "warning", CLOSED: "neutral" } as const;

/**
 * The coordinator's cohort switcher, above every coordinator page (decision 113): the cohort the
 * page shows, and the same page for each other cohort they coordinate (the URL names the cohort,
 * so two tabs can show two cohorts). A disclosure button, like the phone menu.
 */
export function CohortSwitcher({ current, cohorts }: { current: SwitcherCohort; cohorts: SwitcherCohort[] }) {
  const t = useTranslations("cohorts.switcher");
  const ts = useTranslations("cohorts.header.status");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const others = cohorts.filter((c) => c.id !== current.id);
  return (
    <nav aria-label={t("label")} className="mb-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-stone-600">{t("showing")}</span>
        <span className="text-brand-700 text-sm font-semibold">
          <bdi>{current.name}</bdi>
        </span>
        <Badge tone={TONE[current.status]}>{ts(current.status)}</Badge>
        {others.length ? (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
            className="text-brand-700 hover:bg-brand-50 inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-sm font-medium"
          >
            {t("switch")}
            <span aria-hidden="true" className={cx("transition-transform", open && "rotate-180")}>
              ▾
            </span>
          </button>
        ) : null}
      </div>
      {others.length ? (
        <ul
          id={listId}
          className={cx(
            open ? "mt-1 grid gap-1 sm:max-w-md" : "hidden",
            "rounded-xl border border-stone-200 bg-white p-1",
          )}
        >
          {others.map((c) => (
            <li key={c.id}>
              <Link
                href={pageForCohort(pathname, c.id)}
                onClick={() => setOpen(false)}
                className="flex min-h-11 items-center justify-between gap-3 rounded-lg px-3 text-sm text-stone-800 hover:bg-stone-100"
              >
                <bdi className="font-medium">{c.name}</bdi>
                <Badge tone={TONE[c.status]}>{ts(c.status)}</Badge>
              </Link>
            </li>
          ))}
          <li>
            <Link
              href="/coordinator/cohorts"
              onClick={() => setOpen(false)}
              className="text-brand-700 flex min-h-11 items-center rounded-lg px-3 text-sm font-medium underline"
            >
              {t("all")}
            </Link>
          </li>
        </ul>
      ) : null}
    </nav>
  );
}
