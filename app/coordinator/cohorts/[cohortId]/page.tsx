import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivateCohortForm } from "@/components/cohorts/activate-form";
import { CohortHeader } from "@/components/cohorts/cohort-tabs";
import { SetupForm } from "@/components/cohorts/setup-form";
import { settingsFields } from "@/components/cohorts/settings-fields";
import { Card, CardHeader } from "@/components/ui/card";
import { changeCohortStatusAction, rollOverCohortAction, updateCohortAction } from "@/lib/cohorts/actions";
import { getCohortSettings, otherCoordinatedCohorts, requireCohortCoordinator } from "@/lib/cohorts/queries";
import { DEFAULT_AGREEMENT } from "@/lib/cohorts/rules";
import { requestFormatter } from "@/lib/i18n/server";
import { addLocalDays, dbDateToLocal } from "@/lib/time";

export async function generateMetadata() {
  const t = await getTranslations("cohorts.settingsPage");
  return { title: t("title") };
}

export default async function CohortSettingsPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const actor = await requireCohortCoordinator(cohortId);
  const [c, others] = await Promise.all([getCohortSettings(actor), otherCoordinatedCohorts(cohortId)]);
  if (!c) notFound();
  const t = await getTranslations("cohorts.settingsPage");
  const tr = await getTranslations();
  const f = await requestFormatter(c.timeZone);
  const closed = c.status === "CLOSED";
  const start = dbDateToLocal(c.startsOn);
  const end = dbDateToLocal(c.endsOn);
  const shift = (d: string) =>
    addLocalDays(
      d,
      364 +
        (new Date(`${d}T00:00:00Z`).getUTCDay() === new Date(`${addLocalDays(d, 364)}T00:00:00Z`).getUTCDay() ? 0 : 1),
    );
  const othersActive = others.filter((o) => o.status === "ACTIVE").map((o) => ({ id: o.id, name: o.name }));
  return (
    <>
      <CohortHeader cohort={c} current="" />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card aria-labelledby="settings-heading">
          <CardHeader
            id="settings-heading"
            title={t("settings")}
            description={
              c.rolledOverFrom
                ? t.rich("rolledOver", {
                    name: c.rolledOverFrom.name,
                    templates: c._count.templates,
                    centres: c._count.supportCentres,
                    link: (chunks) => (
                      <Link className="underline" href={`/coordinator/cohorts/${c.rolledOverFrom!.id}`}>
                        <bdi>{chunks}</bdi>
                      </Link>
                    ),
                  })
                : undefined
            }
          />
          {closed ? (
            <dl className="grid gap-2 text-sm">
              <div>
                <dt className="font-medium">{t("dates")}</dt>
                <dd>{t("datesValue", { from: f.day(c.startsOn), to: f.day(c.endsOn), zone: c.timeZone })}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("groups")}</dt>
                <dd>{t("groupsValue", { size: c.groupSize, first: c.firstIntervalDays, last: c.lastIntervalDays })}</dd>
              </div>
            </dl>
          ) : (
            <SetupForm
              label={t("formLabel")}
              action={updateCohortAction}
              submitLabel={t("save")}
              fields={[
                { name: "cohortId", label: "", type: "hidden", defaultValue: c.id },
                ...settingsFields(
                  {
                    ...c,
                    startsOn: start,
                    endsOn: end,
                    agreementText: c.agreementText ?? DEFAULT_AGREEMENT,
                  },
                  tr,
                ),
              ]}
            />
          )}
        </Card>
        <div className="space-y-6">
          <Card aria-labelledby="status-heading">
            <CardHeader id="status-heading" title={t("status")} description={t(`statusText.${c.status}`)} />
            {c.status !== "CLOSED" ? <ActivateCohortForm cohort={c} othersActive={othersActive} /> : null}
            {c.status === "ACTIVE" ? (
              <SetupForm
                label={t("closeLabel")}
                variant="danger"
                confirmMessage={t("closeConfirm")}
                action={changeCohortStatusAction}
                submitLabel={t("closeLabel")}
                fields={[
                  { name: "cohortId", label: "", type: "hidden", defaultValue: c.id },
                  { name: "to", label: "", type: "hidden", defaultValue: "CLOSED" },
                ]}
              />
            ) : null}
          </Card>
          <Card aria-labelledby="rollover-heading">
            <CardHeader id="rollover-heading" title={t("rollOver")} description={t("rollOverText")} />
            <SetupForm
              label={t("rollOverLabel")}
              action={rollOverCohortAction}
              submitLabel={t("rollOverSubmit")}
              openLink={t("openNew")}
              pendingLabel={t("creating")}
              fields={[
                { name: "cohortId", label: "", type: "hidden", defaultValue: c.id },
                {
                  name: "name",
                  label: t("newName"),
                  id: "ro-name",
                  defaultValue: c.name.includes(c.academicYear)
                    ? c.name.replace(c.academicYear, c.nextYear)
                    : `${c.name} ${c.nextYear}`,
                },
                {
                  name: "academicYear",
                  label: tr("cohorts.settings.academicYear"),
                  id: "ro-year",
                  defaultValue: c.nextYear,
                },
                {
                  name: "startsOn",
                  label: tr("cohorts.settings.startsOn"),
                  id: "ro-start",
                  type: "date",
                  defaultValue: shift(start),
                },
                {
                  name: "endsOn",
                  label: tr("cohorts.settings.endsOn"),
                  id: "ro-end",
                  type: "date",
                  defaultValue: shift(end),
                },
              ]}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
