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
  /** who: the email, or (when the file has no email) the school's student number */
  email: string | null;
  studentNumber: string | null;
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
  /** the student as written in the file: email or student number */
  email: string;
  problems: Problem[];
  row: ExamRow | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A student number as schools write them: letters, digits and - / . (at most 40). */
const STUDENT_NUMBER = /^[A-Za-z0-9][A-Za-z0-9\-/.]{0,39}$/;
/** The header names a student-number column may have (lower-cased by the import). */
export const STUDENT_NUMBER_COLUMNS = ["student number", "student no", "student no.", "student id", "student_number"];
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

/** The school's student number as written (spaces removed), or "" when none. */
export function studentNumberOf(v: string): string {
  return v.replace(/\s+/g, "").toUpperCase();
}

/**
 * One row: the student (email or student number), exam (or block), date (YYYY-MM-DD), score,
 * maximum, pass/fail. With both columns, the email is used.
 */
export function checkExamRow(r: RawRow, line: number): ExamCheck {
  const problems: Problem[] = [];
  const emailCell = cell(r, "email", "student email", "e-mail").toLowerCase();
  const numberCell = studentNumberOf(cell(r, ...STUDENT_NUMBER_COLUMNS));
  const byNumber = emailCell === "" && numberCell !== "";
  const exam = cell(r, "exam", "block", "exam/block").replace(/\s+/g, " ");
  const takenOn = cell(r, "date", "taken on");
  const score = num(cell(r, "score", "points"));
  const maximum = num(cell(r, "maximum", "max", "out of"));
  const passText = cell(r, "passed", "pass/fail", "pass", "result").toLowerCase();
  if (byNumber) {
    if (!STUDENT_NUMBER.test(numberCell)) problems.push({ key: "outcomes.problems.studentNumber" });
  } else if (!EMAIL.test(emailCell))
    problems.push({ key: emailCell === "" ? "outcomes.problems.student" : "outcomes.problems.email" });
  if (!exam || exam.length > 100) problems.push({ key: "outcomes.problems.exam" });
  if (!validDate(takenOn)) problems.push({ key: "outcomes.problems.date" });
  if (maximum === null || maximum <= 0) problems.push({ key: "outcomes.problems.maximum" });
  if (score === null || score < 0 || (maximum !== null && maximum > 0 && score > maximum))
    problems.push({ key: "outcomes.problems.score" });
  if (!PASS.has(passText) && !FAIL.has(passText)) problems.push({ key: "outcomes.problems.passed" });
  return {
    line,
    email: (byNumber ? numberCell : emailCell).slice(0, 120),
    problems,
    row: problems.length
      ? null
      : {
          email: byNumber ? null : emailCell,
          studentNumber: byNumber ? numberCell : null,
          exam,
          takenOn,
          score: score!,
          maximum: maximum!,
          passed: PASS.has(passText),
        },
  };
}

/** The key a row is matched by: `e:<email>` or `n:<student number>`. */
export function studentKey(row: Pick<ExamRow, "email" | "studentNumber">): string {
  return row.email !== null ? `e:${row.email}` : `n:${row.studentNumber}`;
}

/** The whole file: each row, duplicates (same student and exam twice), and the file's own problems. */
export function checkExamRows(rows: readonly RawRow[], offset = 0) {
  const fileProblems: Problem[] = [];
  if (rows.length === 0) fileProblems.push({ key: "outcomes.problems.noRows" });
  const first = rows[0] ?? {};
  if (rows.length && !("email" in first) && !STUDENT_NUMBER_COLUMNS.some((c) => c in first))
    fileProblems.push({ key: "outcomes.problems.studentColumn" });
  for (const column of ["exam", "date", "score", "maximum", "passed"])
    if (rows.length && !(column in first)) fileProblems.push({ key: "outcomes.problems.column", values: { column } });
  const seen = new Map<string, number>();
  const checks = rows.map((r, i) => {
    const c = checkExamRow(r, offset + i + 2);
    if (c.row) {
      const k = `${studentKey(c.row)}\u0000${c.row.exam.toLowerCase()}`;
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

/**
 * Rows whose student is not a first-year of the cohort: emails are a problem of their line;
 * student numbers are gathered into one list (a class list from another year, or a typo in a
 * column, shows as one block rather than a hundred lines). Marks those rows as not imported.
 */
export function unmatched(checks: ExamCheck[], known: ReadonlySet<string>) {
  const numbers: { number: string; line: number }[] = [];
  for (const c of checks) {
    if (!c.row || known.has(studentKey(c.row))) continue;
    if (c.row.studentNumber !== null) numbers.push({ number: c.row.studentNumber, line: c.line });
    else c.problems.push({ key: "outcomes.problems.notFirstYear" });
    c.row = null;
  }
  return numbers;
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
