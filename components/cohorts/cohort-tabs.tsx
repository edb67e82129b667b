import { useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";

const TABS = [
  { href: "", key: "settings" },
  { href: "/staff", key: "staff" },
  { href: "/people", key: "people" },
  { href: "/mentors", key: "mentors" },
  { href: "/groups", key: "groups" },
] as const;

/** The header of every cohort setup page: name, status and the setup steps in order. */
export function CohortHeader({
  cohort,
  current,
}: {
  cohort: { id: string; name: string; academicYear: string; status: "DRAFT" | "ACTIVE" | "CLOSED" };
  current: (typeof TABS)[number]["href"];
}) {
  const t = useTranslations("cohorts.header");
  const base = `/coordinator/cohorts/${cohort.id}`;
  return (
    <div className="mb-6">
      <p className="text-sm text-stone-600">
        <Link
          href="/coordinator/cohorts"
          className="underline decoration-stone-300 underline-offset-2 hover:text-stone-900"
        >
          {t("cohorts")}
        </Link>{" "}
        / <bdi>{cohort.academicYear}</bdi>
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">
          <bdi>{cohort.name}</bdi>
        </h1>
        <Badge tone={cohort.status === "ACTIVE" ? "success" : cohort.status === "CLOSED" ? "neutral" : "warning"}>
          {t(`status.${cohort.status}`)}
        </Badge>
      </div>
      {cohort.status === "CLOSED" ? <p className="mt-2 text-sm text-stone-700">{t("closed")}</p> : null}
      <nav aria-label={t("steps")} className="-mx-1 mt-4 flex gap-1 overflow-x-auto pb-1">
        {TABS.map((tab, i) => {
          const active = tab.href === current;
          return (
            <Link
              key={tab.href}
              href={`${base}${tab.href}`}
              aria-current={active ? "page" : undefined}
              className={`inline-flex min-h-11 shrink-0 items-center rounded-lg px-3 text-sm font-medium ${active ? "bg-brand-600 text-white" : "text-stone-700 hover:bg-stone-100"}`}
            >
              {/* dimmed by colour, not opacity: axe's contrast check measures the result */}
              <span className={`me-1.5 tabular-nums ${active ? "" : "text-stone-600"}`}>
                {t("stepNumber", { n: i + 1 })}
              </span>
              {t(`tab.${tab.key}`)}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
