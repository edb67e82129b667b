import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SetupForm } from "@/components/cohorts/setup-form";
import { settingsFields } from "@/components/cohorts/settings-fields";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { createCohortAction } from "@/lib/cohorts/actions";
import { listCoordinatedCohorts } from "@/lib/cohorts/queries";
import { DEFAULT_AGREEMENT } from "@/lib/cohorts/rules";
import { requestFormatter } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("cohorts.list");
  return { title: t("title") };
}

const TONE = { ACTIVE: "success", CLOSED: "neutral", DRAFT: "warning" } as const;

export default async function CohortsPage() {
  const { viewer, membership } = await requireRole("COORDINATOR", "/coordinator/cohorts");
  const cohorts = await listCoordinatedCohorts(viewer.user.id);
  const t = await getTranslations("cohorts.list");
  const ts = await getTranslations("cohorts.header.status");
  const tr = await getTranslations();
  const f = await requestFormatter(membership.cohort.timeZone);
  const year = new Date().getUTCFullYear();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {cohorts.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
      ) : (
        <ul className="mb-8 grid gap-3 sm:grid-cols-2" aria-label={t("yours")}>
          {cohorts.map((c) => (
            <li key={c.id}>
              <Link
                href={`/coordinator/cohorts/${c.id}`}
                className="hover:border-brand-300 block rounded-xl border border-stone-200 bg-white p-4 shadow-xs"
              >
                <div className="flex items-start justify-between gap-2">
                  <bdi className="font-medium text-stone-900">{c.name}</bdi>
                  <Badge tone={TONE[c.status]}>{ts(c.status)}</Badge>
                </div>
                <p className="mt-1 text-sm text-stone-600">
                  {t("dates", { year: c.academicYear, from: f.day(c.startsOn), to: f.day(c.endsOn) })}
                </p>
                <p className="text-sm text-stone-600">
                  {t("counts", {
                    people: c._count.memberships,
                    pairs: c._count.pairs,
                    published: c.groupsPublishedAt ? "yes" : "no",
                  })}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Card aria-labelledby="new-cohort">
        <details>
          <summary className="flex min-h-11 cursor-pointer items-center text-lg font-semibold" id="new-cohort">
            {t("createSummary")}
          </summary>
          <div className="mt-4 max-w-xl">
            <CardHeader title={t("newTitle")} description={t("newText")} />
            <SetupForm
              label={t("newTitle")}
              action={createCohortAction}
              submitLabel={t("create")}
              openLink={t("openNew")}
              pendingLabel={t("creating")}
              fields={[
                ...settingsFields(
                  {
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
                    trainingModules: [t("moduleConcepts"), t("moduleCommunication")],
                    selectionCriteria: [],
                    agreementText: DEFAULT_AGREEMENT,
                    trainingRequired: true,
                  },
                  tr,
                ),
                ...(cohorts.length
                  ? [
                      {
                        name: "copyFromCohortId",
                        id: "copy-from",
                        label: t("copyFrom"),
                        type: "select" as const,
                        optional: true,
                        defaultValue: "",
                        hint: t("copyFromHint"),
                        options: [
                          { value: "", label: t("copyNone") },
                          ...cohorts.map((c) => ({ value: c.id, label: c.name })),
                        ],
                      },
                    ]
                  : []),
              ]}
            />
          </div>
        </details>
      </Card>
    </>
  );
}
