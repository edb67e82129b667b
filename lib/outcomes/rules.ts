/**
 * Exam results: the rows of a CSV import, checked before anything is written, and the shape of
 * a comparison with cells under 5 suppressed. Pure: no Prisma, no next/*, no clock.
 * A problem is a catalog key (messages/<locale>/outcomes.json "problems") with its values.
 */
import { MIN_CELL } from "../reports/rules";
import { cohensD, describe, mannWhitney, welch } from "../stats";

export type RawRow = Record<string, string | undefined>;
export const MAX_EXAM_ROWS = 5000;

export interface ExamRow {
  email: string;
  exam: string;
  takenOn: string;
  score: number;
  maximum: number;
  passed: boolean;
}

export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

export interface ExamCheck {
  line: number;
  email: string;
  problems: Problem[];
  row: ExamRow | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PASS: ReadonlySet<string> = new Set(["pass", "passed", "yes", "y", "true", "1"]);
const FAIL: ReadonlySet<string> = new Set(["fail", "failed", "no", "n", "false", "0"]);

function cell(row: RawRow, ...names: string[]): string {
  for (const n of names) {
    const v = row[n];
    if (v !== undefined) return v.trim();
  }
  return "";
}

function num(v: string): number | null {
  if (!/^-?\d+([.,]\d+)?$/.test(v)) return null;
  return Number(v.replace(",", "."));
}

function validDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** One row: email, exam (or block), date (YYYY-MM-DD), score, maximum, pass/fail. */
export function checkExamRow(r: RawRow, line: number): ExamCheck {
  const problems: Problem[] = [];
  const email = cell(r, "email", "student email", "e-mail").toLowerCase();
  const exam = cell(r, "exam", "block", "exam/block").replace(/\s+/g, " ");
  const takenOn = cell(r, "date", "taken on");
  const score = num(cell(r, "score", "points"));
  const maximum = num(cell(r, "maximum", "max", "out of"));
  const passText = cell(r, "passed", "pass/fail", "pass", "result").toLowerCase();
  if (!EMAIL.test(email)) problems.push({ key: "outcomes.problems.email" });
  if (!exam || exam.length > 100) problems.push({ key: "outcomes.problems.exam" });
  if (!validDate(takenOn)) problems.push({ key: "outcomes.problems.date" });
  if (maximum === null || maximum <= 0) problems.push({ key: "outcomes.problems.maximum" });
  if (score === null || score < 0 || (maximum !== null && maximum > 0 && score > maximum))
    problems.push({ key: "outcomes.problems.score" });
  if (!PASS.has(passText) && !FAIL.has(passText)) problems.push({ key: "outcomes.problems.passed" });
  return {
    line,
    email,
    problems,
    row: problems.length
      ? null
      : { email, exam, takenOn, score: score!, maximum: maximum!, passed: PASS.has(passText) },
  };
}

/** The whole file: each row, duplicates (same student and exam twice), and the file's own problems. */
export function checkExamRows(rows: readonly RawRow[], offset = 0) {
  const fileProblems: Problem[] = [];
  if (rows.length === 0) fileProblems.push({ key: "outcomes.problems.noRows" });
  const first = rows[0] ?? {};
  for (const column of ["email", "exam", "date", "score", "maximum", "passed"])
    if (rows.length && !(column in first)) fileProblems.push({ key: "outcomes.problems.column", values: { column } });
  const seen = new Map<string, number>();
  const checks = rows.map((r, i) => {
    const c = checkExamRow(r, offset + i + 2);
    if (c.row) {
      const k = `${c.row.email}\u0000${c.row.exam.toLowerCase()}`;
      const prev = seen.get(k);
      if (prev !== undefined) {
        c.problems.push({ key: "outcomes.problems.duplicate", values: { line: prev } });
        c.row = null;
      } else seen.set(k, c.line);
    }
    return c;
  });
  return { checks, fileProblems };
}

export type Group = "MENTEES" | "NOT_DRAWN";

export interface GroupScores {
  /** score as a percentage of the maximum */
  scores: number[];
  passed: number;
}

/** Ten bins of 10 percentage points (the last includes 100). */
export function histogram(scores: readonly number[]): number[] {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const s of scores) bins[Math.min(9, Math.max(0, Math.floor(s / 10)))]++;
  return bins;
}

/**
 * One exam's comparison of drawn mentees against first-years not drawn. Each group needs at least
 * MIN_CELL results, or nothing but the suppression is returned; histogram bins under 5 are null.
 */
export function compareGroups(mentees: GroupScores, notDrawn: GroupScores, min = MIN_CELL) {
  const enough = mentees.scores.length >= min && notDrawn.scores.length >= min;
  if (!enough) return { suppressed: true as const };
  const side = (g: GroupScores) => ({
    ...describe(g.scores),
    passRate: g.passed / g.scores.length,
    histogram: histogram(g.scores).map((n) => (n > 0 && n < min ? null : n)),
  });
  return {
    suppressed: false as const,
    mentees: side(mentees),
    notDrawn: side(notDrawn),
    welch: welch(mentees.scores, notDrawn.scores),
    mannWhitney: mannWhitney(mentees.scores, notDrawn.scores),
    cohensD: cohensD(mentees.scores, notDrawn.scores),
  };
}
