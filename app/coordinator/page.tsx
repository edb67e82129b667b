import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getCohortOverview } from "@/lib/cohorts/queries";
import { formatDay, LABEL } from "@/lib/format";

export const metadata = { title: "Cohort overview" };

export default async function CoordinatorHome() {
  const { actor } = await requireRole("COORDINATOR", "/coordinator");
  const overview = await getCohortOverview(actor);
  if (!overview)
    return (
      <EmptyState title="No cohort yet">
        <Link className="text-brand-700 font-medium underline" href="/coordinator/cohorts">
          Create the year&apos;s cohort
        </Link>{" "}
        to start.
      </EmptyState>
    );
  const { cohort, people, pairs, groups, referrals } = overview;
  const openReferrals =
    (referrals.SUBMITTED ?? 0) +
    (referrals.ACKNOWLEDGED ?? 0) +
    (referrals.INFO_REQUESTED ?? 0) +
    (referrals.FORWARDED ?? 0);
  return (
    <>
      <PageHeader
        title="Cohort overview"
        description={`${cohort.academicYear} · ${formatDay(cohort.startsOn)} – ${formatDay(cohort.endsOn)} · groups of ${cohort.groupSize} · calls every ${cohort.firstIntervalDays} → ${cohort.lastIntervalDays} days`}
        action={
          <Badge tone={cohort.status === "ACTIVE" ? "success" : "neutral"}>{LABEL.cohortStatus[cohort.status]}</Badge>
        }
      />
      <section aria-labelledby="people-heading" className="mb-8">
        <h2 id="people-heading" className="sr-only">
          People
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Stat label="Clinical mentors" value={people.mentorsClinical} />
          <Stat label="Preclinical mentors" value={people.mentorsPreclinical} />
          <Stat label="Mentor pairs" value={pairs.length} />
          <Stat label="Mentee groups" value={groups} />
          <Stat
            label="Mentees"
            value={people.mentees}
            hint={`${people.menteesFemale} female · ${people.menteesAssigned} in a group`}
          />
          <Stat label="First-years not selected" value={people.firstYearPool} />
          <Stat label="Role models" value={people.roleModels} />
          <Stat label="Open referrals" value={openReferrals} hint="Counts only; content stays with the supervisor" />
        </dl>
      </section>
      <Card aria-labelledby="pairs-heading">
        <CardHeader
          id="pairs-heading"
          title="Mentor pairs and groups"
          description={
            cohort.groupsPublishedAt
              ? `Published ${formatDay(cohort.groupsPublishedAt)}`
              : "Draft: not yet visible to mentors and mentees"
          }
        />
        {pairs.length === 0 ? (
          <EmptyState title="No pairs yet">
            Join each clinical mentor with a preclinical mentor to form a pair.
          </EmptyState>
        ) : (
          <>
            {/* Phones: one card per pair instead of a table that scrolls sideways. */}
            <ul aria-label="Mentor pairs" className="divide-y divide-stone-100 sm:hidden">
              {pairs.map((p) => (
                <li key={p.id} className="py-3">
                  <div className="flex items-baseline justify-between gap-2">
                    <span className="font-medium">{p.label}</span>
                    <span className="text-sm text-stone-600 tabular-nums">
                      {p.mentees} / {cohort.groupSize} mentees
                    </span>
                  </div>
                  <p className="mt-1 text-sm text-stone-700">
                    <span className="text-clinical-700">Clinical:</span> {p.clinical}
                  </p>
                  <p className="text-sm text-stone-700">
                    <span className="text-preclinical-700">Preclinical:</span> {p.preclinical}
                  </p>
                </li>
              ))}
            </ul>
            <div className="hidden sm:block">
              <table className="w-full text-left text-sm">
                <thead className="border-b border-stone-200 text-stone-600">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium sm:px-2">
                      Group
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium sm:px-2">
                      Clinical mentor
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium sm:px-2">
                      Preclinical mentor
                    </th>
                    <th scope="col" className="px-4 py-2 text-right font-medium sm:px-2">
                      Mentees
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100">
                  {pairs.map((p) => (
                    <tr key={p.id}>
                      <th scope="row" className="px-4 py-2.5 font-medium sm:px-2">
                        {p.label}
                      </th>
                      <td className="px-4 py-2.5 sm:px-2">{p.clinical}</td>
                      <td className="px-4 py-2.5 sm:px-2">{p.preclinical}</td>
                      <td className="px-4 py-2.5 text-right tabular-nums sm:px-2">
                        {p.mentees} / {cohort.groupSize}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Card>
    </>
  );
}
