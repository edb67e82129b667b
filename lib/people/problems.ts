/**
 * The problems of an import grouped by kind (decision 129): "151 rows have no name: lines 2-152"
 * and the first few of them, instead of 151 identical lines. Used by the preview (in the
 * browser) and by the import's refusal (on the server). Pure: no Prisma, no next/*.
 */

export type ProblemKind =
  | "nameMissing"
  | "nameTooLong"
  | "emailMissing"
  | "emailInvalid"
  | "duplicateEmail"
  | "role"
  | "phase"
  | "mentorPhase"
  | "year"
  | "studentNumber"
  | "duplicateNumber"
  | "numberTaken"
  | "gender"
  | "international"
  | "dormitory"
  | "other";

/** The kind of one of checkRow's (or the import action's) problem sentences. */
export function problemKind(problem: string): ProblemKind {
  if (/^Name is missing/.test(problem)) return "nameMissing";
  if (/^Name is longer/.test(problem)) return "nameTooLong";
  if (/^Email is missing/.test(problem)) return "emailMissing";
  if (/is not an email address/.test(problem)) return "emailInvalid";
  if (/^Duplicate: the same email/.test(problem)) return "duplicateEmail";
  if (/^Duplicate: the same student number/.test(problem)) return "duplicateNumber";
  if (/^Unknown role/.test(problem)) return "role";
  if (/^Unknown phase/.test(problem)) return "phase";
  if (/^A mentor needs a phase/.test(problem)) return "mentorPhase";
  if (/^Year of study/.test(problem)) return "year";
  if (/^Student number/.test(problem)) return "studentNumber";
  if (/already has one of these student numbers/.test(problem)) return "numberTaken";
  if (/^Unknown gender/.test(problem)) return "gender";
  if (/^International must/.test(problem)) return "international";
  if (/^Dormitory must/.test(problem)) return "dormitory";
  return "other";
}

/** "has …" / "have …" for one row and for several. */
const PHRASE: Record<ProblemKind, [string, string]> = {
  nameMissing: ["has no name", "have no name"],
  nameTooLong: ["has a name longer than 120 characters", "have a name longer than 120 characters"],
  emailMissing: ["has no email", "have no email"],
  emailInvalid: ["has an email that is not an email address", "have an email that is not an email address"],
  duplicateEmail: ["repeats an email of an earlier line", "repeat an email of an earlier line"],
  role: ["has an unknown role", "have an unknown role"],
  phase: ["has an unknown phase", "have an unknown phase"],
  mentorPhase: ["is a mentor without a phase", "are mentors without a phase"],
  year: ["has a year of study that is not 1 to 8", "have a year of study that is not 1 to 8"],
  studentNumber: ["has a student number with other characters", "have a student number with other characters"],
  duplicateNumber: ["repeats a student number of an earlier line", "repeat a student number of an earlier line"],
  numberTaken: [
    "has a student number another person of this cohort has",
    "have a student number another person of this cohort has",
  ],
  gender: ["has an unknown gender", "have an unknown gender"],
  international: [
    "has an international value that is not yes or no",
    "have an international value that is not yes or no",
  ],
  dormitory: ["has a dormitory value that is not yes or no", "have a dormitory value that is not yes or no"],
  other: ["has another problem", "have other problems"],
};

/**
 * Sorted, distinct line numbers as ranges: [2,3,4,7,9,10] -> "2-4, 7, 9-10". At most `maxRanges`
 * ranges, then "and N more lines".
 */
export function compressLines(lines: readonly number[], maxRanges = 20): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const l of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && l === last[1] + 1) last[1] = l;
    else ranges.push([l, l]);
  }
  const shown = ranges.slice(0, maxRanges).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
  const rest = ranges.slice(maxRanges).reduce((n, [a, b]) => n + b - a + 1, 0);
  return shown.join(", ") + (rest ? `, and ${rest} more line${rest === 1 ? "" : "s"}` : "");
}

export interface RowProblems {
  line: number;
  name: string;
  email: string;
  problems: string[];
}

export interface ProblemGroup {
  kind: ProblemKind;
  /** rows with this kind of problem */
  count: number;
  /** "151 rows have no name: lines 2-152" */
  summary: string;
  /** the first few rows of this kind, with the problem's own sentence */
  examples: { line: number; name: string; email: string; problem: string }[];
}

/** Every row's problems grouped by kind, in the order of each kind's first line. */
export function groupProblems(rows: readonly RowProblems[], examples = 3): ProblemGroup[] {
  const groups = new Map<ProblemKind, { lines: number[]; examples: ProblemGroup["examples"] }>();
  for (const r of [...rows].sort((a, b) => a.line - b.line))
    for (const p of r.problems) {
      const kind = problemKind(p);
      let g = groups.get(kind);
      if (!g) groups.set(kind, (g = { lines: [], examples: [] }));
      // one row counts once per kind (two "other" problems on a line are one row)
      if (g.lines[g.lines.length - 1] !== r.line) g.lines.push(r.line);
      if (g.examples.length < examples) g.examples.push({ line: r.line, name: r.name, email: r.email, problem: p });
    }
  return [...groups].map(([kind, g]) => {
    const count = g.lines.length;
    const [one, many] = PHRASE[kind];
    return {
      kind,
      count,
      summary: `${count} ${count === 1 ? `row ${one}: line` : `rows ${many}: lines`} ${compressLines(g.lines)}`,
      examples: g.examples,
    };
  });
}

/** The groups in one sentence, for a refusal: "151 rows have no name: lines 2-152; 1 row …". */
export function summariseProblems(groups: readonly ProblemGroup[]): string {
  return groups.map((g) => g.summary).join("; ");
}
