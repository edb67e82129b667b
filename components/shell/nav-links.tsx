"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useState } from "react";
import { cx } from "@/components/ui/cx";
import { withCohort } from "@/lib/cohorts/url";
import type { NavItem } from "./nav";

/**
 * A role's navigation, from its list in nav.ts (whatever entries it has, they all show): on a
 * laptop a row that wraps; on a phone a "Menu" button that opens every destination as a list
 * (no sideways strip with entries hidden off-screen). The current page is named in the button.
 */
export function NavLinks({
  items,
  label,
  cohortId,
}: {
  items: NavItem[];
  label: string;
  /** the cohort the URL names: every link stays in it (decision 113) */
  cohortId?: string | null;
}) {
  const pathname = usePathname();
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const isCurrent = (href: string) =>
    pathname === href || (href.split("/").length > 2 && pathname.startsWith(href + "/"));
  // the most specific entry the path is in (/mentor/contacts/new over /mentor)
  const current = items
    .filter((i) => isCurrent(i.href) || pathname.startsWith(i.href + "/"))
    .sort((a, b) => b.href.length - a.href.length)[0];
  // i18n-keys: shell.nav.* (the labels in nav.ts)
  const text = (item: NavItem) => (t.has(item.label) ? t(item.label) : item.label);
  return (
    <nav aria-label={label} className="w-full sm:w-auto">
      <button
        type="button"
        className="inline-flex min-h-11 w-full items-center justify-between gap-2 rounded-lg border border-stone-300 px-3 text-sm font-medium text-stone-800 sm:hidden"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span>
          {t("shell.menu")}
          {current ? <span className="font-normal text-stone-600"> · {text(current)}</span> : null}
        </span>
        <span aria-hidden="true" className={cx("transition-transform", open && "rotate-180")}>
          ▾
        </span>
      </button>
      <ul
        id={listId}
        className={cx(
          open ? "mt-2 grid gap-1" : "hidden",
          "sm:mt-0 sm:flex sm:flex-wrap sm:gap-1", // laptop: always a row
        )}
      >
        {items.map((item) => {
          const here = isCurrent(item.href);
          return (
            <li key={item.href}>
              <Link
                href={withCohort(item.href, cohortId)}
                aria-current={here ? "page" : undefined}
                onClick={() => setOpen(false)}
                className={cx(
                  "flex min-h-11 items-center rounded-lg px-3 text-sm font-medium sm:inline-flex",
                  here ? "bg-brand-50 text-brand-800" : "text-stone-700 hover:bg-stone-100",
                )}
              >
                {text(item)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
