/**
 * People: the rows of a CSV import (or one person added by hand), checked before anything is
 * written. Pure: no Prisma, no next/*.
 */

import { msg, type MsgDescriptor } from "../i18n/msg";
import { problemKind, rowProblem, type ProblemKind, type RowProblem } from "./problems";

export type Gender = "FEMALE" | "MALE" | "OTHER" | "UNDISCLOSED";
export type Phase = "CLINICAL" | "PRECLINICAL";
export type PersonKind = "MENTEE" | "MENTOR";

/** One row as it arrives from the file (header names lower-cased; every value a string). */
export type RawRow = Record<string, string | undefined>;

export interface PersonRow {
  name: string;
  email: string;
  kind: PersonKind;
  phase: Phase | null;
  yearOfStudy: number | null;
  /** the school's student number (exam results are imported by it), upper-cased, no spaces */
  studentNumber: string | null;
  gender: Gender;
  international: boolean;
  dormitory: boolean;
  languages: string[];
  motivation: string | null;
  availability: string | null;
}

export interface RowCheck {
  /** 1-based line in the file, counting the header as line 1 */
  line: number;
  email: string;
  name: string;
  /** catalog messages (roster.csv.rowProblem.<kind>) with their values: translated for the reader */
  problems: RowProblem[];
  person: PersonRow | null;
}

export const CSV_COLUMNS = [
  "name",
  "email",
  "role",
  "phase",
  "year",
  "student number",
  "gender",
  "international",
  "dormitory",
  "languages",
  "motivation",
  "availability",
] as const;
/** A school's student number once spaces are removed and letters upper-cased. */
export const STUDENT_NUMBER = /^[A-Z0-9][A-Z0-9\-/.]{0,39}$/;

/** A whole file (checked in the browser; the server sees it chunk by chunk). */
export const MAX_IMPORT_ROWS = 50_000;
/** One request of the preview or the import (the browser also keeps each under ~900 KB). */
export const MAX_CHUNK_ROWS = 2000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const YES: ReadonlySet<string> = new Set(["yes", "y", "true", "1", "x"]);
const NO: ReadonlySet<string> = new Set(["no", "n", "false", "0", ""]);

function cell(row: RawRow, ...names: string[]): string {
  for (const n of names) {
    const v = row[n];
    if (v !== undefined) return v.trim();
  }
  return "";
}

export function parsePhase(v: string): Phase | null | "unknown" {
  const s = v.trim().toLowerCase();
  if (s === "") return null;
  if (s === "clinical") return "CLINICAL";
  if (s === "preclinical" || s === "pre-clinical" || s === "first-year" || s === "first year") return "PRECLINICAL";
  return "unknown";
}

export function parseGender(v: string): Gender | "unknown" {
  const s = v.trim().toLowerCase();
  if (s === "f" || s === "female" || s === "woman") return "FEMALE";
  if (s === "m" || s === "male" || s === "man") return "MALE";
  if (s === "other" || s === "diverse" || s === "d") return "OTHER";
  if (s === "" || s === "undisclosed" || s === "prefer not to say") return "UNDISCLOSED";
  return "unknown";
}

function parseBool(v: string): boolean | "unknown" {
  const s = v.trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return "unknown";
}

export function parseLanguages(v: string): string[] {
  return [
    ...new Set(
      v
        .split(/[;|/,]/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => l[0].toUpperCase() + l.slice(1)),
    ),
  ].slice(0, 10);
}

/** Checks one row; `kindDefault` applies when the file has no role column. */
export function checkRow(row: RawRow, line: number, kindDefault: PersonKind = "MENTEE"): RowCheck {
  const problems: RowProblem[] = [];
  const name = cell(row, "name", "full name").replace(/\s+/g, " ");
  const email = cell(row, "email", "e-mail").toLowerCase();
  if (!name) problems.push(rowProblem("roster.csv.rowProblem.nameMissing"));
  else if (name.length > 120) problems.push(rowProblem("roster.csv.rowProblem.nameTooLong", { max: 120 }));
  if (!email) problems.push(rowProblem("roster.csv.rowProblem.emailMissing"));
  else if (!EMAIL.test(email) || email.length > 200)
    problems.push(rowProblem("roster.csv.rowProblem.emailInvalid", { email }));

  const roleCell = cell(row, "role").toLowerCase();
  let kind: PersonKind = kindDefault;
  if (roleCell === "mentor") kind = "MENTOR";
  else if (roleCell === "mentee" || roleCell === "student") kind = "MENTEE";
  else if (roleCell !== "") problems.push(rowProblem("roster.csv.rowProblem.role", { role: roleCell }));

  const phaseCell = cell(row, "phase");
  const phase = parsePhase(phaseCell);
  if (phase === "unknown") problems.push(rowProblem("roster.csv.rowProblem.phase", { phase: phaseCell }));
  else if (kind === "MENTOR" && phase === null) problems.push(rowProblem("roster.csv.rowProblem.mentorPhase"));

  const yearCell = cell(row, "year", "year of study");
  let yearOfStudy: number | null = null;
  if (yearCell !== "") {
    const y = Number(yearCell);
    if (!Number.isInteger(y) || y < 1 || y > 8)
      problems.push(rowProblem("roster.csv.rowProblem.year", { year: yearCell, min: 1, max: 8 }));
    else yearOfStudy = y;
  }
  const numberCell = cell(row, "student number", "student no", "student no.", "student id").replace(/\s+/g, "");
  const studentNumber = numberCell === "" ? null : numberCell.toUpperCase();
  if (studentNumber !== null && !STUDENT_NUMBER.test(studentNumber))
    problems.push(rowProblem("roster.csv.rowProblem.studentNumber", { number: numberCell.slice(0, 40), max: 40 }));
  const genderCell = cell(row, "gender");
  const gender = parseGender(genderCell);
  if (gender === "unknown") problems.push(rowProblem("roster.csv.rowProblem.gender", { gender: genderCell }));
  const intl = parseBool(cell(row, "international"));
  if (intl === "unknown") problems.push(rowProblem("roster.csv.rowProblem.international"));
  const dorm = parseBool(cell(row, "dormitory"));
  if (dorm === "unknown") problems.push(rowProblem("roster.csv.rowProblem.dormitory"));

  const person: PersonRow | null = problems.length
    ? null
    : {
        name,
        email,
        kind,
        phase: kind === "MENTOR" ? (phase as Phase) : null,
        yearOfStudy,
        studentNumber,
        gender: gender as Gender,
        international: intl as boolean,
        dormitory: dorm as boolean,
        languages: parseLanguages(cell(row, "languages", "language")),
        motivation: cell(row, "motivation").slice(0, 2000) || null,
        availability: cell(row, "availability").slice(0, 500) || null,
      };
  return { line, email, name, problems, person };
}

/**
 * Checks a whole file (or one chunk of it starting at row `offset`, so lines stay the file's):
 * every row, plus duplicate emails and student numbers within what it is given.
 */
export function checkRows(
  rows: readonly RawRow[],
  kindDefault: PersonKind = "MENTEE",
  offset = 0,
): { checks: RowCheck[]; problemCount: number; fileProblems: MsgDescriptor[] } {
  // catalog messages (roster.csv.fileProblem.*) with their values
  const fileProblems: MsgDescriptor[] = [];
  if (rows.length === 0) fileProblems.push(msg("roster.csv.fileProblem.noRows"));
  if (rows.length > MAX_IMPORT_ROWS)
    fileProblems.push(msg("roster.csv.fileProblem.tooMany", { count: rows.length, max: MAX_IMPORT_ROWS }));
  const first = rows[0] ?? {};
  for (const col of ["name", "email"])
    if (rows.length && !(col in first)) fileProblems.push(msg("roster.csv.fileProblem.column", { column: col }));
  const seen = new Map<string, number>();
  const numbers = new Map<string, number>();
  const checks = rows.map((r, i) => {
    const c = checkRow(r, offset + i + 2, kindDefault);
    if (c.email) {
      const prev = seen.get(c.email);
      if (prev !== undefined) {
        c.problems.push(rowProblem("roster.csv.rowProblem.duplicateEmail", { line: prev }));
        c.person = null;
      } else seen.set(c.email, c.line);
    }
    const n = c.person?.studentNumber;
    if (n) {
      const prev = numbers.get(`${c.person!.kind}:${n}`);
      if (prev !== undefined) {
        c.problems.push(rowProblem("roster.csv.rowProblem.duplicateNumber", { line: prev }));
        c.person = null;
      } else numbers.set(`${c.person!.kind}:${n}`, c.line);
    }
    return c;
  });
  return { checks, fileProblems, problemCount: fileProblems.length + checks.filter((c) => c.problems.length).length };
}

/** Lower-cases header names so "Email" and "email" are the same column. */
export function normaliseHeader(h: string): string {
  return h.trim().toLowerCase();
}

/** The form field a problem of checkRow belongs next to, when one person is added by hand. */
export function problemField(
  problem: RowProblem,
): "name" | "email" | "phase" | "year" | "gender" | "studentNumber" | "_form" {
  return PROBLEM_FIELD[problemKind(problem)];
}

const PROBLEM_FIELD: Record<ProblemKind, ReturnType<typeof problemField>> = {
  nameMissing: "name",
  nameTooLong: "name",
  emailMissing: "email",
  emailInvalid: "email",
  duplicateEmail: "email",
  role: "_form",
  phase: "phase",
  mentorPhase: "phase",
  year: "year",
  studentNumber: "studentNumber",
  duplicateNumber: "studentNumber",
  numberTaken: "studentNumber",
  gender: "gender",
  international: "_form",
  dormitory: "_form",
};
