import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { moveMenteeAction } from "@/lib/pairing/actions";
import { createCohort, createMembership, createMentee, createPair } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

// Races are decided by the database: only real PostgreSQL can show them (PGlite serialises).
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("group capacity under concurrency (PostgreSQL)", () => {
  const getDb = useTestDb();
  const prisma = () => getDb().prisma;

  it("two coordinators filling the last place of a group at once: exactly one wins", async () => {
    const cohort = await createCohort(prisma(), {
      status: "DRAFT",
      groupSize: 2,
      maxMenteesPerMentor: 6,
      trainingRequired: false,
    });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    const { pair } = await createPair(prisma(), cohort.id);
    const first = await createMentee(prisma(), cohort.id);
    await prisma().menteeAssignment.create({ data: { cohortId: cohort.id, pairId: pair.id, menteeId: first.id } });
    const racers: { id: string }[] = [];
    for (let i = 0; i < 6; i++) racers.push(await createMentee(prisma(), cohort.id));
    const results = await Promise.all(
      racers.map((m) => asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: m.id, pairId: pair.id }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma().menteeAssignment.count({ where: { pairId: pair.id } })).toBe(2);
  });

  it("the trigger alone holds the limit when raw inserts race", async () => {
    const cohort = await createCohort(prisma(), { status: "DRAFT", groupSize: 3 });
    const { pair } = await createPair(prisma(), cohort.id);
    const ms: { id: string; userId: string }[] = [];
    for (let i = 0; i < 8; i++) ms.push(await createMentee(prisma(), cohort.id));
    const results = await Promise.allSettled(
      ms.map((m) =>
        prisma().menteeAssignment.create({ data: { cohortId: cohort.id, pairId: pair.id, menteeId: m.id } }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await prisma().menteeAssignment.count({ where: { pairId: pair.id } })).toBe(3);
  });
});
