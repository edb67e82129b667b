/**
 * Programme report rules: pure (no Prisma, no next/*, no clock). Cell suppression, CSV writing
 * and the shapes the charts draw. ARCHITECTURE.md: aggregates never show a cell under 5.
 */

/** The smallest count any report, chart or export shows; smaller non-zero counts are suppressed. */
export const MIN_CELL = 5;

/** A count as it may be shown: itself, 0, or null ("fewer than 5", suppressed). */
export function suppress(n: number, min = MIN_CELL): number | null {
  return n > 0 && n < min ? null : n;
}

/** A value derived from `n` people (a median, a mean): shown only when n >= min. */
export function whenEnough<T>(n: number, value: T, min = MIN_CELL): T | null {
  return n >= min ? value : null;
}

/** Shown text for a possibly suppressed cell. */
export function cellText(n: number | null, min = MIN_CELL): string {
  return n === null ? `<${min}` : String(n);
}

/**
 * A spreadsheet cell that starts with = + - @ (or a tab / carriage return) is a formula to
 * Excel and LibreOffice: prefix an apostrophe so a typed label never runs as one.
 */
function neutralise(v: string): string {
  return /^[=+\-@\t\r]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v) ? `'${v}` : v;
}

/** RFC 4180 CSV: every field quoted when needed, CRLF line ends, numbers as they are. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const field = (v: string | number | null) => {
    const s = v === null ? "" : neutralise(String(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}

export interface Series {
  key: string;
  values: number[];
}

/** Weekly rows (week, key, n) as a matrix: weeks in order, one series per key, zeros filled. */
export function weekMatrix(
  rows: readonly { week: string; key: string; n: number }[],
  keys: readonly string[],
): { weeks: string[]; series: Series[] } {
  const weeks = [...new Set(rows.map((r) => r.week))].sort();
  const index = new Map(weeks.map((w, i) => [w, i]));
  const series = keys.map((key) => ({ key, values: weeks.map(() => 0) }));
  const byKey = new Map(series.map((s) => [s.key, s]));
  for (const r of rows) {
    const s = byKey.get(r.key);
    if (s) s.values[index.get(r.week)!] += r.n;
  }
  return { weeks, series };
}

/** A date range inside the cohort: from <= to, both YYYY-MM-DD; unset ends default to the cohort's. */
export function reportRange(
  cohort: { startsOn: string; endsOn: string },
  asked: { from?: string; to?: string },
): { from: string; to: string } {
  let from = asked.from || cohort.startsOn;
  let to = asked.to || cohort.endsOn;
  if (from > to) [from, to] = [to, from];
  return { from, to };
}

/** The Monday of a local day's week ("YYYY-MM-DD"), as Postgres' date_trunc('week', …) gives it. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

export interface ComplianceWeek {
  week: string;
  /** mentees with at least one contact due that week */
  due: number;
  /** of them, those whose every contact due that week came in time */
  onTime: number;
}

/**
 * Compliance with the cadence over time: per week (Monday) of the range, how many mentees had a
 * contact due and how many of them were in time. Counts people, not contacts, so the cells can
 * be suppressed under 5 like every other count. Weeks without anything due are left out.
 */
export function complianceWeeks(
  perMentee: readonly (readonly { dueOn: string; onTime: boolean }[])[],
  range: { from: string; to: string },
): ComplianceWeek[] {
  const weeks = new Map<string, ComplianceWeek>();
  for (const expected of perMentee) {
    const mine = new Map<string, boolean>();
    for (const e of expected) {
      if (e.dueOn < range.from || e.dueOn > range.to) continue;
      const w = weekOf(e.dueOn);
      mine.set(w, (mine.get(w) ?? true) && e.onTime);
    }
    for (const [week, onTime] of mine) {
      const row = weeks.get(week) ?? { week, due: 0, onTime: 0 };
      row.due++;
      if (onTime) row.onTime++;
      weeks.set(week, row);
    }
  }
  return [...weeks.values()].sort((a, b) => (a.week < b.week ? -1 : 1));
}
