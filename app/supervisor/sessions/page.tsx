import { getTranslations } from "next-intl/server";
import { AttendanceByPersonTable } from "@/components/sessions/attendance-by-person-table";
import { CohortSessionsTables } from "@/components/sessions/cohort-sessions-tables";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getInterMentorMinutes } from "@/lib/sessions/queries";

export async function generateMetadata() {
  const tm = await getTranslations("sessions.supervisor");
  return { title: tm("title") };
}

/**
 * The supervisor's read-only overview of the cohort's sessions (issue 12, "a sessions page per
 * role"): the sessions with seats, waitlists and attendance rates, attendance by person (flagged
 * mentors), and the minutes of the inter-mentor sessions. Nothing here writes.
 */
export default async function SupervisorSessions() {
  const { actor, membership } = await requireRole("SUPERVISOR", "/supervisor/sessions");
  const t = await getTranslations("sessions");
  const tz = membership.cohort.timeZone;
  const [minutes, f] = await Promise.all([getInterMentorMinutes(actor), requestFormatter(tz)]);
  return (
    <>
      <PageHeader title={t("supervisor.title")} description={t("supervisor.description")} />
      <CohortSessionsTables actor={actor} timeZone={tz} />
      <section aria-labelledby="by-person-heading" className="mt-8">
        <h2 id="by-person-heading" className="mb-1 text-lg font-semibold text-stone-900">
          {t("byPerson.title")}
        </h2>
        <p className="mb-3 text-sm text-stone-600">{t("byPerson.description")}</p>
        <AttendanceByPersonTable actor={actor} timeZone={tz} />
      </section>
      <Card aria-labelledby="minutes-heading" className="mt-8">
        <CardHeader id="minutes-heading" title={t("minutes.heading")} description={t("minutes.description")} />
        {!minutes?.length ? (
          <EmptyState title={t("minutes.none")} />
        ) : (
          <ul className="space-y-4">
            {minutes.map((m) => (
              <li key={m.id} className="border-b border-stone-200 pb-3 last:border-0">
                <p className="font-medium text-stone-900">
                  <bdi>{m.title}</bdi> · {f.date(m.startsAt)}
                </p>
                <p dir="auto" className="mt-1 text-sm whitespace-pre-line text-stone-700">
                  {m.minutes}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
