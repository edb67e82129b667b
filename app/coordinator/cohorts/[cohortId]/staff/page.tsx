import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CohortHeader } from "@/components/cohorts/cohort-tabs";
import { AddStaffForm, StaffRowActions } from "@/components/staff/staff-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { getCohortSettings, requireCohortCoordinator } from "@/lib/cohorts/queries";
import { getStaff } from "@/lib/staff/queries";

export async function generateMetadata() {
  const t = await getTranslations("staff");
  return { title: t("title") };
}

const SIGN_IN_TONE = { active: "success", invited: "warning", linkExpired: "danger" } as const;

/** The cohort's coordinators, supervisor(s) and role models (issue 10, item 2). */
export default async function StaffPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const actor = await requireCohortCoordinator(cohortId);
  const [cohort, staff] = await Promise.all([getCohortSettings(actor), getStaff(actor)]);
  if (!cohort || !staff) notFound();
  const t = await getTranslations("staff");
  const closed = cohort.status === "CLOSED";
  const activeCoordinators = staff.filter((s) => s.active && s.role === "COORDINATOR").length;
  return (
    <>
      <CohortHeader cohort={cohort} current="/staff" />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card aria-labelledby="staff-list-heading">
          <CardHeader id="staff-list-heading" title={t("list.title")} description={t("list.description")} />
          <ul className="divide-y divide-stone-100" aria-labelledby="staff-list-heading">
            {staff.map((s) => (
              <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm">
                <div className="min-w-0">
                  <p className="font-medium text-stone-900">
                    <bdi>{s.name}</bdi>
                    {s.isYou ? <span className="ms-1 font-normal text-stone-600">{t("list.you")}</span> : null}
                  </p>
                  <p className="break-all text-stone-600" dir="ltr">
                    {s.email}
                  </p>
                  <div className="mt-1.5 flex flex-wrap gap-1.5">
                    <Badge tone="brand">{t(`role.${s.role}`)}</Badge>
                    {s.active ? (
                      <Badge tone={SIGN_IN_TONE[s.signIn]}>{t(`signIn.${s.signIn}`)}</Badge>
                    ) : (
                      <Badge>{t("list.removed")}</Badge>
                    )}
                  </div>
                </div>
                {s.active && !closed ? (
                  <StaffRowActions
                    membershipId={s.id}
                    name={s.name}
                    canRemove={!s.isYou && (s.role !== "COORDINATOR" || activeCoordinators > 1)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
        {!closed ? (
          <Card aria-labelledby="staff-add-heading">
            <CardHeader id="staff-add-heading" title={t("add.title")} description={t("add.description")} />
            <AddStaffForm cohortId={cohort.id} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
