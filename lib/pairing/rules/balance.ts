/**
 * The balance report of the groups: sizes, gender split and how often each mentee's most
 * important matching criterion was met, as rows and as the one sentence the page and the
 * terminal show. Pure: no Prisma, no next/*, no clock, no module state.
 */
import {
  criterionMet,
  DEFAULT_WEIGHTS,
  topCriterion,
  type GroupMentee,
  type GroupPair,
  type MatchWeights,
} from "./grouping";

export interface BalanceRow {
  pairId: string;
  label: string;
  size: number;
  female: number;
  male: number;
  other: number;
  withCriterion: number;
  criterionMet: number;
}

export interface BalanceReport {
  rows: BalanceRow[];
  total: number;
  female: number;
  withCriterion: number;
  criterionMet: number;
  /** share of mentees (with a criterion) whose top matching criterion was met; null if none had one */
  topCriterionShare: number | null;
}

export function balanceReport(
  pairs: readonly (GroupPair & { label: string })[],
  assignments: readonly { menteeId: string; pairId: string }[],
  mentees: readonly GroupMentee[],
  w: MatchWeights = DEFAULT_WEIGHTS,
): BalanceReport {
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  const rows: BalanceRow[] = pairs.map((p) => ({
    pairId: p.id,
    label: p.label,
    size: 0,
    female: 0,
    male: 0,
    other: 0,
    withCriterion: 0,
    criterionMet: 0,
  }));
  const rowById = new Map(rows.map((r) => [r.pairId, r]));
  const pairById = new Map(pairs.map((p) => [p.id, p]));
  for (const a of assignments) {
    const m = menteeById.get(a.menteeId);
    const r = rowById.get(a.pairId);
    const p = pairById.get(a.pairId);
    if (!m || !r || !p) continue;
    r.size++;
    if (m.gender === "FEMALE") r.female++;
    else if (m.gender === "MALE") r.male++;
    else r.other++;
    const top = topCriterion(m, w);
    if (top) {
      r.withCriterion++;
      if (criterionMet(top, m, p)) r.criterionMet++;
    }
  }
  const sum = (f: (r: BalanceRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  const withCriterion = sum((r) => r.withCriterion);
  const met = sum((r) => r.criterionMet);
  return {
    rows,
    total: sum((r) => r.size),
    female: sum((r) => r.female),
    withCriterion,
    criterionMet: met,
    topCriterionShare: withCriterion ? met / withCriterion : null,
  };
}

/** The report in one sentence: "36 mentees in groups (18 female). Top matching criterion met for 9 of 12 (75%)." */
export function balanceSummary(r: BalanceReport): string {
  const share = r.topCriterionShare === null ? "" : ` (${Math.round(r.topCriterionShare * 100)}%)`;
  return `${r.total} mentees in groups (${r.female} female). Top matching criterion met for ${r.criterionMet} of ${r.withCriterion}${share}.`;
}

/** The columns of the report, in order (the page's table and the text below share them). */
export const BALANCE_COLUMNS = ["Group", "Size", "Female", "Male", "Other / not given", "Top criterion met"] as const;

/** One row's cells as text, in BALANCE_COLUMNS order; `groupSize` shows sizes as "5/6". */
export function balanceCells(row: BalanceRow, groupSize?: number): string[] {
  return [
    row.label,
    groupSize === undefined ? String(row.size) : `${row.size}/${groupSize}`,
    String(row.female),
    String(row.male),
    String(row.other),
    row.withCriterion ? `${row.criterionMet}/${row.withCriterion}` : "—",
  ];
}

/** Text of the balance report (for a terminal: the bench prints it). */
export function formatBalanceReport(r: BalanceReport, groupSize?: number): string {
  return [
    BALANCE_COLUMNS.join(" | "),
    ...r.rows.map((row) => balanceCells(row, groupSize).join(" | ")),
    balanceSummary(r),
  ].join("\n");
}
