"use server";
import { defineAction, type Tx } from "../actions";
import { loadRoleCohort } from "../auth/loaders";
import { msg } from "../i18n/msg";
import { checkExamRows, type ExamCheck, type Problem } from "./rules";
import { examRowsSchema } from "./schemas";

const PATHS = ["/coordinator/outcomes", "/supervisor/reports/outcomes"];

/** The cohort's first-years (MENTEE memberships, drawn or not) by email, one statement. */
async function firstYears(tx: Tx, cohortId: string, emails: string[]) {
  if (emails.length === 0) return new Map<string, string>();
  const rows = await tx.membership.findMany({
    where: { cohortId, role: "MENTEE", status: { in: ["ACTIVE", "CANDIDATE"] }, user: { email: { in: emails } } },
    select: { id: true, user: { select: { email: true } } },
  });
  return new Map(rows.map((r) => [r.user.email, r.id]));
}

function problemsOf(checks: ExamCheck[], known: Map<string, string>) {
  for (const c of checks)
    if (c.row && !known.has(c.row.email)) {
      c.problems.push({ key: "outcomes.problems.notFirstYear" });
      c.row = null;
    }
  return checks
    .filter((c) => c.problems.length > 0)
    .map((c) => ({ line: c.line, email: c.email.slice(0, 120), problems: c.problems as Problem[] }));
}

async function check(tx: Tx, cohortId: string, rows: Record<string, string | undefined>[], offset: number) {
  const { checks, fileProblems } = checkExamRows(rows, offset);
  const known = await firstYears(
    tx,
    cohortId,
    checks.flatMap((c) => (c.row ? [c.row.email] : [])),
  );
  const problems = problemsOf(checks, known);
  return { checks, known, fileProblems, problems };
}

/** Preview of a chunk: which rows are valid, and every problem by line. Writes nothing. */
export const previewExamImportAction = defineAction({
  name: "exam_results.preview",
  schema: examRowsSchema,
  load: () => loadRoleCohort("COORDINATOR"),
  permission: { verb: "write", resource: "outcome.import" },
  async run({ input, record, tx }) {
    const { checks, fileProblems, problems } = await check(tx, record.scope.cohortId, input.rows, input.offset);
    return { rows: checks.length, valid: checks.filter((c) => c.row).length, fileProblems, problems };
  },
});

/**
 * Import the valid rows of a chunk (the page previews the whole file first): one statement
 * inserts or updates every result by (student, exam); rows with problems are skipped and listed.
 */
export const importExamResultsAction = defineAction({
  name: "exam_results.import",
  schema: examRowsSchema,
  successMessage: (d: { imported: number; skipped: number }) => msg("outcomes.imported", { count: d.imported }),
  revalidate: () => PATHS,
  load: () => loadRoleCohort("COORDINATOR"),
  permission: { verb: "write", resource: "outcome.import" },
  async run({ userId, input, record, tx }) {
    const cohortId = record.scope.cohortId;
    const { checks, known, fileProblems, problems } = await check(tx, cohortId, input.rows, input.offset);
    const valid = fileProblems.length ? [] : checks.flatMap((c) => (c.row ? [c.row] : []));
    if (valid.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "ExamResult" ("id", "cohortId", "membershipId", "exam", "takenOn", "score", "maximum", "passed", "importedById", "updatedAt")
        SELECT 'exam_' || md5(m || e), ${cohortId}, m, e, d::date, s, x, p, ${userId}, now()
        FROM unnest(${valid.map((v) => known.get(v.email)!)}::text[], ${valid.map((v) => v.exam)}::text[],
                    ${valid.map((v) => v.takenOn)}::text[], ${valid.map((v) => v.score)}::float8[],
                    ${valid.map((v) => v.maximum)}::float8[], ${valid.map((v) => v.passed)}::bool[]) AS t(m, e, d, s, x, p)
        ON CONFLICT ("membershipId", "exam") DO UPDATE SET "takenOn" = EXCLUDED."takenOn", "score" = EXCLUDED."score",
          "maximum" = EXCLUDED."maximum", "passed" = EXCLUDED."passed", "importedById" = EXCLUDED."importedById", "updatedAt" = now()`;
    }
    return { imported: valid.length, skipped: checks.length - valid.length, fileProblems, problems };
  },
  audit: (d, { record }) => ({
    action: "outcomes.imported",
    entity: "Cohort",
    entityId: record.scope.cohortId,
    detail: { imported: d.imported, skipped: d.skipped },
  }),
});
