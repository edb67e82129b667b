"use server";
import { ActionError, legacyAction, refuse, ruleError } from "../actions";
import { audit } from "../audit";
import { coordinatorOf, lockEditableCohort } from "../cohorts/setup";
import { db } from "../db";
import { checkRow, checkRows, type PersonRow } from "./rules";
import { addPersonSchema, importRowsSchema } from "./schemas";
import { upsertPeople } from "./write";

async function loadCohort(userId: string, cohortId: string) {
  const cohort = await db().cohort.findUnique({ where: { id: cohortId }, select: { id: true, name: true } });
  if (!cohort) refuse();
  await coordinatorOf(userId, cohort.id);
  return cohort;
}

/** One person by hand: a first-year student (mentee candidate) or a mentor applicant. */
export const addPersonAction = legacyAction({
  name: "people.add",
  schema: addPersonSchema,
  successMessage: (d: { newPeople: number }) =>
    d.newPeople ? "Added, and an invitation is in the outbox." : "Updated the person with that email.",
  revalidate: (_d, input) => [
    `/coordinator/cohorts/${input.cohortId}/people`,
    `/coordinator/cohorts/${input.cohortId}/mentors`,
  ],
  async run({ userId, input }) {
    const { cohortId, ...row } = input;
    const check = checkRow(row, 1);
    if (!check.person) {
      const fieldErrors: Record<string, string[]> = {};
      for (const p of check.problems) {
        const field = /^name/i.test(p)
          ? "name"
          : /email|duplicate/i.test(p)
            ? "email"
            : /phase/i.test(p)
              ? "phase"
              : /year/i.test(p)
                ? "year"
                : /gender/i.test(p)
                  ? "gender"
                  : "_form";
        (fieldErrors[field] ??= []).push(p);
      }
      throw new ActionError("Please correct the highlighted fields.", fieldErrors);
    }
    const cohort = await loadCohort(userId, cohortId);
    const person = check.person;
    return db().$transaction(async (tx) => {
      await lockEditableCohort(tx, cohort.id);
      const result = await upsertPeople(tx, cohort, [person]);
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: "people.added",
        entity: "Cohort",
        entityId: cohort.id,
        detail: { kind: person.kind, ...result },
      });
      return result;
    });
  },
});

async function compare(cohortId: string, people: PersonRow[]) {
  const existing = await db().user.findMany({
    where: { email: { in: people.map((p) => p.email) } },
    select: { email: true },
  });
  return new Set(existing.map((u) => u.email));
}

/** The preview of an import: every row's problems, and which rows update someone. Writes nothing. */
export const previewImportAction = legacyAction({
  name: "people.import_preview",
  schema: importRowsSchema,
  async run({ userId, input }) {
    await loadCohort(userId, input.cohortId);
    const { checks, fileProblems, problemCount } = checkRows(input.rows);
    const known = await compare(
      input.cohortId,
      checks.flatMap((c) => (c.person ? [c.person] : [])),
    );
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
export const importPeopleAction = legacyAction({
  name: "people.import",
  schema: importRowsSchema,
  revalidate: (_d, input) => [
    `/coordinator/cohorts/${input.cohortId}/people`,
    `/coordinator/cohorts/${input.cohortId}/mentors`,
    "/coordinator",
  ],
  async run({ userId, input }) {
    const cohort = await loadCohort(userId, input.cohortId);
    const { checks, problemCount } = checkRows(input.rows);
    if (problemCount > 0) ruleError(`${problemCount} row(s) have problems: fix the file; nothing was imported.`);
    const people = checks.map((c) => c.person!);
    return db().$transaction(async (tx) => {
      await lockEditableCohort(tx, cohort.id);
      const result = await upsertPeople(tx, cohort, people);
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: "people.imported",
        entity: "Cohort",
        entityId: cohort.id,
        detail: { rows: people.length, ...result },
      });
      return result;
    });
  },
  successMessage: (d: { newPeople: number; updatedPeople: number }) =>
    `Imported: ${d.newPeople} new, ${d.updatedPeople} updated.`,
});
