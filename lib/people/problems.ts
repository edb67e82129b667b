/**
 * The problems of an import grouped by kind (decision 129): "151 rows have no name: lines 2-152"
 * and the first few of them, instead of 151 identical lines. A row's problem is a code with
 * values (roster.csv.rowProblem.<kind>), its kind read from the code; a group's sentence is the
 * catalog's (roster.csv.problemGroup.<kind>): this file gives the kind, the count and the lines.
 * Used by the preview (in the browser) and by the import's refusal (on the server). Pure: no
 * Prisma, no next/*.
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
  | "dormitory";

/**
 * One problem of a row (checkRow's, or the import action's): a catalog message
 * roster.csv.rowProblem.<kind> with its values, translated where the reader is known
 * (msg(), lib/i18n/msg.ts).
 */
export interface RowProblem {
  key: `roster.csv.rowProblem.${ProblemKind}`;
  values?: Record<string, string | number>;
}

const PREFIX = "roster.csv.rowProblem.";

/** msg() for a row problem: the key must be one of the kinds. */
export function rowProblem(key: RowProblem["key"], values?: RowProblem["values"]): RowProblem {
  return values ? { key, values } : { key };
}

/** The kind of a row problem: its code, read from its catalog key (never from a sentence). */
export function problemKind(problem: RowProblem): ProblemKind {
  return problem.key.slice(PREFIX.length) as ProblemKind;
}

/**
 * Sorted, distinct line numbers as ranges: [2,3,4,7,9,10] -> [[2,4],[7,7],[9,10]]. At most
 * `maxRanges` ranges; `more` counts the lines left out.
 */
export function lineRanges(lines: readonly number[], maxRanges = 20): LineRanges {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const l of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && l === last[1] + 1) last[1] = l;
    else ranges.push([l, l]);
  }
  const more = ranges.slice(maxRanges).reduce((n, [a, b]) => n + b - a + 1, 0);
  return { ranges: ranges.slice(0, maxRanges), more };
}

export interface LineRanges {
  ranges: [number, number][];
  /** lines not in `ranges` (past maxRanges) */
  more: number;
}

/** "2-4, 7, 9-10", the numbers written by `num` (the reader's digits). */
export function rangesText(r: LineRanges, num: (n: number) => string = String): string {
  return r.ranges.map(([a, b]) => (a === b ? num(a) : `${num(a)}-${num(b)}`)).join(", ");
}

/** The catalog message of one group: roster.csv.problemGroup.<kind> with these values. */
export function groupMessage(
  g: Pick<ProblemGroup, "kind" | "count" | "lines">,
  num: (n: number) => string = String,
): { key: `problemGroup.${ProblemKind}`; values: { count: number; lines: string; more: number } } {
  return {
    key: `problemGroup.${g.kind}`,
    values: { count: g.count, lines: rangesText(g.lines, num), more: g.lines.more },
  };
}

export interface RowProblems {
  line: number;
  name: string;
  email: string;
  problems: RowProblem[];
}

export interface ProblemGroup {
  kind: ProblemKind;
  /** rows with this kind of problem */
  count: number;
  /** the lines with this kind of problem ("151 rows have no name: lines 2-152": groupMessage) */
  lines: LineRanges;
  /** the first few rows of this kind, with the problem itself (its own message and values) */
  examples: { line: number; name: string; email: string; problem: RowProblem }[];
}

/** Every row's problems grouped by kind, in the order of each kind's first line. */
export function groupProblems(rows: readonly RowProblems[], examples = 3): ProblemGroup[] {
  const groups = new Map<ProblemKind, { lines: number[]; examples: ProblemGroup["examples"] }>();
  for (const r of [...rows].sort((a, b) => a.line - b.line))
    for (const p of r.problems) {
      const kind = problemKind(p);
      let g = groups.get(kind);
      if (!g) groups.set(kind, (g = { lines: [], examples: [] }));
      // one row counts once per kind
      if (g.lines[g.lines.length - 1] !== r.line) g.lines.push(r.line);
      if (g.examples.length < examples) g.examples.push({ line: r.line, name: r.name, email: r.email, problem: p });
    }
  return [...groups].map(([kind, g]) => ({
    kind,
    count: g.lines.length,
    lines: lineRanges(g.lines),
    examples: g.examples,
  }));
}

/**
 * The groups in one sentence, for a refusal: "151 rows have no name: lines 2-152; 1 row …";
 * `say` translates a group's message for the reader (roster.csv.problemGroup.*).
 */
export function summariseProblems(
  groups: readonly ProblemGroup[],
  say: (m: ReturnType<typeof groupMessage>) => string,
  num?: (n: number) => string,
): string {
  return groups.map((g) => say(groupMessage(g, num))).join("; ");
}
