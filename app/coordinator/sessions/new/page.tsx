import { getTranslations } from "next-intl/server";
import { SeriesForm } from "@/components/sessions/series-form";
import { SessionForm } from "@/components/sessions/session-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { clock } from "@/lib/clock";
import { getCohortModules, getSpeakerChoices } from "@/lib/sessions/queries";
import { addLocalDays, localDate } from "@/lib/time";

export async function generateMetadata() {
  const tm = await getTranslations("sessions.coordinator");
  return { title: tm("new") };
}

export default async function NewSession() {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/sessions/new");
  const t = await getTranslations("sessions");
  const tz = membership.cohort.timeZone;
  const [speakers, modules] = await Promise.all([getSpeakerChoices(actor), getCohortModules(actor)]);
  const today = localDate(clock(), tz);
  return (
    <>
      <PageHeader title={t("coordinator.new")} description={t("coordinator.newDescription")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="one-heading">
          <CardHeader id="one-heading" title={t("coordinator.oneHeading")} />
          <SessionForm
            initial={{
              kind: "ROLE_MODEL",
              title: "",
              description: "",
              date: addLocalDays(today, 7),
              startTime: "17:00",
              endTime: "18:30",
              place: "",
              audience: "MENTEES",
              capacity: "",
              speakerId: "",
              speakerName: "",
              trainingModules: [],
            }}
            speakers={speakers ?? []}
            modules={modules ?? []}
            timeZone={tz}
          />
        </Card>
        <Card aria-labelledby="series-heading">
          <CardHeader id="series-heading" title={t("series.heading")} description={t("series.description")} />
          <SeriesForm
            initial={{ firstDay: addLocalDays(today, 1), lastDay: addLocalDays(today, 7 * 12) }}
            timeZone={tz}
          />
        </Card>
      </div>
    </>
  );
}
