import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { CohortActor } from "@/lib/auth/permissions";
import { requestFormatter } from "@/lib/i18n/server";
import { getAttendanceByPerson } from "@/lib/sessions/queries";

/** Attendance per person (a mentor who missed three inter-mentor sessions in a row is flagged). */
export async function AttendanceByPersonTable({ actor, timeZone }: { actor: CohortActor; timeZone: string }) {
  const t = await getTranslations("sessions");
  const rows = (await getAttendanceByPerson(actor)) ?? [];
  const f = await requestFormatter(timeZone);
  type Row = (typeof rows)[number];
  return (
    <>
      {rows.length === 0 ? (
        <EmptyState title={t("byPerson.none")} />
      ) : (
        <DataTable
          caption={t("byPerson.title")}
          rows={rows}
          rowKey={(r) => r.membershipId}
          columns={[
            {
              key: "name",
              header: t("byPerson.colName"),
              rowHeader: true,
              cell: (r: Row) => (
                <span className="flex flex-wrap items-center gap-2">
                  <bdi>{r.name}</bdi>
                  {r.flagged ? <Badge tone="warning">{t("byPerson.flagged")}</Badge> : null}
                </span>
              ),
            },
            { key: "role", header: t("byPerson.colRole"), cell: (r: Row) => t(`role.${r.role}`) },
            { key: "invited", header: t("byPerson.colInvited"), numeric: true, cell: (r: Row) => f.number(r.invited) },
            { key: "present", header: t("byPerson.colPresent"), numeric: true, cell: (r: Row) => f.number(r.present) },
            {
              key: "rate",
              header: t("byPerson.colRate"),
              numeric: true,
              cell: (r: Row) => (r.rate === null ? "–" : f.number(r.rate, { style: "percent" })),
            },
          ]}
        />
      )}
    </>
  );
}
