import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { type Role, ROLE_HOME } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { CohortSwitcher, type SwitcherCohort } from "@/components/cohorts/cohort-switcher";
import { cx } from "@/components/ui/cx";
import { withCohort } from "@/lib/cohorts/url";
import { ROLE_NAV } from "./nav";
import { NavLinks } from "./nav-links";

/** The frame of every signed-in page: brand, role switch, account, and the role's navigation. */
export function AppShell({
  role,
  viewer,
  cohortName,
  cohort,
  children,
}: {
  role: Role;
  viewer: Viewer;
  cohortName?: string;
  /** the cohort shown, the role's cohorts, and the one the URL names (links keep it) */
  cohort?: { current: SwitcherCohort; cohorts: SwitcherCohort[]; named: string | null };
  children: ReactNode;
}) {
  const t = useTranslations("shell");
  const otherRoles = viewer.roles.filter((r) => r !== role);
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2"
      >
        {t("skip")}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <div className="flex items-center gap-3">
            <Link
              href={withCohort(ROLE_HOME[role], cohort?.named)}
              className="text-brand-700 flex items-center gap-2 text-lg font-semibold"
            >
              <span
                aria-hidden="true"
                className="bg-brand-600 grid size-8 place-items-center rounded-lg text-sm font-bold text-white"
              >
                D
              </span>
              {t("brand")}
            </Link>
            <span className="rounded-full bg-stone-100 px-2.5 py-0.5 text-xs font-medium text-stone-700">
              {t(`role.${role}`)}
            </span>
          </div>
          <div className="flex items-center gap-1 text-sm">
            <Link
              href="/settings"
              className="inline-flex min-h-11 items-center rounded-lg px-3 text-stone-700 hover:bg-stone-100"
            >
              <span className="sr-only">{t("yourDetails")} </span>
              <bdi className="max-w-40 truncate sm:max-w-64">{viewer.user.name}</bdi>
            </Link>
            <Link
              href="/logout"
              className="inline-flex min-h-11 items-center rounded-lg px-3 text-stone-700 hover:bg-stone-100"
            >
              {t("signOut")}
            </Link>
          </div>
        </div>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 pb-2">
          <NavLinks
            items={ROLE_NAV[role]}
            cohortId={cohort?.named}
            label={t("rolePages", { role: t(`role.${role}`) })}
          />
          {otherRoles.length ? (
            <nav aria-label={t("switchRole")} className="flex items-center gap-1 text-sm">
              <span className="text-stone-600">{t("also")}</span>
              {otherRoles.map((r) => (
                <Link
                  key={r}
                  href={ROLE_HOME[r]}
                  className={cx(
                    "text-brand-700 hover:bg-brand-50 inline-flex min-h-11 items-center rounded-lg px-2 font-medium",
                  )}
                >
                  {t(`role.${r}`)}
                </Link>
              ))}
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {role === "COORDINATOR" && cohort ? (
          <CohortSwitcher current={cohort.current} cohorts={cohort.cohorts} />
        ) : cohortName ? (
          <p className="text-brand-700 mb-1 text-sm font-medium">
            <bdi>{cohortName}</bdi>
          </p>
        ) : null}
        {children}
      </main>
    </div>
  );
}
