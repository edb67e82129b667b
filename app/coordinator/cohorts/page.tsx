import Link from "next/link";
import { SetupForm } from "@/components/cohorts/setup-form";
import { settingsFields } from "@/components/cohorts/settings-fields";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { createCohortAction } from "@/lib/cohorts/actions";
import { listCoordinatedCohorts } from "@/lib/cohorts/queries";
import { DEFAULT_AGREEMENT } from "@/lib/cohorts/rules";
import { formatDay, LABEL } from "@/lib/format";

export const metadata = { title: "Cohorts" };

export default async function CohortsPage() {
  const { viewer } = await requireRole("COORDINATOR", "/coordinator/cohorts");
  const cohorts = await listCoordinatedCohorts(viewer.user.id);
  const year = new Date().getUTCFullYear();
  return (
    <>
      <PageHeader
        title="Cohorts"
        description="Each year's programme is a cohort. Roll over last year's to keep its settings, email templates and support centres."
      />
      {cohorts.length === 0 ? (
        <EmptyState title="No cohorts yet">Create the first one below.</EmptyState>
      ) : (
        <ul className="mb-8 grid gap-3 sm:grid-cols-2" aria-label="Your cohorts">
          {cohorts.map((c) => (
            <li key={c.id}>
              <Link
                href={`/coordinator/cohorts/${c.id}`}
                className="hover:border-brand-300 block rounded-xl border border-stone-200 bg-white p-4 shadow-xs"
              >
                <div className="flex items-start justify-between gap-2">
                  <span className="font-medium text-stone-900">{c.name}</span>
                  <Badge tone={c.status === "ACTIVE" ? "success" : c.status === "CLOSED" ? "neutral" : "warning"}>
                    {LABEL.cohortStatus[c.status]}
                  </Badge>
                </div>
                <p className="mt-1 text-sm text-stone-600">
                  {c.academicYear} · {formatDay(c.startsOn)} – {formatDay(c.endsOn)}
                </p>
                <p className="text-sm text-stone-600">
                  {c._count.memberships} people · {c._count.pairs} pairs ·{" "}
                  {c.groupsPublishedAt ? "groups published" : "groups in draft"}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Card aria-labelledby="new-cohort">
        <details>
          <summary className="flex min-h-11 cursor-pointer items-center text-lg font-semibold" id="new-cohort">
            Create a cohort from scratch
          </summary>
          <div className="mt-4 max-w-xl">
            <CardHeader
              title="New cohort"
              description="It starts as a draft; nothing is visible to students until you publish the groups."
            />
            <SetupForm
              label="New cohort"
              action={createCohortAction}
              submitLabel="Create cohort"
              openLink="Open the new cohort"
              pendingLabel="Creating…"
              fields={settingsFields({
                name: "",
                academicYear: `${year}-${year + 1}`,
                startsOn: `${year}-09-01`,
                endsOn: `${year + 1}-06-30`,
                timeZone: "Europe/Berlin",
                groupSize: 6,
                maxMenteesPerMentor: 6,
                firstIntervalDays: 7,
                lastIntervalDays: 21,
                pausedText: "",
                trainingModules: ["Mentoring concepts", "Communication skills"],
                selectionCriteria: [],
                agreementText: DEFAULT_AGREEMENT,
                trainingRequired: true,
              })}
            />
          </div>
        </details>
      </Card>
    </>
  );
}
