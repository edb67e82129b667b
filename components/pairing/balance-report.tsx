import { useTranslations } from "next-intl";
import { SetupForm } from "@/components/cohorts/setup-form";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { publishGroupsAction } from "@/lib/pairing/actions";
import type { BalanceRow } from "@/lib/pairing/rules/balance";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";
import { hidden } from "./fields";

/** The balance report (one row per group, the summary of lib/pairing/rules/balance.ts in words of the catalog) and publishing. */
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
  const t = useTranslations("pairing.balance");
  const b = board.balance;
  const size = board.cohort.groupSize;
  const columns: Column<BalanceRow>[] = [
    { key: "group", header: t("column.group"), rowHeader: true, cell: (r) => <bdi>{r.label}</bdi> },
    { key: "size", header: t("column.size"), numeric: true, cell: (r) => t("ratio", { a: r.size, b: size }) },
    { key: "female", header: t("column.female"), numeric: true, cell: (r) => t("count", { n: r.female }) },
    { key: "male", header: t("column.male"), numeric: true, cell: (r) => t("count", { n: r.male }) },
    { key: "other", header: t("column.other"), numeric: true, cell: (r) => t("count", { n: r.other }) },
    {
      key: "met",
      header: t("column.met"),
      numeric: true,
      cell: (r) => (r.withCriterion ? t("ratio", { a: r.criterionMet, b: r.withCriterion }) : "—"),
    },
  ];
  const summary = t("summary", {
    total: b.total,
    female: b.female,
    met: b.criterionMet,
    withCriterion: b.withCriterion,
    hasShare: b.topCriterionShare === null ? "no" : "yes",
    share: b.topCriterionShare ?? 0,
  });
  return (
    <Card aria-labelledby="balance-heading" className="mt-6">
      <CardHeader id="balance-heading" title={t("title")} description={summary} />
      {b.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable caption={t("title")} columns={columns} rows={b.rows} rowKey={(r) => r.pairId} />
      )}
      {!closed && !published ? (
        <div className="mt-6 border-t border-stone-100 pt-4">
          <SetupForm
            label={t("publishForm")}
            action={publishGroupsAction}
            submitLabel={t("publish")}
            pendingLabel={t("publishing")}
            confirmMessage={t("publishConfirm")}
            fields={[hidden("cohortId", cohortId)]}
          />
        </div>
      ) : null}
    </Card>
  );
}
