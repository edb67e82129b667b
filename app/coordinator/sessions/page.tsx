import { getTranslations } from "next-intl/server";
import { CohortSessionsTables } from "@/components/sessions/cohort-sessions-tables";
import { CohortButtonLink } from "@/components/ui/cohort-link";
import { PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";

export async function generateMetadata() {
  const tm = await getTranslations("sessions.coordinator");
  return { title: tm("title") };
}

export default async function CoordinatorSessions() {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/sessions");
  const t = await getTranslations("sessions");
  return (
    <>
      <PageHeader
        title={t("coordinator.title")}
        description={t("coordinator.description")}
        action={
          <div className="flex flex-wrap gap-2">
            <CohortButtonLink href="/coordinator/sessions/new">{t("coordinator.new")}</CohortButtonLink>
            <CohortButtonLink href="/coordinator/sessions/attendance" variant="secondary">
              {t("coordinator.byPerson")}
            </CohortButtonLink>
          </div>
        }
      />
      <CohortSessionsTables actor={actor} timeZone={membership.cohort.timeZone} linkTo="coordinator" />
    </>
  );
}
