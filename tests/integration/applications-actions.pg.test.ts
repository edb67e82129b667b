/**
 * Applications: two submits at once, decided by the unique key.
 * PostgreSQL only (`*.pg.test.ts`: `npm run test:pg`; left out on PGlite, see vitest.config.ts).
 */
import { describe, expect, it } from "vitest";
import { applyToMentorAction } from "@/lib/applications/actions";
import { asUser } from "@/lib/auth/test-context";
import { createCohort, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;

async function openCohort(data: Parameters<typeof createCohort>[1] = {}) {
  return createCohort(prisma(), { applicationsOpen: true, selectionCriteria: ["Good standing"], ...data });
}

const mentorForm = (cohortId: string) => ({
  cohortId,
  phase: "PRECLINICAL" as "PRECLINICAL" | "CLINICAL",
  yearOfStudy: "2",
  motivation: "I remember my own first year and want to help others through it.",
  availability: "Weekday evenings",
  languages: "German; English",
});

// Two submits at once: on real PostgreSQL both pass the check, the unique key decides.
describe("double submit on PostgreSQL", () => {
  it("maps a lost race on the unique key to 'You have already applied'", async () => {
    const cohort = await openCohort();
    const user = await createUser(prisma());
    const results = await Promise.all(
      [1, 2].map(() => asUser(user.id, () => applyToMentorAction(null, mentorForm(cohort.id)))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: "You have already applied." });
    expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(1);
  });
});
