import { getTranslations } from "next-intl/server";
import { AttendanceByPersonTable } from "@/components/sessions/attendance-by-person-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requestedCohortId, requireRole } from "@/lib/auth/session";
import { withCohort } from "@/lib/cohorts/url";

export async function generateMetadata() {
  const tm = await getTranslations("sessions.byPerson");
  return { title: tm("title") };
}

export default async function AttendanceByPerson() {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/sessions/attendance");
  const csv = withCohort("/coordinator/sessions/attendance/csv", await requestedCohortId());
  const t = await getTranslations("sessions");
  return (
    <>
      <PageHeader
        title={t("byPerson.title")}
        description={t("byPerson.description")}
        action={
          <a href={csv} className={buttonClass("secondary")} download>
            {t("byPerson.csv")}
          </a>
        }
      />
      <AttendanceByPersonTable actor={actor} timeZone={membership.cohort.timeZone} />
    </>
  );
}
