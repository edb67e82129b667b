import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getAttendanceByPerson } from "@/lib/sessions/queries";

export async function generateMetadata() {
  const tm = await getTranslations("sessions.byPerson");
  return { title: tm("title") };
}

export default async function AttendanceByPerson() {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/sessions/attendance");
  const t = await getTranslations("sessions");
  const rows = (await getAttendanceByPerson(actor)) ?? [];
  const f = await requestFormatter(membership.cohort.timeZone);
  type Row = (typeof rows)[number];
  return (
    <>
      <PageHeader
        title={t("byPerson.title")}
        description={t("byPerson.description")}
        action={
          <a href="/coordinator/sessions/attendance/csv" className={buttonClass("secondary")} download>
            {t("byPerson.csv")}
          </a>
        }
      />
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
