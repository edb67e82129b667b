"use server";
import { ActionError, defineAction, ruleError, type Tx } from "../actions";
import { formatter } from "../i18n/format";
import { msg } from "../i18n/msg";
import { requestTranslator } from "../i18n/server";
import { loadCohort } from "../cohorts/loaders";
import { lockEditableCohort } from "../cohorts/setup";
import { checkRow, checkRows, problemField, type PersonRow } from "./rules";
import { groupProblems, rowProblem, summariseProblems, type RowProblems } from "./problems";
import type { Msg, MsgDescriptor } from "../i18n/msg";
import { addPersonSchema, importRowsSchema } from "./schemas";
import { upsertPeople } from "./write";

/** Adding and importing people is a coordinator decision on the cohort (the table's setup cell). */
const SETUP = { verb: "write", resource: "cohort.setup" } as const;

/** One person by hand: a first-year student (mentee candidate) or a mentor applicant. */
export const addPersonAction = defineAction({
  name: "people.add",
  schema: addPersonSchema,
  // The same words whether or not the email already had an account (issue 16).
  successMessage: (d: { newMemberships: number; kind: string }) =>
    msg(d.newMemberships ? "roster.added" : "roster.updated"),
  revalidate: (_d, input) => [
    `/coordinator/cohorts/${input.cohortId}/people`,
    `/coordinator/cohorts/${input.cohortId}/mentors`,
  ],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ userId, input, record: cohort, tx }) {
    const { cohortId: _cohortId, studentNumber, ...fields } = input;
    const check = checkRow({ ...fields, "student number": studentNumber }, 1);
    if (!check.person) {
      const fieldErrors: Record<string, Msg[]> = {};
      for (const p of check.problems) (fieldErrors[problemField(p)] ??= []).push(p);
      throw new ActionError(msg("actions.invalid"), fieldErrors);
    }
    const person = check.person;
    await lockEditableCohort(tx, cohort.id);
    return { ...(await upsertPeople(tx, cohort, [person], { actorUserId: userId })), kind: person.kind };
  },
  audit: ({ kind, ...result }, { record }) => ({
    action: "people.added",
    entity: "Cohort",
    entityId: record.id,
    detail: { kind, ...result },
  }),
});

/** Which rows are already in THIS cohort (never: which emails have an account elsewhere). */
async function inCohort(tx: Tx, cohortId: string, people: PersonRow[]) {
  const existing = await tx.membership.findMany({
    where: { cohortId, user: { email: { in: people.map((p) => p.email) } } },
    select: { user: { select: { email: true } } },
  });
  return new Set(existing.map((m) => m.user.email));
}

const NUMBER_TAKEN = rowProblem("roster.csv.rowProblem.numberTaken");

/**
 * Rows whose student number another person of this cohort (same role) already has: their
 * emails. One statement. (The unique index would refuse them too, but the import's
 * createMany skips duplicates, so it must be asked first.)
 */
async function numbersTaken(tx: Tx, cohortId: string, people: PersonRow[]) {
  const withNumber = people.filter((p) => p.studentNumber);
  if (withNumber.length === 0) return new Set<string>();
  const holders = await tx.membership.findMany({
    where: { cohortId, studentNumber: { in: withNumber.map((p) => p.studentNumber!) } },
    select: { role: true, studentNumber: true, user: { select: { email: true } } },
  });
  const holder = new Map(holders.map((h) => [`${h.role}:${h.studentNumber}`, h.user.email]));
  return new Set(
    withNumber
      .filter((p) => {
        const email = holder.get(`${p.kind}:${p.studentNumber}`);
        return email !== undefined && email !== p.email;
      })
      .map((p) => p.email),
  );
}

/** Refuses a chunk with any problem, grouped by kind ("2 rows have no name: lines 5-6"). */
async function refuseProblems(fileProblems: MsgDescriptor[], checks: RowProblems[]) {
  const bad = checks.filter((c) => c.problems.length);
  if (fileProblems.length === 0 && bad.length === 0) return;
  // the groups' sentences in the caller's language (roster.csv.problemGroup.*), their digits too
  const tr = await requestTranslator();
  const f = formatter(tr.locale);
  const groups = summariseProblems(
    groupProblems(bad),
    (m) => tr.t(`roster.csv.${m.key}`, m.values),
    (n) => f.number(n, { useGrouping: false }),
  );
  const summary = [...fileProblems.map((p) => tr.resolve(p)), groups].filter(Boolean).join("; ");
  ruleError(msg("roster.errors.rowsHaveProblemsGrouped", { count: fileProblems.length + bad.length, summary }));
}

/** The preview of an import: every row's problems, and which rows update someone. Writes nothing. */
export const previewImportAction = defineAction({
  name: "people.import_preview",
  schema: importRowsSchema,
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }) {
    const { checks, fileProblems, problemCount: rowProblems } = checkRows(input.rows, "MENTEE", input.offset);
    const clean = checks.flatMap((c) => (c.person ? [c.person] : []));
    // in turn, not Promise.all: one transaction's client runs one query at a time
    const known = await inCohort(tx, cohort.id, clean);
    const taken = await numbersTaken(tx, cohort.id, clean);
    for (const c of checks)
      if (c.person && taken.has(c.person.email)) {
        c.problems.push(NUMBER_TAKEN);
        c.person = null;
      }
    const problemCount = rowProblems + taken.size;
    return {
      fileProblems,
      problemCount,
      rows: checks.length,
      updates: checks.filter((c) => c.person && known.has(c.person.email)).length,
      mentors: checks.filter((c) => c.person?.kind === "MENTOR").length,
      problems: checks
        .filter((c) => c.problems.length)
        .map((c) => ({ line: c.line, name: c.name, email: c.email, problems: c.problems })),
    };
  },
});

/**
 * The import itself (one chunk of the file): refuses to write anything unless every row of the
 * chunk is clean (the page previews the whole file first and only then sends chunks).
 */
export const importPeopleAction = defineAction({
  name: "people.import",
  schema: importRowsSchema,
  revalidate: (_d, input) => [
    `/coordinator/cohorts/${input.cohortId}/people`,
    `/coordinator/cohorts/${input.cohortId}/mentors`,
    "/coordinator",
  ],
  successMessage: (d: { newMemberships: number; updatedMemberships: number }) =>
    msg("roster.imported", { added: d.newMemberships, updated: d.updatedMemberships }),
  conflicts: { Membership_cohortId_role_studentNumber_key: { message: NUMBER_TAKEN } },
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ userId, input, record: cohort, tx }) {
    const { checks, fileProblems } = checkRows(input.rows, "MENTEE", input.offset);
    const clean = checks.flatMap((c) => (c.person ? [c.person] : []));
    const taken = await numbersTaken(tx, cohort.id, clean);
    for (const c of checks)
      if (c.person && taken.has(c.person.email)) {
        c.problems.push(NUMBER_TAKEN);
        c.person = null;
      }
    await refuseProblems(fileProblems, checks);
    await lockEditableCohort(tx, cohort.id);
    return upsertPeople(tx, cohort, clean, { actorUserId: userId });
  },
  audit: (d, { input, record }) => ({
    action: "people.imported",
    entity: "Cohort",
    entityId: record.id,
    detail: { rows: input.rows.length, ...d },
  }),
});
