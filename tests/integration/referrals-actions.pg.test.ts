/**
 * Referrals: a concurrent review from two tabs.
 * PostgreSQL only (`*.pg.test.ts`: `npm run test:pg`; left out on PGlite, see vitest.config.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import {
  acknowledgeReferralAction,
  closeReferralAction,
  declineReferralAction,
  forwardReferralAction,
} from "@/lib/referrals/actions";
import { useTestDb } from "../helpers/test-db";
import { makeReferral, OUTCOME, setupProgramme, type Programme } from "./referrals-setup";

const getDb = useTestDb();
let p: Programme;
const db = () => getDb().prisma;

beforeAll(async () => {
  p = await setupProgramme(db());
});

// Races are decided by the database: only real PostgreSQL can interleave two transactions.
describe("concurrent review from two tabs (PostgreSQL)", () => {
  it("two acknowledges: exactly one wins, one event, one audit", async () => {
    for (let round = 0; round < 5; round++) {
      const r = await makeReferral(db(), p);
      const results = await Promise.all([
        asUser(p.users.supervisor, () => acknowledgeReferralAction(null, { referralId: r.id })),
        asUser(p.users.supervisor, () => acknowledgeReferralAction(null, { referralId: r.id })),
      ]);
      expect(results.filter((x) => x.ok)).toHaveLength(1);
      const loser = results.find((x) => !x.ok);
      expect(loser && !loser.ok && loser.error).toMatch(
        /changed this referral a moment ago|cannot be acknowledged now/,
      );
      expect(await db().referralEvent.count({ where: { referralId: r.id, toStatus: "ACKNOWLEDGED" } })).toBe(1);
      expect(await db().auditEvent.count({ where: { entityId: r.id, action: "referral.acknowledge" } })).toBe(1);
    }
  });

  it("close and decline at once from ACKNOWLEDGED: one consistent end state with its single event", async () => {
    for (let round = 0; round < 5; round++) {
      const r = await makeReferral(db(), p, { status: "ACKNOWLEDGED", acknowledgedAt: new Date() });
      const results = await Promise.all([
        asUser(p.users.supervisor, () => closeReferralAction(null, { referralId: r.id, outcome: OUTCOME })),
        asUser(p.users.supervisor, () =>
          declineReferralAction(null, { referralId: r.id, message: "Declined in the other tab" }),
        ),
      ]);
      expect(results.filter((x) => x.ok)).toHaveLength(1);
      const after = await db().referral.findUniqueOrThrow({ where: { id: r.id }, include: { events: true } });
      const finished = after.events.filter((e) => e.fromStatus === "ACKNOWLEDGED");
      expect(finished).toHaveLength(1);
      expect(finished[0].toStatus).toBe(after.status);
      if (after.status === "CLOSED") expect(after.outcome).toBe(OUTCOME);
      else expect(after.outcome).toBeNull();
    }
  });

  it("acknowledge in one tab, close in the other (the brief's two tabs): one consistent chain of events", async () => {
    for (let round = 0; round < 5; round++) {
      const r = await makeReferral(db(), p);
      const results = await Promise.all([
        asUser(p.users.supervisor, () => acknowledgeReferralAction(null, { referralId: r.id })),
        asUser(p.users.supervisor, () => closeReferralAction(null, { referralId: r.id, outcome: OUTCOME })),
      ]);
      const after = await db().referral.findUniqueOrThrow({
        where: { id: r.id },
        include: { events: { orderBy: { createdAt: "asc" } } },
      });
      const chain = after.events.map((e) => [e.fromStatus, e.toStatus]);
      for (let i = 1; i < chain.length; i++) expect(chain[i][0]).toBe(chain[i - 1][1]);
      expect(after.status).toBe(chain.at(-1)![1]);
      expect(results[0].ok).toBe(true); // acknowledge always applies to a SUBMITTED referral
      if (results[1].ok) expect(after).toMatchObject({ status: "CLOSED", outcome: OUTCOME });
      else expect(after).toMatchObject({ status: "ACKNOWLEDGED", outcome: null, closedAt: null });
    }
  });

  it("acknowledge in one tab, forward in the other: both may succeed in order, never a lost step", async () => {
    const r = await makeReferral(db(), p);
    const results = await Promise.all([
      asUser(p.users.supervisor, () => acknowledgeReferralAction(null, { referralId: r.id })),
      asUser(p.users.supervisor, () =>
        forwardReferralAction(null, { referralId: r.id, centreId: p.counselling.id, how: "SUPERVISOR_CONTACTED" }),
      ),
    ]);
    const after = await db().referral.findUniqueOrThrow({
      where: { id: r.id },
      include: { events: { orderBy: { createdAt: "asc" } } },
    });
    // Every event chains from the previous status; the final status is the last event's.
    const chain = after.events.map((e) => [e.fromStatus, e.toStatus]);
    for (let i = 1; i < chain.length; i++) expect(chain[i][0]).toBe(chain[i - 1][1]);
    expect(after.status).toBe(chain.at(-1)![1]);
    expect(results.filter((x) => x.ok).length).toBe(after.events.length - 1);
  });
});
