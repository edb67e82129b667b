import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";

type LoadRow = GroupsBoard["load"][number];

const columns: Column<LoadRow>[] = [
  { key: "name", header: "Mentor", rowHeader: true, cell: (m) => m.name },
  { key: "pair", header: "Pair", cell: (m) => m.pair },
  {
    key: "mentees",
    header: "Mentees",
    numeric: true,
    cell: (m) => (
      <>
        {m.mentees}{" "}
        {m.overLimit ? (
          <Badge tone="danger">over limit</Badge>
        ) : m.atLimit ? (
          <Badge tone="warning">at limit</Badge>
        ) : null}
      </>
    ),
  },
  { key: "contacts", header: "Contacts logged", numeric: true, cell: (m) => m.contacts },
  { key: "meetings", header: "Meetings", numeric: true, cell: (m) => m.meetings },
  {
    key: "overdue",
    header: "Overdue",
    numeric: true,
    cell: (m) => (m.overdue > 0 ? <Badge tone="warning">{m.overdue}</Badge> : 0),
  },
];

/** Mentees, contacts, meetings and overdue contacts per mentor, against the cohort's limit. */
export function MentorLoadCard({ board }: { board: GroupsBoard }) {
  return (
    <Card aria-labelledby="load-heading" className="mt-6">
      <CardHeader
        id="load-heading"
        title="Mentor load"
        description={`Limit: ${board.cohort.maxMenteesPerMentor} mentees per mentor. Overdue: mentees of the pair whose contact is overdue (either mentor can catch up).`}
      />
      {board.load.length === 0 ? (
        <EmptyState title="No mentors in pairs yet" />
      ) : (
        <DataTable caption="Mentor load" columns={columns} rows={board.load} rowKey={(m) => m.membershipId} />
      )}
    </Card>
  );
}
