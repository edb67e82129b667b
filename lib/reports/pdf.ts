/**
 * The programme report as a PDF for the school administration: the same tables as the page and
 * the CSV files (cells under 5 shown as "<5"), with its charts drawn as vector shapes, in one
 * language (the cohort's, else the reader's). No "server-only": tests extract its text.
 */
import { formatter } from "../i18n/format";
import { LOCALE_INFO, type Locale } from "../i18n/config";
import { translator } from "../i18n/translate";
import { PdfWriter } from "../pdf/writer";
import { PALETTE, stackedBars } from "./chart";
import type { ProgrammeReport } from "./queries";
import { MIN_CELL } from "./rules";
import { CHANNELS, complianceSeries, reportTables, weeklyMatrix, type Cell } from "./tables";

export async function renderReportPdf(report: ProgrammeReport, locale: Locale, now: Date): Promise<Buffer> {
  const tz = report.cohort.timeZone;
  const tr = translator(locale, tz);
  const t = tr.t;
  const f = formatter(locale, tz);
  const day = (iso: string) => f.day(new Date(`${iso}T00:00:00Z`));
  const show = (c: Cell) => (c === null ? `<${f.number(MIN_CELL)}` : typeof c === "number" ? f.number(c) : c);
  const rtl = LOCALE_INFO[locale].dir === "rtl";
  const w = new PdfWriter({ rtl, title: t("reports.title") });

  w.line(t("reports.title"), w.y, { size: 20, weight: "bold" });
  w.y += 30;
  w.line(t("reports.pdf.cohort", { cohort: report.cohort.name, year: report.cohort.academicYear }), w.y, { size: 11 });
  w.y += 16;
  w.line(t("reports.range.shown", { from: day(report.range.from), to: day(report.range.to) }), w.y, { size: 11 });
  w.y += 16;
  w.line(t("reports.pdf.generated", { date: f.date(now) }), w.y, { size: 9, colour: "#57534e" });
  w.y += 18;
  w.paragraph(t("reports.description"), { size: 9, colour: "#57534e" });

  const weekly = weeklyMatrix(report);
  const compliance = complianceSeries(report);
  const empty: Partial<Record<string, string>> = {
    compliance: t("reports.compliance.empty"),
    sessions: t("reports.sessions.empty"),
    surveys: t("reports.surveys.empty"),
  };
  for (const x of reportTables(report, t)) {
    w.heading(x.title);
    if (x.rows.length === 0 && empty[x.id]) {
      w.paragraph(empty[x.id]!, { size: 9, colour: "#57534e" });
      continue;
    }
    if (x.id === "contacts-weekly" && weekly.weeks.length > 0) {
      w.chart(
        stackedBars({ labels: weekly.weeks.map(day), series: weekly.series }, 640, 240, { rtl }),
        (n) => f.number(n),
        CHANNELS.map((c, i) => ({ label: t(`reports.channel.${c}`), colour: PALETTE[i] })),
      );
    }
    if (x.id === "compliance") {
      w.chart(
        stackedBars({ labels: compliance.weeks.map(day), series: compliance.series }, 640, 200, { rtl, yMax: 100 }),
        (n) => f.number(n / 100, { style: "percent" }),
      );
    }
    if (x.id === "surveys") w.paragraph(t("reports.surveys.note"), { size: 8, colour: "#57534e" });
    if (x.id === "meetings") {
      const m = report.meetings;
      w.chart(
        stackedBars(
          {
            labels: [t("reports.meetings.held"), t("reports.meetings.noShow"), t("reports.meetings.cancelled")],
            series: [{ key: "n", values: [m.held ?? 0, m.noShow ?? 0, m.cancelled ?? 0] }],
          },
          640,
          160,
          { rtl },
        ),
        (n) => f.number(n),
      );
    }
    const weekFirst = x.id === "contacts-weekly" || x.id === "compliance";
    const rows = x.rows.map((r) => r.map((c, i) => (weekFirst && i === 0 ? day(String(c)) : show(c))));
    w.table(x.header, rows, x.numericFrom);
    if (x.id === "referrals") {
      const h = (v: number | null) =>
        v === null ? `<${f.number(MIN_CELL)}` : t("reports.referrals.hours", { hours: v });
      w.line(`${t("reports.referrals.medianAck")}: ${h(report.referrals.medianHoursToAcknowledge)}`, w.y, { size: 9 });
      w.y += 14;
      w.line(`${t("reports.referrals.medianClose")}: ${h(report.referrals.medianHoursToClose)}`, w.y, { size: 9 });
      w.y += 14;
    }
  }
  w.y += 10;
  w.paragraph(t("reports.closing"), { size: 8, colour: "#57534e" });
  return w.toBuffer();
}
