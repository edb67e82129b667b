import { redirect } from "next/navigation";
import { SetupForm, type SetupField } from "@/components/cohorts/setup-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { applyToBeMentoredAction, applyToMentorAction, withdrawApplicationAction } from "@/lib/applications/actions";
import { getApplyPage } from "@/lib/applications/queries";
import { PHASE_LABEL, PHASES } from "@/lib/applications/schemas";
import { getSessionUserId } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";

export const metadata = { title: "Apply" };

const ROLE_WORD = { MENTOR: "to mentor", MENTEE: "to be mentored" } as const;
const STATUS: Record<string, { label: string; tone: "neutral" | "brand" | "success" | "warning" | "danger" }> = {
  APPLIED: { label: "Waiting for the coordinators", tone: "warning" },
  ACTIVE: { label: "Accepted", tone: "success" },
  DECLINED: { label: "Not accepted", tone: "danger" },
  WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
};

function applicationFields(prefix: string, cohortId: string, languages: string, mentor: boolean): SetupField[] {
  return [
    { name: "cohortId", label: "", type: "hidden", defaultValue: cohortId },
    ...(mentor
      ? [
          {
            id: `${prefix}-phase`,
            name: "phase",
            label: "Your phase",
            type: "select" as const,
            defaultValue: "",
            options: [{ value: "", label: "Choose…" }, ...PHASES.map((p) => ({ value: p, label: PHASE_LABEL[p] }))],
          },
        ]
      : []),
    {
      id: `${prefix}-year`,
      name: "yearOfStudy",
      label: "Year of study",
      type: "number",
      min: 1,
      max: mentor ? 6 : 1,
      defaultValue: mentor ? "" : "1",
      hint: mentor
        ? "Preclinical mentors are in year 2 or 3, clinical mentors in years 4 to 6."
        : "The programme is for first-year students.",
    },
    {
      id: `${prefix}-motivation`,
      name: "motivation",
      label: "Why do you want to take part?",
      type: "textarea",
      rows: 4,
      hint: "A few sentences; the coordinators read them against the criteria above.",
    },
    {
      id: `${prefix}-availability`,
      name: "availability",
      label: "When are you usually available?",
      hint: "For example: weekday evenings, not during exam weeks.",
    },
    {
      id: `${prefix}-languages`,
      name: "languages",
      label: "Languages you speak",
      defaultValue: languages,
      hint: "Separated by ; for example German; English. Saved to your profile.",
    },
  ];
}

export default async function ApplyPage() {
  const userId = await getSessionUserId();
  if (!userId) redirect("/login?callbackUrl=/apply");
  const page = await getApplyPage(userId);
  if (!page) redirect("/login");
  const languages = page.user.languages.join("; ");
  const applications = page.memberships.filter((m) => m.status !== "CANDIDATE");
  return (
    <>
      <PageHeader
        title="Apply to the mentoring programme"
        description="Apply to mentor first-year students, or as a first-year student apply to be mentored."
      />
      {applications.length ? (
        <Card className="mb-6" aria-labelledby="mine-heading">
          <CardHeader id="mine-heading" title="Your applications" />
          <ul className="divide-y divide-stone-200">
            {applications.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    {m.cohort.name}: {ROLE_WORD[m.role as "MENTOR" | "MENTEE"]}
                    {m.phase ? ` (${m.phase === "CLINICAL" ? "clinical" : "preclinical"})` : ""}
                  </p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
                    <Badge tone={STATUS[m.status]?.tone ?? "neutral"}>{STATUS[m.status]?.label ?? m.status}</Badge>
                    <span>Sent {formatDate(m.createdAt)}</span>
                  </p>
                  {m.status === "DECLINED" && m.decisionReason ? (
                    <p className="mt-1 text-sm text-stone-700">Reason: {m.decisionReason}</p>
                  ) : null}
                </div>
                {m.status === "APPLIED" ? (
                  <SetupForm
                    inline
                    label={`Withdraw application to ${m.cohort.name}`}
                    action={withdrawApplicationAction}
                    fields={[
                      { id: `withdraw-${m.id}`, name: "membershipId", label: "", type: "hidden", defaultValue: m.id },
                    ]}
                    submitLabel="Withdraw my application"
                    pendingLabel="Withdrawing…"
                    variant="danger"
                    confirmMessage="Withdraw this application? You cannot apply again to this cohort in this role."
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {page.cohorts.length === 0 ? (
        <EmptyState title="No cohort is taking applications right now">
          The coordinators open applications before each programme year. Check back then.
        </EmptyState>
      ) : null}
      {page.cohorts.map((c) => {
        const mine = page.memberships.filter((m) => m.cohortId === c.id);
        const has = (role: "MENTOR" | "MENTEE") => mine.some((m) => m.role === role && m.status !== "CANDIDATE");
        const mentorOrMentee = mine.some((m) => m.status === "APPLIED" || m.status === "ACTIVE");
        return (
          <Card key={c.id} className="mb-6" aria-labelledby={`cohort-${c.id}`}>
            <CardHeader
              id={`cohort-${c.id}`}
              title={c.name}
              description={`Academic year ${c.academicYear} · ${formatDate(c.startsOn, c.timeZone)} to ${formatDate(c.endsOn, c.timeZone)}`}
            />
            <h3 className="text-base font-semibold">What the coordinators look for</h3>
            {c.selectionCriteria.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-700">
                {c.selectionCriteria.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-stone-600">No criteria were listed for this cohort.</p>
            )}
            {mentorOrMentee ? (
              <p className="mt-4 rounded-lg bg-stone-50 px-4 py-3 text-sm text-stone-700">
                You have applied to this cohort or take part in it already; see above.
              </p>
            ) : (
              <div className="mt-6 grid gap-6 lg:grid-cols-2">
                {!has("MENTOR") ? (
                  <section aria-labelledby={`mentor-${c.id}`} className="rounded-xl border border-stone-200 p-4">
                    <h3 id={`mentor-${c.id}`} className="mb-3 text-lg font-semibold">
                      Apply to mentor
                    </h3>
                    <SetupForm
                      label={`Apply to mentor in ${c.name}`}
                      action={applyToMentorAction}
                      fields={applicationFields(`mentor-${c.id}`, c.id, languages, true)}
                      submitLabel="Send my application to mentor"
                      pendingLabel="Sending…"
                    />
                  </section>
                ) : null}
                {!has("MENTEE") ? (
                  <section aria-labelledby={`mentee-${c.id}`} className="rounded-xl border border-stone-200 p-4">
                    <h3 id={`mentee-${c.id}`} className="mb-3 text-lg font-semibold">
                      Apply to be mentored
                    </h3>
                    <SetupForm
                      label={`Apply to be mentored in ${c.name}`}
                      action={applyToBeMentoredAction}
                      fields={applicationFields(`mentee-${c.id}`, c.id, languages, false)}
                      submitLabel="Send my application to be mentored"
                      pendingLabel="Sending…"
                    />
                  </section>
                ) : null}
              </div>
            )}
          </Card>
        );
      })}
    </>
  );
}
