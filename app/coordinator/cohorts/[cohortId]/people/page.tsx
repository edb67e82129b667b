import { notFound } from "next/navigation";
import { CohortHeader } from "@/components/cohorts/cohort-tabs";
import { SetupForm } from "@/components/cohorts/setup-form";
import { CsvImport } from "@/components/people/csv-import";
import { RevokeInvitation } from "@/components/people/revoke-invitation";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { getCohortSettings, getPeoplePage, requireCohortCoordinator } from "@/lib/cohorts/queries";
import { acceptMenteeApplicantsAction } from "@/lib/applications/actions";
import { addPersonAction } from "@/lib/people/actions";

export const metadata = { title: "People" };

const STATUS: Record<string, string> = {
  CANDIDATE: "first-year, not drawn",
  APPLIED: "applicant",
  ACTIVE: "active",
  DECLINED: "declined",
  WITHDRAWN: "withdrawn",
};
const ROLE: Record<string, string> = {
  COORDINATOR: "Coordinator",
  SUPERVISOR: "Supervisor",
  MENTOR: "Mentor",
  MENTEE: "Mentee",
  ROLE_MODEL: "Role model",
};

export default async function PeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const { cohortId } = await params;
  const sp = await searchParams;
  const actor = await requireCohortCoordinator(cohortId);
  const [cohort, people] = await Promise.all([
    getCohortSettings(actor),
    getPeoplePage(actor, { q: sp.q, page: Number(sp.page) || 1 }),
  ]);
  if (!cohort || !people) notFound();
  const closed = cohort.status === "CLOSED";
  const n = (role: string, status?: string) =>
    people.counts.filter((c) => c.role === role && (!status || c.status === status)).reduce((s, c) => s + c.n, 0);
  return (
    <>
      <CohortHeader cohort={cohort} current="/people" />
      <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-5">
        {[
          ["First-year students", n("MENTEE")],
          ["Selected mentees", n("MENTEE", "ACTIVE")],
          ["Mentor applicants", n("MENTOR", "APPLIED")],
          ["Mentee applicants", n("MENTEE", "APPLIED")],
          ["Accepted mentors", n("MENTOR", "ACTIVE")],
        ].map(([label, value]) => (
          <div key={label} className="rounded-xl border border-stone-200 bg-white p-4 shadow-xs">
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {!closed && n("MENTEE", "APPLIED") > 0 ? (
        <Card className="mb-6" aria-labelledby="mentee-applicants-heading">
          <CardHeader
            id="mentee-applicants-heading"
            title={`Mentee applicants (${n("MENTEE", "APPLIED")})`}
            description="Students who applied to be mentored at /apply (listed below as applicants). Accepting makes them mentees; place them in groups on the Groups page. The random draw only draws from the imported first-years who did not apply."
          />
          <SetupForm
            label="Accept mentee applicants"
            action={acceptMenteeApplicantsAction}
            fields={[
              { id: "accept-mentees-cohort", name: "cohortId", label: "", type: "hidden", defaultValue: cohort.id },
            ]}
            submitLabel={
              n("MENTEE", "APPLIED") === 1
                ? "Accept the mentee applicant"
                : `Accept all ${n("MENTEE", "APPLIED")} mentee applicants`
            }
            pendingLabel="Accepting…"
            confirmMessage="Accept every mentee applicant of this cohort?"
          />
        </Card>
      ) : null}
      {!closed ? (
        <div className="mb-6 grid gap-6 lg:grid-cols-2">
          <Card aria-labelledby="import-heading">
            <CardHeader
              id="import-heading"
              title="Import a CSV"
              description="A preview lists every problem first; nothing is written until the whole file is clean. New people get an invitation by email."
            />
            <CsvImport cohortId={cohort.id} />
          </Card>
          <Card aria-labelledby="add-heading">
            <details>
              <summary id="add-heading" className="flex min-h-11 cursor-pointer items-center text-lg font-semibold">
                Add one person
              </summary>
              <div className="mt-4">
                <SetupForm
                  label="Add person"
                  action={addPersonAction}
                  submitLabel="Add person"
                  pendingLabel="Adding…"
                  fields={[
                    { name: "cohortId", label: "", type: "hidden", defaultValue: cohort.id },
                    { name: "name", label: "Full name" },
                    { name: "email", label: "Email", type: "email" },
                    {
                      name: "role",
                      label: "Joins as",
                      type: "select",
                      defaultValue: "mentee",
                      options: [
                        { value: "mentee", label: "First-year student (mentee candidate)" },
                        { value: "mentor", label: "Mentor applicant" },
                      ],
                    },
                    {
                      name: "phase",
                      label: "Phase",
                      type: "select",
                      optional: true,
                      hint: "Mentors only.",
                      options: [
                        { value: "", label: "—" },
                        { value: "preclinical", label: "Preclinical" },
                        { value: "clinical", label: "Clinical" },
                      ],
                    },
                    { name: "year", label: "Year of study", type: "number", optional: true, min: 1, max: 8 },
                    {
                      name: "gender",
                      label: "Gender",
                      type: "select",
                      optional: true,
                      options: [
                        { value: "", label: "Not given" },
                        { value: "female", label: "Female" },
                        { value: "male", label: "Male" },
                        { value: "other", label: "Other" },
                      ],
                    },
                    {
                      name: "international",
                      label: "International student",
                      type: "select",
                      options: [
                        { value: "no", label: "No" },
                        { value: "yes", label: "Yes" },
                      ],
                    },
                    {
                      name: "dormitory",
                      label: "Lives in the dormitory",
                      type: "select",
                      options: [
                        { value: "no", label: "No" },
                        { value: "yes", label: "Yes" },
                      ],
                    },
                    {
                      name: "languages",
                      label: "Languages",
                      optional: true,
                      hint: "Separated by ; e.g. Persian; English",
                    },
                    { name: "motivation", label: "Motivation (applicants)", type: "textarea", optional: true },
                    { name: "availability", label: "Availability (applicants)", optional: true },
                  ]}
                />
              </div>
            </details>
          </Card>
        </div>
      ) : null}
      <Card aria-labelledby="list-heading">
        <CardHeader id="list-heading" title={`Everyone (${people.total})`} />
        <form role="search" className="mb-4 flex gap-2" aria-label="Find people">
          <label htmlFor="q" className="sr-only">
            Name or email
          </label>
          <input
            id="q"
            name="q"
            defaultValue={sp.q ?? ""}
            placeholder="Name or email"
            className="min-h-11 w-full max-w-sm rounded-lg border border-stone-300 px-3 text-base sm:text-sm"
          />
          <button className="min-h-11 rounded-lg border border-stone-300 px-4 text-sm font-medium hover:bg-stone-100">
            Find
          </button>
        </form>
        {people.rows.length === 0 ? (
          <EmptyState title="Nobody here yet">Import the first-year students and the mentor applicants.</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-100" aria-label="People">
            {people.rows.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5 text-sm">
                <div className="min-w-0">
                  <p className="font-medium text-stone-900">{p.user.name}</p>
                  <p className="break-all text-stone-600">{p.user.email}</p>
                </div>
                <div className="flex flex-wrap gap-1.5">
                  <Badge tone={p.role === "MENTOR" ? (p.phase === "CLINICAL" ? "clinical" : "preclinical") : "neutral"}>
                    {ROLE[p.role]}
                    {p.phase ? ` · ${p.phase.toLowerCase()}` : ""}
                  </Badge>
                  <Badge tone={p.status === "ACTIVE" ? "success" : p.status === "DECLINED" ? "danger" : "neutral"}>
                    {STATUS[p.status]}
                  </Badge>
                  {p.invited ? <Badge tone="warning">invited</Badge> : null}
                  {p.invited ? <RevokeInvitation membershipId={p.id} name={p.user.name} /> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        {people.pages > 1 ? (
          <nav aria-label="Pages" className="mt-4 flex flex-wrap gap-2 text-sm">
            {Array.from({ length: people.pages }, (_, i) => i + 1).map((pg) => (
              <a
                key={pg}
                aria-current={pg === people.page ? "page" : undefined}
                href={`?page=${pg}${sp.q ? `&q=${encodeURIComponent(sp.q)}` : ""}`}
                className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border ${pg === people.page ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300"}`}
              >
                {pg}
              </a>
            ))}
          </nav>
        ) : null}
      </Card>
    </>
  );
}
