import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LABEL } from "@/lib/format";

const TABS = [
  { href: "", label: "Settings" },
  { href: "/people", label: "People" },
  { href: "/mentors", label: "Mentors and training" },
  { href: "/groups", label: "Pairs and groups" },
] as const;

/** The header of every cohort setup page: name, status and the setup steps in order. */
export function CohortHeader({
  cohort,
  current,
}: {
  cohort: { id: string; name: string; academicYear: string; status: "DRAFT" | "ACTIVE" | "CLOSED" };
  current: (typeof TABS)[number]["href"];
}) {
  const base = `/coordinator/cohorts/${cohort.id}`;
  return (
    <div className="mb-6">
      <p className="text-sm text-stone-600">
        <Link
          href="/coordinator/cohorts"
          className="underline decoration-stone-300 underline-offset-2 hover:text-stone-900"
        >
          Cohorts
        </Link>{" "}
        / {cohort.academicYear}
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">{cohort.name}</h1>
        <Badge tone={cohort.status === "ACTIVE" ? "success" : cohort.status === "CLOSED" ? "neutral" : "warning"}>
          {LABEL.cohortStatus[cohort.status]}
        </Badge>
      </div>
      {cohort.status === "CLOSED" ? (
        <p className="mt-2 text-sm text-stone-700">This cohort is closed: everything here is read-only.</p>
      ) : null}
      <nav aria-label="Cohort setup steps" className="-mx-1 mt-4 flex gap-1 overflow-x-auto pb-1">
        {TABS.map((t, i) => {
          const active = t.href === current;
          return (
            <Link
              key={t.href}
              href={`${base}${t.href}`}
              aria-current={active ? "page" : undefined}
              className={`inline-flex min-h-11 shrink-0 items-center rounded-lg px-3 text-sm font-medium ${active ? "bg-brand-600 text-white" : "text-stone-700 hover:bg-stone-100"}`}
            >
              {/* dimmed by colour, not opacity: axe's contrast check measures the result */}
              <span className={`me-1.5 tabular-nums ${active ? "" : "text-stone-600"}`}>{i + 1}.</span>
              {t.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
