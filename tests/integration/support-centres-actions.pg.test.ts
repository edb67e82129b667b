/**
 * Support centres: removing a centre while it is forwarded to.
 * PostgreSQL only (`*.pg.test.ts`: `npm run test:pg`; left out on PGlite, see vitest.config.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { forwardReferralAction } from "@/lib/referrals/actions";
import { deleteSupportCentreAction } from "@/lib/support-centres/actions";
import { useTestDb } from "../helpers/test-db";
import { makeReferral, setupProgramme, type Programme } from "./referrals-setup";

const getDb = useTestDb();
const db = () => getDb().prisma;
let p: Programme;
beforeAll(async () => {
  p = await setupProgramme(db());
});

// Races are decided by the database: only real PostgreSQL can interleave two transactions.
describe("removing a centre while it is forwarded to (PostgreSQL)", () => {
  it("one of the two wins; a referral never loses its centre and a removed centre has no referral", async () => {
    for (let round = 0; round < 6; round++) {
      const c = await db().supportCentre.create({
        data: { cohortId: p.cohort.id, name: `Race centre ${round}`, category: "PSYCHOLOGICAL" },
      });
      const r = await makeReferral(db(), p);
      const forward = () =>
        asUser(p.users.supervisor, () =>
          forwardReferralAction(null, { referralId: r.id, centreId: c.id, how: "SUPERVISOR_CONTACTED" }),
        );
      const remove = () => asUser(p.users.coordinator, () => deleteSupportCentreAction(null, { centreId: c.id }));
      const [fwd, del] =
        round % 2
          ? await Promise.all([forward(), remove()])
          : await Promise.all([remove(), forward()]).then(([d, f]) => [f, d]);
      expect([fwd.ok, del.ok].filter(Boolean)).toHaveLength(1);
      const centre = await db().supportCentre.findUnique({ where: { id: c.id } });
      const after = await db().referral.findUniqueOrThrow({ where: { id: r.id } });
      if (fwd.ok) {
        expect(centre).not.toBeNull();
        expect(after).toMatchObject({ status: "FORWARDED", centreId: c.id });
        expect(!del.ok && del.error).toMatch(/stays in the directory/);
      } else {
        expect(centre).toBeNull();
        expect(after).toMatchObject({ status: "SUBMITTED", centreId: null });
        expect(fwd.error).toMatch(/removed from the directory|from this cohort's directory/);
        expect(fwd.fieldErrors?.centreId).toBeDefined();
      }
      expect(await db().referralEvent.count({ where: { referralId: r.id } })).toBe(fwd.ok ? 2 : 1);
    }
  });
});
