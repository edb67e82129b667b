import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SetupForm, type SetupField } from "@/components/cohorts/setup-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { applyToBeMentoredAction, applyToMentorAction, withdrawApplicationAction } from "@/lib/applications/actions";
import { getApplyPage } from "@/lib/applications/queries";
import { PHASES } from "@/lib/applications/schemas";
import { getSessionUserId } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";

export async function generateMetadata() {
  const tm = await getTranslations("apply");
  return { title: tm("metaTitle") };
}

const TONE: Record<string, "neutral" | "brand" | "success" | "warning" | "danger"> = {
  APPLIED: "warning",
  ACTIVE: "success",
  DECLINED: "danger",
  WITHDRAWN: "neutral",
};

export default async function ApplyPage() {
  const userId = await getSessionUserId();
  if (!userId) redirect("/login?callbackUrl=/apply");
  const page = await getApplyPage(userId);
  if (!page) redirect("/login");
  const languages = page.user.languages.join("; ");
  const applications = page.memberships.filter((m) => m.status !== "CANDIDATE");
  const t = await getTranslations("apply");
  const f = await requestFormatter();
  const day = (d: Date) => f.day(d);
  const applicationFields = (prefix: string, cohortId: string, mentor: boolean): SetupField[] => [
    { name: "cohortId", label: "", type: "hidden", defaultValue: cohortId },
    ...(mentor
      ? [
          {
            id: `${prefix}-phase`,
            name: "phase",
            label: t("field.phase"),
            type: "select" as const,
            defaultValue: "",
            options: [
              { value: "", label: t("field.choose") },
              ...PHASES.map((p) => ({ value: p, label: t(`field.${p}`) })),
            ],
          },
        ]
      : []),
    {
      id: `${prefix}-year`,
      name: "yearOfStudy",
      label: t("field.year"),
      type: "number",
      min: 1,
      max: mentor ? 6 : 1,
      defaultValue: mentor ? "" : "1",
      hint: mentor ? t("field.yearMentorHint") : t("field.yearMenteeHint"),
    },
    {
      id: `${prefix}-motivation`,
      name: "motivation",
      label: t("field.motivation"),
      type: "textarea",
      rows: 4,
      hint: t("field.motivationHint"),
    },
    {
      id: `${prefix}-availability`,
      name: "availability",
      label: t("field.availability"),
      hint: t("field.availabilityHint"),
    },
    {
      id: `${prefix}-languages`,
      name: "languages",
      label: t("field.languages"),
      defaultValue: languages,
      hint: t("field.languagesHint"),
    },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {applications.length ? (
        <Card className="mb-6" aria-labelledby="mine-heading">
          <CardHeader id="mine-heading" title={t("mine")} />
          <ul className="divide-y divide-stone-200">
            {applications.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    {t("item", { cohort: m.cohort.name, role: m.role, phase: m.phase ?? "none" })}
                  </p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
                    <Badge tone={TONE[m.status] ?? "neutral"}>{t(`status.${m.status as "APPLIED"}`)}</Badge>
                    <span>{t("sent", { day: f.date(m.createdAt) })}</span>
                  </p>
                  {m.status === "DECLINED" && m.decisionReason ? (
                    <p className="mt-1 text-sm text-stone-700">{t("reason", { reason: m.decisionReason })}</p>
                  ) : null}
                </div>
                {m.status === "APPLIED" ? (
                  <SetupForm
                    inline
                    label={t("withdraw.label", { cohort: m.cohort.name })}
                    action={withdrawApplicationAction}
                    fields={[
                      { id: `withdraw-${m.id}`, name: "membershipId", label: "", type: "hidden", defaultValue: m.id },
                    ]}
                    submitLabel={t("withdraw.submit")}
                    pendingLabel={t("withdraw.pending")}
                    variant="danger"
                    confirmMessage={t("withdraw.confirm")}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {page.cohorts.length === 0 ? <EmptyState title={t("noCohort")}>{t("noCohortBody")}</EmptyState> : null}
      {page.cohorts.map((c) => {
        const mine = page.memberships.filter((m) => m.cohortId === c.id);
        const has = (role: "MENTOR" | "MENTEE") => mine.some((m) => m.role === role && m.status !== "CANDIDATE");
        const mentorOrMentee = mine.some((m) => m.status === "APPLIED" || m.status === "ACTIVE");
        return (
          <Card key={c.id} className="mb-6" aria-labelledby={`cohort-${c.id}`}>
            <CardHeader
              id={`cohort-${c.id}`}
              title={c.name}
              description={t("cohortDates", { year: c.academicYear, from: day(c.startsOn), to: day(c.endsOn) })}
            />
            <h3 className="text-base font-semibold">{t("criteria")}</h3>
            {c.selectionCriteria.length ? (
              <ul className="mt-2 list-disc space-y-1 ps-5 text-stone-700">
                {c.selectionCriteria.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-stone-600">{t("noCriteria")}</p>
            )}
            {mentorOrMentee ? (
              <p className="mt-4 rounded-lg bg-stone-50 px-4 py-3 text-sm text-stone-700">{t("already")}</p>
            ) : (
              <div className="mt-6 grid gap-6 lg:grid-cols-2">
                {!has("MENTOR") ? (
                  <section aria-labelledby={`mentor-${c.id}`} className="rounded-xl border border-stone-200 p-4">
                    <h3 id={`mentor-${c.id}`} className="mb-3 text-lg font-semibold">
                      {t("mentor.title")}
                    </h3>
                    <SetupForm
                      label={t("mentor.label", { cohort: c.name })}
                      action={applyToMentorAction}
                      fields={applicationFields(`mentor-${c.id}`, c.id, true)}
                      submitLabel={t("mentor.submit")}
                      pendingLabel={t("sending")}
                    />
                  </section>
                ) : null}
                {!has("MENTEE") ? (
                  <section aria-labelledby={`mentee-${c.id}`} className="rounded-xl border border-stone-200 p-4">
                    <h3 id={`mentee-${c.id}`} className="mb-3 text-lg font-semibold">
                      {t("mentee.title")}
                    </h3>
                    <SetupForm
                      label={t("mentee.label", { cohort: c.name })}
                      action={applyToBeMentoredAction}
                      fields={applicationFields(`mentee-${c.id}`, c.id, false)}
                      submitLabel={t("mentee.submit")}
                      pendingLabel={t("sending")}
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
