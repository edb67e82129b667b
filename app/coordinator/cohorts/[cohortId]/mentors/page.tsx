import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BulkAcceptForm, BulkAcceptSummary } from "@/components/cohorts/bulk-accept";
import { CohortHeader } from "@/components/cohorts/cohort-tabs";
import { SetupForm } from "@/components/cohorts/setup-form";
import { Badge, PhaseBadge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { getCohortSettings, requireCohortCoordinator } from "@/lib/cohorts/queries";
import { decideApplicationAction, recordTrainingAction } from "@/lib/pairing/actions";
import { getMentorsPage } from "@/lib/pairing/setup-queries";

export async function generateMetadata() {
  const tm = await getTranslations("cohorts.header.tab");
  return { title: tm("mentors") };
}

export default async function MentorsPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const actor = await requireCohortCoordinator(cohortId);
  const [cohort, page] = await Promise.all([getCohortSettings(actor), getMentorsPage(actor)]);
  if (!cohort || !page) notFound();
  const closed = cohort.status === "CLOSED";
  const t = await getTranslations("cohorts.mentorsPage");
  const phaseCount = (p: string) => page.accepted.filter((m) => m.phase === p).length;
  return (
    <>
      <CohortHeader cohort={cohort} current="/mentors" />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card aria-labelledby="applications-heading">
          <CardHeader
            id="applications-heading"
            title={t("applications", { count: page.applicants.length })}
            description={t("applicationsIntro")}
          />
          {page.cohort.selectionCriteria.length ? (
            <div className="mb-4 rounded-lg bg-stone-50 p-3 text-sm">
              <p className="font-medium">{t("criteria")}</p>
              <ul className="mt-1 list-disc ps-5 text-stone-700">
                {page.cohort.selectionCriteria.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="mb-4 text-sm text-stone-600">{t("noCriteria")}</p>
          )}
          {!closed && page.applicants.length > 1 ? (
            <details className="mb-4 rounded-lg border border-stone-200 p-3">
              <BulkAcceptSummary />
              <div className="mt-3">
                <BulkAcceptForm
                  cohortId={cohort.id}
                  applicants={page.applicants.map((m) => ({
                    id: m.id,
                    name: m.user.name,
                    detail: m.user.email,
                    phase: m.phase,
                  }))}
                />
              </div>
            </details>
          ) : null}
          {page.applicants.length === 0 ? (
            <EmptyState title={t("noApplications")}>{t("noApplicationsBody")}</EmptyState>
          ) : (
            <ul className="divide-y divide-stone-100" aria-label={t("list")}>
              {page.applicants.map((m) => (
                <li key={m.id} className="space-y-2 py-4" aria-label={m.user.name}>
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{m.user.name}</span>
                    {m.phase ? <PhaseBadge phase={m.phase} /> : null}
                    {m.yearOfStudy ? (
                      <span className="text-sm text-stone-600">{t("year", { year: m.yearOfStudy })}</span>
                    ) : null}
                    {m.user.languages.length ? (
                      <span className="text-sm text-stone-600">
                        {t("languages", { languages: m.user.languages.join(", ") })}
                      </span>
                    ) : null}
                  </div>
                  {m.motivation ? (
                    <p className="text-sm text-stone-700">{t("motivation", { text: m.motivation })}</p>
                  ) : null}
                  {m.availabilityNote ? (
                    <p className="text-sm text-stone-600">{t("available", { note: m.availabilityNote })}</p>
                  ) : null}
                  {!closed ? (
                    <div className="flex flex-wrap gap-3">
                      <SetupForm
                        inline
                        label={t("accept", { name: m.user.name })}
                        action={decideApplicationAction}
                        submitLabel={t("acceptSubmit")}
                        pendingLabel={t("accepting")}
                        fields={[
                          { name: "membershipId", label: "", type: "hidden", defaultValue: m.id },
                          { name: "decision", label: "", type: "hidden", defaultValue: "ACCEPT" },
                        ]}
                      />
                      <details className="grow">
                        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-stone-700">
                          {t("declineOpen")}
                        </summary>
                        <SetupForm
                          label={t("decline", { name: m.user.name })}
                          action={decideApplicationAction}
                          variant="danger"
                          submitLabel={t("declineSubmit")}
                          fields={[
                            { name: "membershipId", label: "", type: "hidden", defaultValue: m.id },
                            { name: "decision", label: "", type: "hidden", defaultValue: "DECLINE" },
                            {
                              name: "reason",
                              id: `reason-${m.id}`,
                              label: t("reason"),
                              type: "textarea",
                              rows: 2,
                            },
                          ]}
                        />
                      </details>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div className="space-y-6">
          <Card aria-labelledby="training-heading">
            <CardHeader
              id="training-heading"
              title={t("training")}
              description={page.cohort.trainingRequired ? t("trainingRequired") : t("trainingWaived")}
            />
            {page.accepted.length === 0 ? (
              <EmptyState title={t("noAccepted")} />
            ) : closed ? null : (
              <div className="space-y-6">
                {page.cohort.trainingModules.map((module, i) => {
                  const missing = page.accepted.filter((m) => !m.modules.includes(module));
                  return (
                    <div key={module}>
                      {missing.length === 0 ? (
                        <p className="text-sm">{t.rich("moduleDone", { module, b: (c) => <strong>{c}</strong> })}</p>
                      ) : (
                        <SetupForm
                          label={t("record", { module })}
                          action={recordTrainingAction}
                          submitLabel={t("recordSubmit", { module })}
                          fields={[
                            { name: "cohortId", label: "", type: "hidden", defaultValue: cohort.id },
                            { name: "module", label: "", type: "hidden", defaultValue: module },
                            {
                              name: "membershipIds",
                              id: `t-${module}`,
                              label: t("completed", { module }),
                              type: "checkboxes",
                              options: missing.map((m) => ({ value: m.id, label: m.user.name })),
                            },
                            {
                              name: "completedOn",
                              id: `training-date-${i}`, // ids without spaces: aria-describedby lists them
                              label: t("completedOn"),
                              type: "date",
                              defaultValue: page.today,
                              max: page.today,
                              hint: t("completedOnHint"),
                            },
                          ]}
                        />
                      )}
                    </div>
                  );
                })}
              </div>
            )}
          </Card>
          <Card aria-labelledby="accepted-heading">
            <CardHeader
              id="accepted-heading"
              title={t("accepted", { count: page.accepted.length })}
              description={t("phases", { clinical: phaseCount("CLINICAL"), preclinical: phaseCount("PRECLINICAL") })}
            />
            <ul className="divide-y divide-stone-100 text-sm" aria-label={t("acceptedList")}>
              {page.accepted.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>{m.user.name}</span>
                  <span className="flex gap-1.5">
                    {m.phase ? <PhaseBadge phase={m.phase} /> : null}
                    <Badge tone={m.trained ? "success" : "warning"}>
                      {m.trained
                        ? t("trained")
                        : t("modules", { done: m.modules.length, total: page.cohort.trainingModules.length })}
                    </Badge>
                  </span>
                </li>
              ))}
            </ul>
          </Card>
          {page.declined.length ? (
            <Card aria-labelledby="declined-heading">
              <CardHeader id="declined-heading" title={t("declined", { count: page.declined.length })} />
              <ul className="space-y-2 text-sm">
                {page.declined.map((m) => (
                  <li key={m.id}>
                    <span className="font-medium">{m.user.name}</span>
                    {m.decisionReason ? (
                      <span className="text-stone-600">{t("declinedReason", { reason: m.decisionReason })}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
