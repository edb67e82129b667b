/** Group capacity under concurrency. PostgreSQL only (`*.pg.test.ts`: npm run test:pg). */
import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { deletePairAction, moveMenteeAction } from "@/lib/pairing/actions";
import {
  createCohort,
  createContactLog,
  createGroup,
  createMembership,
  createMentee,
  createPair,
} from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

// Races are decided by the database: only real PostgreSQL can show them (PGlite serialises).
describe("group capacity under concurrency (PostgreSQL)", () => {
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

  it("dissolving a pair while its mentor logs a contact never loses the contact", async () => {
    for (let round = 0; round < 5; round++) {
      const cohort = await createCohort(prisma(), { status: "ACTIVE", groupsPublishedAt: new Date() });
      const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
      const { pair, mentees } = await createGroup(prisma(), cohort.id, 1);
      const [dissolved, logged] = await Promise.allSettled([
        asUser(coordinator.userId, () => deletePairAction(null, { pairId: pair.id })),
        createContactLog(prisma(), pair, { menteeId: mentees[0].id }),
      ]);
      const pairLeft = await prisma().mentorPair.count({ where: { id: pair.id } });
      const contacts = await prisma().contactLog.count({ where: { pairId: pair.id } });
      if (logged.status === "fulfilled") {
        // the contact was written: it is still there, and so is its pair
        expect(contacts).toBe(1);
        expect(pairLeft).toBe(1);
        expect(dissolved).toMatchObject({ status: "fulfilled", value: { ok: false } });
      } else {
        // the pair went first: the contact was refused (foreign key), never written then deleted
        expect(pairLeft).toBe(0);
        expect(contacts).toBe(0);
      }
    }
  });
});
