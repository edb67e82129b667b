/**
 * The draw does not depend on the database's collation (issue 10, item 6; decision 128): on
 * PostgreSQL, with the membership ids under a natural-language collation that orders them
 * differently from their character codes, the draw gives the same mentees as on PGlite
 * (pairing-draw-actions.test.ts asserts the same COLLATION_EXPECTED). PostgreSQL only.
 */
import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { drawMenteesAction } from "@/lib/pairing/actions";
import { createCohort, createMembership, createMentee, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";
import { COLLATION_CANDIDATES, COLLATION_EXPECTED, COLLATION_SEED, COLLATION_STRATA } from "./draw-fixture";

const PREFERRED = ["de-DE-x-icu", "en-US-x-icu", "und-x-icu", "de_DE.utf8", "en_US.utf8"];

describe("the draw under a non-C collation (PostgreSQL)", () => {
  const getDb = useTestDb();
  const prisma = () => getDb().prisma;

  it("gives the same mentees as on PGlite, though the database orders the ids differently", async () => {
    const available = await prisma().$queryRaw<{ collname: string }[]>`
      SELECT collname FROM pg_collation WHERE collname = ANY(${PREFERRED})`;
    const collation = PREFERRED.find((c) => available.some((a) => a.collname === c));
    expect(collation, `none of ${PREFERRED.join(", ")} on this server`).toBeDefined();
    // Membership ids (and every column referring to them) under that collation.
    await prisma().$executeRawUnsafe(`ALTER TABLE "Membership" ALTER COLUMN id TYPE text COLLATE "${collation}"`);
    const [{ coll }] = await prisma().$queryRaw<{ coll: string }[]>`
      SELECT c.collname AS coll FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation
      WHERE a.attrelid = '"Membership"'::regclass AND a.attname = 'id'`;
    expect(coll).toBe(collation);

    const cohort = await createCohort(prisma(), { status: "DRAFT" });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    for (const c of COLLATION_CANDIDATES) {
      const user = await createUser(prisma(), { gender: c.gender });
      await createMentee(prisma(), cohort.id, { id: c.id, userId: user.id, status: "CANDIDATE" });
    }
    // The database's own order differs from the character codes the draw uses.
    const dbOrder = (
      await prisma().$queryRaw<{ id: string }[]>`
        SELECT id FROM "Membership" WHERE "cohortId" = ${cohort.id} AND role = 'MENTEE' ORDER BY id`
    ).map((r) => r.id);
    const codeOrder = COLLATION_CANDIDATES.map((c) => c.id).sort();
    expect(dbOrder).not.toEqual(codeOrder);
    expect([...dbOrder].sort()).toEqual(codeOrder);

    const r = await asUser(coordinator.userId, () =>
      drawMenteesAction(null, {
        cohortId: cohort.id,
        female: String(COLLATION_STRATA.female),
        male: String(COLLATION_STRATA.male),
        seed: COLLATION_SEED,
      }),
    );
    expect(r).toMatchObject({ ok: true, data: { drawn: 8, seed: COLLATION_SEED } });
    const drawn = await prisma().membership.findMany({
      where: { cohortId: cohort.id, role: "MENTEE", status: "ACTIVE", drawnAt: { not: null } },
      select: { id: true },
    });
    expect(drawn.map((d) => d.id).sort()).toEqual(COLLATION_EXPECTED);
  });
});
