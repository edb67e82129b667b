import { BarChart } from "@/components/reports/bar-chart";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requestFormatter, requestTranslator } from "@/lib/i18n/server";
import type { OutcomeComparison } from "@/lib/outcomes/queries";
import { PALETTE, responsiveBars } from "@/lib/reports/chart";
import { MIN_CELL } from "@/lib/reports/rules";

/** Per exam: the two groups side by side, the difference with its interval, the test, the distributions. */
export async function OutcomesView({ exams }: { exams: OutcomeComparison[] }) {
  const tr = await requestTranslator();
  const t = tr.t;
  const f = await requestFormatter();
  if (exams.length === 0) return <EmptyState title={t("outcomes.none")} />;
  const n1 = (v: number | null) =>
    v === null ? "–" : f.number(v, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const n2 = (v: number | null) =>
    v === null ? "–" : f.number(v, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const pv = (p: number) =>
    p < 0.001 ? `< ${f.number(0.001)}` : f.number(p, { maximumFractionDigits: 3, minimumFractionDigits: 3 });
  const pct = (v: number) => f.number(v, { style: "percent", maximumFractionDigits: 0 });
  const bands = Array.from({ length: 10 }, (_, i) => t("outcomes.bandLabel", { from: i * 10, to: i * 10 + 10 }));
  const GROUPS = ["MENTEES", "NOT_DRAWN"] as const;
  return (
    <div className="space-y-6">
      {exams.map((e, ei) => {
        const title = t("outcomes.exam", { exam: e.exam, date: f.day(e.takenOn) });
        if (e.suppressed)
          return (
            <Card key={e.exam} aria-labelledby={`o-${ei}`}>
              <CardHeader id={`o-${ei}`} title={title} description={t("outcomes.suppressed")} />
            </Card>
          );
        const sides = { MENTEES: e.mentees, NOT_DRAWN: e.notDrawn };
        type StatRow = { key: string; label: string; values: string[] };
        const rows: StatRow[] = [
          { key: "n", label: t("outcomes.stat.n"), values: GROUPS.map((g) => f.number(sides[g].n)) },
          {
            key: "mean",
            label: t("outcomes.stat.meanSd"),
            values: GROUPS.map((g) => `${n1(sides[g].mean)} ± ${n1(sides[g].sd)}`),
          },
          { key: "median", label: t("outcomes.stat.median"), values: GROUPS.map((g) => n1(sides[g].median)) },
          { key: "pass", label: t("outcomes.stat.passRate"), values: GROUPS.map((g) => pct(sides[g].passRate)) },
        ];
        // Distribution chart: share of each group per band (suppressed bins drawn as 0).
        const share = (g: (typeof GROUPS)[number]) => sides[g].histogram.map((n) => ((n ?? 0) / sides[g].n) * 100);
        const geometry = responsiveBars(
          {
            labels: bands.flatMap((b) => [b, ""]),
            series: GROUPS.map((g, gi) => ({
              key: g,
              values: share(g).flatMap((v) => (gi === 0 ? [v, 0] : [0, v])),
            })),
          },
          640,
          220,
        );
        const histRows = bands.map((b, i) => ({
          b,
          i,
          cells: GROUPS.map((g) => {
            const n = sides[g].histogram[i];
            return n === null ? `<${f.number(MIN_CELL)}` : f.number(n);
          }),
        }));
        return (
          <Card key={e.exam} aria-labelledby={`o-${ei}`}>
            <CardHeader id={`o-${ei}`} title={title} />
            <div className="space-y-4">
              <DataTable<StatRow>
                caption={title}
                rows={rows}
                rowKey={(r) => r.key}
                minWidth="min-w-sm"
                columns={[
                  { key: "m", header: t("outcomes.stat.measure"), rowHeader: true, cell: (r) => r.label },
                  ...GROUPS.map((g, gi) => ({
                    key: g,
                    header: t(`outcomes.group.${g}`),
                    numeric: true,
                    cell: (r: StatRow) => r.values[gi],
                  })),
                ]}
              />
              {e.welch && (
                <p className="text-sm text-stone-800">
                  {t("outcomes.difference", {
                    diff: n1(e.welch.difference),
                    low: n1(e.welch.low),
                    high: n1(e.welch.high),
                  })}
                </p>
              )}
              {e.mannWhitney && (
                <p className="text-sm text-stone-800">
                  {t("outcomes.test", {
                    u: n1(e.mannWhitney.u),
                    p: pv(e.mannWhitney.p),
                    r: n2(e.mannWhitney.rankBiserial),
                    d: n2(e.cohensD),
                  })}
                </p>
              )}
              <BarChart
                geometry={geometry.wide}
                narrow={geometry.narrow}
                title={t("outcomes.distribution", {
                  group: `${t("outcomes.group.MENTEES")} / ${t("outcomes.group.NOT_DRAWN")}`,
                })}
                description={t("outcomes.chart")}
                formatTick={(n) => f.number(n / 100, { style: "percent", maximumFractionDigits: 0 })}
                legend={GROUPS.map((g, gi) => ({ label: t(`outcomes.group.${g}`), colour: PALETTE[gi] }))}
              />
              <DataTable
                caption={t("outcomes.distribution", { group: title })}
                rows={histRows}
                rowKey={(r) => r.i}
                minWidth="min-w-sm"
                columns={[
                  { key: "b", header: t("outcomes.band"), rowHeader: true, cell: (r) => r.b },
                  ...GROUPS.map((g, gi) => ({
                    key: g,
                    header: t(`outcomes.group.${g}`),
                    numeric: true,
                    cell: (r: (typeof histRows)[number]) => r.cells[gi],
                  })),
                ]}
              />
            </div>
          </Card>
        );
      })}
    </div>
  );
}
