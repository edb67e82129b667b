import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";

type LoadRow = GroupsBoard["load"][number];

/** Mentees, contacts, meetings and overdue contacts per mentor, against the cohort's limit. */
export function MentorLoadCard({ board }: { board: GroupsBoard }) {
  const t = useTranslations("pairing.load");
  const tb = useTranslations("pairing.balance");
  const n = (value: number) => tb("count", { n: value });
  const columns: Column<LoadRow>[] = [
    { key: "name", header: t("mentor"), rowHeader: true, cell: (m) => <bdi>{m.name}</bdi> },
    { key: "pair", header: t("pair"), cell: (m) => <bdi>{m.pair}</bdi> },
    {
      key: "mentees",
      header: t("mentees"),
      numeric: true,
      cell: (m) => (
        <>
          {n(m.mentees)}{" "}
          {m.overLimit ? (
            <Badge tone="danger">{t("overLimit")}</Badge>
          ) : m.atLimit ? (
            <Badge tone="warning">{t("atLimit")}</Badge>
          ) : null}
        </>
      ),
    },
    { key: "contacts", header: t("contacts"), numeric: true, cell: (m) => n(m.contacts) },
    { key: "meetings", header: t("meetings"), numeric: true, cell: (m) => n(m.meetings) },
    {
      key: "overdue",
      header: t("overdue"),
      numeric: true,
      cell: (m) => (m.overdue > 0 ? <Badge tone="warning">{n(m.overdue)}</Badge> : n(0)),
    },
  ];
  return (
    <Card aria-labelledby="load-heading" className="mt-6">
      <CardHeader
        id="load-heading"
        title={t("title")}
        description={t("description", { limit: board.cohort.maxMenteesPerMentor })}
      />
      {board.load.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable caption={t("title")} columns={columns} rows={board.load} rowKey={(m) => m.membershipId} />
      )}
    </Card>
  );
}
