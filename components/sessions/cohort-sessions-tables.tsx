import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { CohortLink } from "@/components/ui/cohort-link";
import { DataTable } from "@/components/ui/data-table";
import type { CohortActor } from "@/lib/auth/permissions";
import { requestFormatter } from "@/lib/i18n/server";
import { getCohortSessions, type SessionRow } from "@/lib/sessions/queries";

/**
 * The cohort's sessions, upcoming and past, with seats, waitlist and attendance rates: the
 * coordinator's list (each title links to running the session) and the supervisor's read-only
 * overview (`linkTo` absent: no links). Four statements (getCohortSessions twice).
 */
export async function CohortSessionsTables({
  actor,
  timeZone,
  linkTo,
}: {
  actor: CohortActor;
  timeZone: string;
  linkTo?: "coordinator";
}) {
  const t = await getTranslations("sessions");
  const [upcoming, past] = await Promise.all([getCohortSessions(actor, "upcoming"), getCohortSessions(actor, "past")]);
  const f = await requestFormatter(timeZone);
  const columns = (pastTable: boolean) => [
    {
      key: "title",
      header: t("coordinator.colSession"),
      rowHeader: true,
      cell: (s: SessionRow) => (
        <span className="block">
          {linkTo ? (
            <CohortLink href={`/${linkTo}/sessions/${s.id}`} className="text-brand-700 font-medium underline">
              <bdi>{s.title}</bdi>
            </CohortLink>
          ) : (
            <bdi className="font-medium text-stone-900">{s.title}</bdi>
          )}
          <span className="block text-stone-600">
            {t(`kind.${s.kind}`)}
            {s.speaker ? ` · ${s.speaker}` : ""}
          </span>
          {s.cancelled ? <Badge tone="danger">{t("card.cancelled")}</Badge> : null}
        </span>
      ),
    },
    { key: "when", header: t("coordinator.colWhen"), cell: (s: SessionRow) => f.range(s.startsAt, s.endsAt) },
    {
      key: "going",
      header: t("coordinator.colGoing"),
      numeric: true,
      cell: (s: SessionRow) =>
        s.capacity !== null ? t("run.ofCapacity", { going: s.going, capacity: s.capacity }) : f.number(s.going),
    },
    {
      key: "waiting",
      header: t("coordinator.colWaiting"),
      numeric: true,
      cell: (s: SessionRow) => f.number(s.waiting),
    },
    ...(pastTable
      ? [
          {
            key: "rate",
            header: t("coordinator.colAttendance"),
            numeric: true,
            cell: (s: SessionRow) =>
              s.marked > 0 ? f.number(s.present / s.marked, { style: "percent" }) : t("coordinator.notTaken"),
          },
        ]
      : []),
  ];
  return (
    <>
      <section aria-labelledby="upcoming-heading" className="mb-8">
        <h2 id="upcoming-heading" className="mb-3 text-lg font-semibold text-stone-900">
          {t("page.upcoming")}
        </h2>
        {!upcoming?.length ? (
          <EmptyState title={t("page.noneUpcoming")} />
        ) : (
          <DataTable caption={t("page.upcoming")} columns={columns(false)} rows={upcoming} rowKey={(s) => s.id} />
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading" className="mb-3 text-lg font-semibold text-stone-900">
          {t("page.past")}
        </h2>
        {!past?.length ? (
          <EmptyState title={t("page.nonePast")} />
        ) : (
          <DataTable caption={t("page.past")} columns={columns(true)} rows={past} rowKey={(s) => s.id} />
        )}
      </section>
    </>
  );
}
