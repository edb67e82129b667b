import { SetupForm } from "@/components/cohorts/setup-form";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { publishGroupsAction } from "@/lib/pairing/actions";
import { BALANCE_COLUMNS, balanceCells, balanceSummary, type BalanceRow } from "@/lib/pairing/rules/balance";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";
import { hidden } from "./fields";

/** The balance report (one row per group, the summary sentence of lib/pairing/rules/balance.ts) and publishing. */
export function BalanceCard({
  cohortId,
  board,
  closed,
  published,
}: {
  cohortId: string;
  board: GroupsBoard;
  closed: boolean;
  published: boolean;
}) {
  const b = board.balance;
  const columns: Column<BalanceRow>[] = BALANCE_COLUMNS.map((header, i) => ({
    key: header,
    header,
    rowHeader: i === 0,
    numeric: i > 0,
    cell: (row) => balanceCells(row, board.cohort.groupSize)[i],
  }));
  return (
    <Card aria-labelledby="balance-heading" className="mt-6">
      <CardHeader id="balance-heading" title="Balance report" description={balanceSummary(b)} />
      {b.rows.length === 0 ? (
        <EmptyState title="No groups yet" />
      ) : (
        <DataTable caption="Balance report" columns={columns} rows={b.rows} rowKey={(r) => r.pairId} />
      )}
      {!closed && !published ? (
        <div className="mt-6 border-t border-stone-100 pt-4">
          <SetupForm
            label="Publish groups"
            action={publishGroupsAction}
            submitLabel="Publish pairs and groups"
            pendingLabel="Publishing…"
            confirmMessage="Publish now? Mentors and mentees are notified and see their groups."
            fields={[hidden("cohortId", cohortId)]}
          />
        </div>
      ) : null}
    </Card>
  );
}
