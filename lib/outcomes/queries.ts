import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";
import { compareGroups, type Group } from "./rules";

/**
 * Drawn mentees against the first-years not drawn, per exam: one statement aggregates the scores
 * (as % of the maximum) per exam and group in the database; the comparison is computed here and
 * only aggregates leave this function (never a student or a grade). Groups under 5: suppressed.
 */
export async function getOutcomes(actor: CohortActor, as: "COORDINATOR" | "SUPERVISOR") {
  if (!can(actor, "read", "outcome.aggregate", { cohortId: actor.cohortId }, as)) return null;
  const rows = await db().$queryRaw<{ exam: string; takenOn: Date; grp: Group; scores: number[]; passed: number }[]>`
    SELECT e.exam, MIN(e."takenOn") AS "takenOn",
           CASE WHEN m.status = 'ACTIVE' THEN 'MENTEES' ELSE 'NOT_DRAWN' END AS grp,
           array_agg(e.score / e.maximum * 100 ORDER BY e.score) AS scores,
           (COUNT(*) FILTER (WHERE e.passed))::int AS passed
    FROM "ExamResult" e JOIN "Membership" m ON m.id = e."membershipId"
    WHERE e."cohortId" = ${actor.cohortId} AND m.role = 'MENTEE' AND m.status IN ('ACTIVE', 'CANDIDATE')
    GROUP BY e.exam, grp
    ORDER BY 2, 1`;
  const exams = [...new Set(rows.map((r) => r.exam))];
  return exams.map((exam) => {
    const of = (g: Group) => {
      const r = rows.find((x) => x.exam === exam && x.grp === g);
      return { scores: (r?.scores ?? []).map(Number), passed: r?.passed ?? 0 };
    };
    return {
      exam,
      takenOn: rows.find((r) => r.exam === exam)!.takenOn,
      ...compareGroups(of("MENTEES"), of("NOT_DRAWN")),
    };
  });
}

export type OutcomeComparison = NonNullable<Awaited<ReturnType<typeof getOutcomes>>>[number];
