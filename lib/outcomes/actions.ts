"use server";
import { defineAction, type Tx } from "../actions";
import { loadRoleCohort } from "../auth/loaders";
import { msg } from "../i18n/msg";
import { checkExamRows, studentKey, unmatched, type ExamRow, type Problem } from "./rules";
import { examRowsSchema } from "./schemas";

const PATHS = ["/coordinator/outcomes", "/supervisor/reports/outcomes"];

/**
 * The cohort's first-years (MENTEE memberships, drawn or not) named by the rows, by email and by
 * student number, in one statement: `e:<email>` / `n:<number>` -> membership id.
 */
async function firstYears(tx: Tx, cohortId: string, rows: ExamRow[]) {
  const emails = rows.flatMap((r) => (r.email !== null ? [r.email] : []));
  const numbers = rows.flatMap((r) => (r.studentNumber !== null ? [r.studentNumber] : []));
  if (emails.length + numbers.length === 0) return new Map<string, string>();
  const found = await tx.membership.findMany({
    where: {
      cohortId,
      role: "MENTEE",
      status: { in: ["ACTIVE", "CANDIDATE"] },
      OR: [
        ...(emails.length ? [{ user: { email: { in: emails } } }] : []),
        ...(numbers.length ? [{ studentNumber: { in: numbers } }] : []),
      ],
    },
    select: { id: true, studentNumber: true, user: { select: { email: true } } },
  });
  const known = new Map<string, string>();
  for (const m of found) {
    known.set(`e:${m.user.email}`, m.id);
    if (m.studentNumber) known.set(`n:${m.studentNumber}`, m.id);
  }
  return known;
}

async function check(tx: Tx, cohortId: string, rows: Record<string, string | undefined>[], offset: number) {
  const { checks, fileProblems } = checkExamRows(rows, offset);
  const known = await firstYears(
    tx,
    cohortId,
    checks.flatMap((c) => (c.row ? [c.row] : [])),
  );
  const unknownNumbers = unmatched(checks, new Set(known.keys()));
  const problems = checks
    .filter((c) => c.problems.length > 0)
    .map((c) => ({ line: c.line, email: c.email, problems: c.problems as Problem[] }));
  return { checks, known, fileProblems, problems, unknownNumbers };
}

/** Preview of a chunk: which rows are valid, and every problem by line. Writes nothing. */
export const previewExamImportAction = defineAction({
  name: "exam_results.preview",
  schema: examRowsSchema,
  load: () => loadRoleCohort("COORDINATOR"),
  permission: { verb: "write", resource: "outcome.import" },
  async run({ input, record, tx }) {
    const { checks, fileProblems, problems, unknownNumbers } = await check(
      tx,
      record.scope.cohortId,
      input.rows,
      input.offset,
    );
    return { rows: checks.length, valid: checks.filter((c) => c.row).length, fileProblems, problems, unknownNumbers };
  },
});

/**
 * Import the valid rows of a chunk (the page previews the whole file first): one statement
 * inserts or updates every result by (student, exam); rows with problems are skipped and listed.
 */
export const importExamResultsAction = defineAction({
  name: "exam_results.import",
  schema: examRowsSchema,
  successMessage: (d: { imported: number; skipped: number; byStudentNumber: number }) =>
    msg("outcomes.imported", { count: d.imported }),
  revalidate: () => PATHS,
  load: () => loadRoleCohort("COORDINATOR"),
  permission: { verb: "write", resource: "outcome.import" },
  async run({ userId, input, record, tx }) {
    const cohortId = record.scope.cohortId;
    const { checks, known, fileProblems, problems, unknownNumbers } = await check(
      tx,
      cohortId,
      input.rows,
      input.offset,
    );
    const valid = fileProblems.length ? [] : checks.flatMap((c) => (c.row ? [c.row] : []));
    if (valid.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "ExamResult" ("id", "cohortId", "membershipId", "exam", "takenOn", "score", "maximum", "passed", "importedById", "updatedAt")
        SELECT 'exam_' || md5(m || e), ${cohortId}, m, e, d::date, s, x, p, ${userId}, now()
        FROM unnest(${valid.map((v) => known.get(studentKey(v))!)}::text[], ${valid.map((v) => v.exam)}::text[],
                    ${valid.map((v) => v.takenOn)}::text[], ${valid.map((v) => v.score)}::float8[],
                    ${valid.map((v) => v.maximum)}::float8[], ${valid.map((v) => v.passed)}::bool[]) AS t(m, e, d, s, x, p)
        ON CONFLICT ("membershipId", "exam") DO UPDATE SET "takenOn" = EXCLUDED."takenOn", "score" = EXCLUDED."score",
          "maximum" = EXCLUDED."maximum", "passed" = EXCLUDED."passed", "importedById" = EXCLUDED."importedById", "updatedAt" = now()`;
    }
    return {
      imported: valid.length,
      skipped: checks.length - valid.length,
      byStudentNumber: valid.filter((v) => v.studentNumber !== null).length,
      fileProblems,
      problems,
      unknownNumbers,
    };
  },
  audit: (d, { record }) => ({
    action: "outcomes.imported",
    entity: "Cohort",
    entityId: record.scope.cohortId,
    // counts only: never a student, a number or a grade
    detail: { imported: d.imported, skipped: d.skipped, byStudentNumber: d.byStudentNumber },
  }),
});
