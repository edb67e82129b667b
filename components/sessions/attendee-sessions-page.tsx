import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import type { CohortActor } from "@/lib/auth/permissions";
import { requestFormatter } from "@/lib/i18n/server";
import { getMySessions } from "@/lib/sessions/queries";
import { MySessionCard } from "./my-session-card";

/** The sessions page of a mentor or a mentee: upcoming (RSVP) and past (feedback). */
export async function AttendeeSessionsPage({
  actor,
  role,
  timeZone,
}: {
  actor: CohortActor;
  role: "MENTOR" | "MENTEE";
  timeZone: string;
}) {
  const t = await getTranslations("sessions");
  const [upcoming, past] = await Promise.all([
    getMySessions(actor, role, "upcoming"),
    getMySessions(actor, role, "past"),
  ]);
  const f = await requestFormatter(timeZone);
  const manage = (s: { kind: string; id: string }) =>
    role === "MENTOR" && s.kind === "INTER_MENTOR" ? `/mentor/sessions/${s.id}` : undefined;
  return (
    <>
      <PageHeader title={t("page.title")} description={t(`page.description${role}`)} />
      <section aria-labelledby="upcoming-heading" className="mb-8">
        <h2 id="upcoming-heading" className="mb-3 text-lg font-semibold text-stone-900">
          {t("page.upcoming")}
        </h2>
        {!upcoming?.length ? (
          <EmptyState title={t("page.noneUpcoming")} />
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {upcoming.map((s) => (
              <MySessionCard key={s.id} s={s} when={f.range(s.startsAt, s.endsAt)} manageHref={manage(s)} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading" className="mb-3 text-lg font-semibold text-stone-900">
          {t("page.past")}
        </h2>
        {!past?.length ? (
          <EmptyState title={t("page.nonePast")} />
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {past.map((s) => (
              <MySessionCard key={s.id} s={s} when={f.range(s.startsAt, s.endsAt)} manageHref={manage(s)} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
