import Link from "next/link";
import { CohortHeader } from "@/components/cohorts/cohort-tabs";
import { SetupForm } from "@/components/cohorts/setup-form";
import { settingsFields } from "@/components/cohorts/settings-fields";
import { Card, CardHeader } from "@/components/ui/card";
import { changeCohortStatusAction, rollOverCohortAction, updateCohortAction } from "@/lib/cohorts/actions";
import { getCohortSettings, requireCohortCoordinator } from "@/lib/cohorts/queries";
import { DEFAULT_AGREEMENT } from "@/lib/cohorts/rules";
import { formatDay } from "@/lib/format";
import { addLocalDays, dbDateToLocal } from "@/lib/time";
import { notFound } from "next/navigation";

export const metadata = { title: "Cohort settings" };

export default async function CohortSettingsPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const actor = await requireCohortCoordinator(cohortId);
  const c = await getCohortSettings(actor);
  if (!c) notFound();
  const closed = c.status === "CLOSED";
  const start = dbDateToLocal(c.startsOn);
  const end = dbDateToLocal(c.endsOn);
  const shift = (d: string) =>
    addLocalDays(
      d,
      364 +
        (new Date(`${d}T00:00:00Z`).getUTCDay() === new Date(`${addLocalDays(d, 364)}T00:00:00Z`).getUTCDay() ? 0 : 1),
    );
  return (
    <>
      <CohortHeader cohort={c} current="" />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card aria-labelledby="settings-heading">
          <CardHeader
            id="settings-heading"
            title="Settings"
            description={
              c.rolledOverFrom ? (
                <>
                  Rolled over from{" "}
                  <Link className="underline" href={`/coordinator/cohorts/${c.rolledOverFrom.id}`}>
                    {c.rolledOverFrom.name}
                  </Link>
                  : {c._count.templates} email templates and {c._count.supportCentres} support centres came along.
                </>
              ) : undefined
            }
          />
          {closed ? (
            <dl className="grid gap-2 text-sm">
              <div>
                <dt className="font-medium">Dates</dt>
                <dd>
                  {formatDay(c.startsOn)} – {formatDay(c.endsOn)} ({c.timeZone})
                </dd>
              </div>
              <div>
                <dt className="font-medium">Groups</dt>
                <dd>
                  {c.groupSize} mentees; calls every {c.firstIntervalDays} → {c.lastIntervalDays} days
                </dd>
              </div>
            </dl>
          ) : (
            <SetupForm
              label="Cohort settings"
              action={updateCohortAction}
              submitLabel="Save settings"
              fields={[
                { name: "cohortId", label: "", type: "hidden", defaultValue: c.id },
                ...settingsFields({
                  ...c,
                  startsOn: start,
                  endsOn: end,
                  agreementText: c.agreementText ?? DEFAULT_AGREEMENT,
                }),
              ]}
            />
          )}
        </Card>
        <div className="space-y-6">
          <Card aria-labelledby="status-heading">
            <CardHeader
              id="status-heading"
              title="Status"
              description={
                c.status === "DRAFT"
                  ? "Draft: set up people, pairs and groups, publish them, then activate."
                  : c.status === "ACTIVE"
                    ? "Active: the programme is running. Close it at the end of the year; it then becomes read-only."
                    : "Closed and read-only."
              }
            />
            {c.status === "DRAFT" ? (
              <SetupForm
                label="Activate cohort"
                action={changeCohortStatusAction}
                submitLabel="Activate cohort"
                fields={[
                  { name: "cohortId", label: "", type: "hidden", defaultValue: c.id },
                  { name: "to", label: "", type: "hidden", defaultValue: "ACTIVE" },
                ]}
              />
            ) : null}
            {c.status === "ACTIVE" ? (
              <SetupForm
                label="Close cohort"
                variant="danger"
                confirmMessage="Close this cohort? It becomes read-only for everyone."
                action={changeCohortStatusAction}
                submitLabel="Close cohort"
                fields={[
                  { name: "cohortId", label: "", type: "hidden", defaultValue: c.id },
                  { name: "to", label: "", type: "hidden", defaultValue: "CLOSED" },
                ]}
              />
            ) : null}
          </Card>
          <Card aria-labelledby="rollover-heading">
            <CardHeader
              id="rollover-heading"
              title="Roll over to next year"
              description="A new draft cohort with these settings, paused periods (moved to the new dates), email templates and support centres. People, pairs and groups start fresh."
            />
            <SetupForm
              label="Roll over"
              action={rollOverCohortAction}
              submitLabel="Create next year's cohort"
              openLink="Open the new cohort"
              pendingLabel="Creating…"
              fields={[
                { name: "cohortId", label: "", type: "hidden", defaultValue: c.id },
                {
                  name: "name",
                  label: "Name of the new cohort",
                  id: "ro-name",
                  defaultValue: c.name.includes(c.academicYear)
                    ? c.name.replace(c.academicYear, c.nextYear)
                    : `${c.name} ${c.nextYear}`,
                },
                { name: "academicYear", label: "Academic year", id: "ro-year", defaultValue: c.nextYear },
                { name: "startsOn", label: "Starts on", id: "ro-start", type: "date", defaultValue: shift(start) },
                { name: "endsOn", label: "Ends on", id: "ro-end", type: "date", defaultValue: shift(end) },
              ]}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
