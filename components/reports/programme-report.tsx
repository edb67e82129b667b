import { BarChart } from "@/components/reports/bar-chart";
import { DateField } from "@/components/ui/date-field";
import { Button, buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, Stat } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requestedCohortId } from "@/lib/auth/session";
import { COHORT_PARAM } from "@/lib/cohorts/url";
import { localeDir } from "@/lib/i18n/config";
import { requestFormatter, requestTranslator } from "@/lib/i18n/server";
import { PALETTE, responsiveBars } from "@/lib/reports/chart";
import type { ProgrammeReport, ReportRole } from "@/lib/reports/queries";
import { MIN_CELL } from "@/lib/reports/rules";
import { CHANNELS, complianceSeries, reportTables, weeklyMatrix, type Cell } from "@/lib/reports/tables";

/** The programme report (coordinator and supervisor pages): range, charts with their tables, exports. */
export async function ProgrammeReportView({
  report,
  as,
  action,
}: {
  report: ProgrammeReport | null;
  as: ReportRole;
  action: string;
}) {
  const tr = await requestTranslator();
  const t = tr.t;
  if (!report) return <EmptyState title={t("reports.noCohort")} />;
  const f = await requestFormatter(report.cohort.timeZone);
  const day = (iso: string) => f.day(new Date(`${iso}T00:00:00Z`));
  const show = (c: Cell) => (c === null ? `<${f.number(MIN_CELL)}` : typeof c === "number" ? f.number(c) : c);
  const tables = reportTables(report, t);
  // The cohort the page's URL named (?cohort=, decision 113) goes with the range and the exports,
  // so next year's report downloads as next year's.
  const named = await requestedCohortId();
  const inCohort: Record<string, string> = named ? { [COHORT_PARAM]: named } : {};
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ ...inCohort, as, from: report.range.from, to: report.range.to, ...extra }).toString();
  // Right to left, time runs from the right (the earliest week on the right), as the text does.
  const rtl = localeDir(tr.locale) === "rtl";
  const weekly = weeklyMatrix(report);
  const weeklyChart = responsiveBars({ labels: weekly.weeks.map(day), series: weekly.series }, 640, 240, { rtl });
  const compliance = complianceSeries(report);
  const complianceChart = responsiveBars({ labels: compliance.weeks.map(day), series: compliance.series }, 640, 200, {
    rtl,
    yMax: 100,
  });
  const m = report.meetings;
  const meetingsChart = responsiveBars(
    {
      labels: [t("reports.meetings.held"), t("reports.meetings.noShow"), t("reports.meetings.cancelled")],
      series: [{ key: "n", values: [m.held ?? 0, m.noShow ?? 0, m.cancelled ?? 0] }],
    },
    420,
    200,
    { rtl },
  );
  const hours = (h: number | null) =>
    h === null ? `<${f.number(MIN_CELL)}` : t("reports.referrals.hours", { hours: h });
  const table = (id: string) => tables.find((x) => x.id === id)!;
  const render = (id: string, format: (row: Cell[], i: number) => Cell = (row, i) => row[i]) => {
    const x = table(id);
    return (
      <DataTable
        caption={x.title}
        rows={x.rows.map((r, i) => ({ r, i }))}
        rowKey={(row) => row.i}
        columns={x.header.map((h, i) => ({
          key: String(i),
          header: h,
          numeric: i >= x.numericFrom,
          rowHeader: i === 0,
          cell: (row: { r: Cell[] }) => show(format(row.r, i)),
        }))}
        minWidth="min-w-sm"
      />
    );
  };

  // On the page, one table per survey (the CSV file has the survey's title on every row).
  const surveyTables = () => {
    const x = table("surveys");
    let at = 0;
    return report.surveys.map((sv, k) => {
      const rows = x.rows.slice(at, at + 1 + sv.items.length);
      at += rows.length;
      return (
        <DataTable
          key={k}
          caption={sv.survey}
          captionVisible
          rows={rows.map((r, i) => ({ r, i }))}
          rowKey={(row) => row.i}
          columns={x.header.slice(1).map((h, j) => ({
            key: String(j),
            header: h,
            numeric: j + 1 >= x.numericFrom,
            rowHeader: j === 0,
            // a question keeps its own direction (an English prompt in a Persian page: "?" at its end)
            cell: (row: { r: Cell[] }) => (j === 0 ? <bdi>{show(row.r[1])}</bdi> : show(row.r[j + 1])),
          }))}
          minWidth="min-w-sm"
        />
      );
    });
  };

  return (
    <div className="space-y-6">
      <form
        method="get"
        action={action}
        className="flex flex-wrap items-end gap-3"
        aria-label={t("reports.range.legend")}
      >
        {named ? <input type="hidden" name={COHORT_PARAM} value={named} /> : null}
        <DateField id="from" name="from" label={t("reports.range.from")} defaultValue={report.range.from} />
        <DateField id="to" name="to" label={t("reports.range.to")} defaultValue={report.range.to} />
        <Button type="submit" variant="secondary">
          {t("reports.range.apply")}
        </Button>
        <p className="text-sm text-stone-600">
          {t("reports.range.shown", { from: day(report.range.from), to: day(report.range.to) })}
        </p>
      </form>

      <Card aria-labelledby="r-participation">
        <CardHeader id="r-participation" title={t("reports.participation.title")} />
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
          {table("participation").rows.map(([label, n]) => (
            <Stat key={String(label)} label={String(label)} value={show(n)} />
          ))}
        </dl>
      </Card>

      <Card aria-labelledby="r-weekly">
        <CardHeader id="r-weekly" title={t("reports.weekly.title")} />
        {weekly.weeks.length === 0 ? (
          <p className="text-sm text-stone-600">{t("reports.weekly.empty")}</p>
        ) : (
          <div className="space-y-4">
            <BarChart
              geometry={weeklyChart.wide}
              narrow={weeklyChart.narrow}
              title={t("reports.weekly.title")}
              description={t("reports.weekly.chart")}
              formatTick={(n) => f.number(n)}
              legend={CHANNELS.map((c, i) => ({ label: t(`reports.channel.${c}`), colour: PALETTE[i] }))}
            />
            {render("contacts-weekly", (row, i) => (i === 0 ? day(String(row[0])) : row[i]))}
          </div>
        )}
      </Card>

      <Card aria-labelledby="r-compliance">
        <CardHeader id="r-compliance" title={t("reports.compliance.title")} />
        {compliance.weeks.length === 0 ? (
          <p className="text-sm text-stone-600">{t("reports.compliance.empty")}</p>
        ) : (
          <div className="space-y-4">
            <BarChart
              geometry={complianceChart.wide}
              narrow={complianceChart.narrow}
              title={t("reports.compliance.title")}
              description={t("reports.compliance.chart")}
              formatTick={(n) => f.number(n / 100, { style: "percent" })}
              legend={[]}
            />
            {render("compliance", (row, i) => (i === 0 ? day(String(row[0])) : row[i]))}
          </div>
        )}
      </Card>

      <Card aria-labelledby="r-pairs">
        <CardHeader id="r-pairs" title={t("reports.pairs.title")} />
        {render("contacts-pairs")}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="r-meetings" className="min-w-0">
          <CardHeader id="r-meetings" title={t("reports.meetings.title")} />
          {(m.held ?? 0) + (m.noShow ?? 0) + (m.cancelled ?? 0) > 0 && (
            <BarChart
              geometry={meetingsChart.wide}
              narrow={meetingsChart.narrow}
              title={t("reports.meetings.title")}
              description={t("reports.meetings.chart")}
              formatTick={(n) => f.number(n)}
              legend={[]}
            />
          )}
          {render("meetings")}
        </Card>
        <Card aria-labelledby="r-referrals" className="min-w-0">
          <CardHeader id="r-referrals" title={t("reports.referrals.title")} />
          <dl className="mb-4 grid grid-cols-2 gap-3">
            <Stat
              label={t("reports.referrals.medianAck")}
              value={hours(report.referrals.medianHoursToAcknowledge)}
              hint={report.referrals.medianHoursToAcknowledge === null ? t("reports.referrals.tooFew") : undefined}
            />
            <Stat
              label={t("reports.referrals.medianClose")}
              value={hours(report.referrals.medianHoursToClose)}
              hint={report.referrals.medianHoursToClose === null ? t("reports.referrals.tooFew") : undefined}
            />
          </dl>
          {render("referrals")}
        </Card>
      </div>

      <Card aria-labelledby="r-sessions">
        <CardHeader id="r-sessions" title={t("reports.sessions.title")} />
        {report.sessions.length === 0 ? (
          <p className="text-sm text-stone-600">{t("reports.sessions.empty")}</p>
        ) : (
          render("sessions")
        )}
      </Card>

      <Card aria-labelledby="r-surveys">
        <CardHeader id="r-surveys" title={t("reports.surveys.title")} description={t("reports.surveys.note")} />
        {report.surveys.length === 0 ? (
          <p className="text-sm text-stone-600">{t("reports.surveys.empty")}</p>
        ) : (
          <div className="space-y-6">{surveyTables()}</div>
        )}
      </Card>

      <Card aria-labelledby="r-exports">
        <CardHeader id="r-exports" title={t("reports.exports")} description={t("reports.closing")} />
        <ul className="flex flex-wrap gap-2">
          <li>
            <a className={buttonClass("primary")} href={`/api/reports/pdf?${query({})}`}>
              {t("reports.downloadPdf")}
            </a>
          </li>
          {tables.map((x) => (
            <li key={x.id}>
              <a className={buttonClass("secondary")} href={`/api/reports/csv?${query({ table: x.id })}`}>
                {t("reports.downloadCsv", { table: x.title })}
              </a>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
