/**
 * The report as tables: one shape for the page, the CSV files and the PDF, so the three always
 * show the same (suppressed) cells. Pure: takes the report and a translator.
 */
import type { ReportTable } from "./schemas";
import type { ProgrammeReport } from "./queries";
import { weekMatrix } from "./rules";

export type Cell = string | number | null;
export interface Table {
  id: ReportTable;
  title: string;
  header: string[];
  /** numeric columns from this index on */
  numericFrom: number;
  rows: Cell[][];
}
type T = (key: string, values?: Record<string, string | number>) => string;

export const CHANNELS = ["FACE_TO_FACE", "PHONE", "VIDEO", "MESSAGE", "EMAIL"] as const;

/** The weekly chart's matrix; suppressed cells count as 0 in the bars (the table says "<5"). */
export function weeklyMatrix(report: Pick<ProgrammeReport, "contactsWeekly">) {
  return weekMatrix(
    report.contactsWeekly.map((w) => ({ week: w.week, key: w.channel, n: w.n ?? 0 })),
    CHANNELS,
  );
}

/** A fraction as a whole percentage (null stays null: suppressed). */
const percent = (x: number | null) => (x === null ? null : Math.round(x * 100));
/** A mean or SD to two decimals (the CSV carries the same figure as the page). */
const two = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

/** The compliance chart's series: % in time per week; suppressed weeks draw no bar. */
export function complianceSeries(report: Pick<ProgrammeReport, "compliance">) {
  return {
    weeks: report.compliance.map((w) => w.week),
    series: [{ key: "share", values: report.compliance.map((w) => percent(w.share) ?? 0) }],
  };
}

// i18n-keys: reports.channel.* reports.category.* reports.urgency.* reports.referrals.dimension.* reports.sessions.kind.*
export function reportTables(report: ProgrammeReport, t: T): Table[] {
  const p = report.participation;
  const m = report.meetings;
  const weekly = weeklyMatrix(report);
  const cellOf = (week: string, channel: string) =>
    report.contactsWeekly.find((w) => w.week === week && w.channel === channel)?.n ?? 0;
  const dimension = (d: string, key: string) =>
    d === "centre" ? key : t(`reports.${d === "category" ? "category" : "urgency"}.${key}`);
  return [
    {
      id: "participation",
      title: t("reports.participation.title"),
      header: [t("reports.participation.who"), t("reports.count")],
      numericFrom: 1,
      rows: [
        [t("reports.participation.mentees"), p.mentees],
        [t("reports.participation.notDrawn"), p.notDrawn],
        [t("reports.participation.clinicalMentors"), p.clinicalMentors],
        [t("reports.participation.preclinicalMentors"), p.preclinicalMentors],
        [t("reports.participation.pairs"), p.pairs],
        [t("reports.participation.groups"), p.groups],
      ],
    },
    {
      id: "contacts-weekly",
      title: t("reports.weekly.title"),
      header: [t("reports.weekly.week"), ...CHANNELS.map((c) => t(`reports.channel.${c}`))],
      numericFrom: 1,
      rows: weekly.weeks.map((week) => [week, ...CHANNELS.map((c) => cellOf(week, c))]),
    },
    {
      id: "compliance",
      title: t("reports.compliance.title"),
      header: [
        t("reports.weekly.week"),
        t("reports.compliance.due"),
        t("reports.compliance.onTime"),
        t("reports.compliance.late"),
        t("reports.compliance.share"),
      ],
      numericFrom: 1,
      rows: report.compliance.map((w) => [w.week, w.due, w.onTime, w.late, percent(w.share)]),
    },
    {
      id: "contacts-pairs",
      title: t("reports.pairs.title"),
      header: [
        t("reports.pairs.pair"),
        t("reports.pairs.contacts"),
        t("reports.pairs.attempts"),
        t("reports.pairs.minutes"),
      ],
      numericFrom: 1,
      rows: report.contactsPerPair.map((r) => [r.label, r.contacts, r.attempts, r.minutes]),
    },
    {
      id: "meetings",
      title: t("reports.meetings.title"),
      header: [t("reports.meetings.outcome"), t("reports.count")],
      numericFrom: 1,
      rows: [
        [t("reports.meetings.held"), m.held],
        [t("reports.meetings.noShow"), m.noShow],
        [t("reports.meetings.cancelled"), m.cancelled],
        [t("reports.meetings.booked"), m.booked],
      ],
    },
    {
      id: "sessions",
      title: t("reports.sessions.title"),
      header: [
        t("reports.sessions.kindHeader"),
        t("reports.sessions.held"),
        t("reports.sessions.cancelled"),
        t("reports.sessions.attended"),
        t("reports.sessions.excused"),
        t("reports.sessions.absent"),
        t("reports.sessions.rate"),
      ],
      numericFrom: 1,
      rows: report.sessions.map((k) => [
        t(`reports.sessions.kind.${k.kind}`),
        k.held,
        k.cancelled,
        k.attended,
        k.excused,
        k.absent,
        percent(k.rate),
      ]),
    },
    {
      id: "surveys",
      title: t("reports.surveys.title"),
      header: [
        t("reports.surveys.survey"),
        t("reports.surveys.item"),
        t("reports.surveys.n"),
        t("reports.surveys.mean"),
        t("reports.surveys.sd"),
        t("reports.surveys.median"),
      ],
      numericFrom: 2,
      rows: report.surveys.flatMap((x) => [
        [x.survey, t("reports.surveys.respondents"), x.respondents, "", "", ""],
        ...x.items.map((i) => [x.survey, `${i.position}. ${i.prompt}`, i.n, two(i.mean), two(i.sd), two(i.median)]),
      ]),
    },
    {
      id: "referrals",
      title: t("reports.referrals.title"),
      header: [t("reports.referrals.by"), t("reports.referrals.kind"), t("reports.count")],
      numericFrom: 2,
      rows: [
        [t("reports.referrals.all"), "", report.referrals.total],
        ...report.referrals.lines.map((l) => [
          t(`reports.referrals.dimension.${l.dimension}`),
          dimension(l.dimension, l.key),
          l.n,
        ]),
      ],
    },
  ];
}
