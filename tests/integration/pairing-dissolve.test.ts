/**
 * Deletes never take records with them (docs/decisions/040-deletes-keep-history.md): dissolving a
 * pair is refused, naming what it holds, while it has any history; the database refuses such a
 * delete too (ON DELETE RESTRICT); a pair without history still dissolves.
 */
import { describe, expect, it } from "vitest";
import type { MentorPair } from "@/generated/prisma/client";
import { asUser } from "@/lib/auth/test-context";
import { deletePairAction } from "@/lib/pairing/actions";
import {
  createBooking,
  createCohort,
  createContactLog,
  createGroup,
  createMembership,
  createMentee,
  createSlot,
} from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const db = () => getDb().prisma;

async function publishedGroup(menteeCount = 2) {
  const cohort = await createCohort(db(), { status: "ACTIVE", groupsPublishedAt: new Date() });
  const coordinator = await createMembership(db(), cohort.id, "COORDINATOR");
  const group = await createGroup(db(), cohort.id, menteeCount);
  return { cohort, coordinator, ...group };
}

function urgentReferral(pair: MentorPair, menteeId: string, data: { contactLogId?: string } = {}) {
  return db().referral.create({
    data: {
      cohortId: pair.cohortId,
      pairId: pair.id,
      menteeId,
      referredById: pair.clinicalMentorId,
      category: "PSYCHOLOGICAL",
      urgency: "URGENT",
      reason: "Said they no longer see a way forward; agreed to see someone today.",
      menteeInformed: true,
      menteeConsented: true,
      ...data,
    },
  });
}

let slotDay = 7;
/** A slot of the pair on a day of its own (a mentor's slots never overlap: a trigger). */
const slot = (pair: MentorPair) => {
  const startsAt = new Date(Date.now() + ++slotDay * 86_400_000);
  return createSlot(db(), pair, { startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) });
};

const dissolve = (userId: string, pairId: string) => asUser(userId, () => deletePairAction(null, { pairId }));

/** What a pair's history holds, counted straight from the tables. */
async function history(pairId: string) {
  const [referrals, events, contacts, sends, slots, bookings] = await Promise.all([
    db().referral.count({ where: { pairId } }),
    db().referralEvent.count({ where: { referral: { pairId } } }),
    db().contactLog.count({ where: { pairId } }),
    db().templateSend.count({ where: { contactLog: { pairId } } }),
    db().availabilitySlot.count({ where: { pairId } }),
    db().booking.count({ where: { slot: { pairId } } }),
  ]);
  return { referrals, events, contacts, sends, slots, bookings };
}

describe("dissolving a published pair with an urgent referral (the bug of issue 9)", () => {
  it("is refused, names the referral, and the referral and its events are still there", async () => {
    const { coordinator, pair, clinical, mentees } = await publishedGroup();
    const referral = await urgentReferral(pair, mentees[0].id);
    const supervisor = await createMembership(db(), pair.cohortId, "SUPERVISOR");
    await db().referralEvent.createMany({
      data: [
        { referralId: referral.id, actorId: clinical.userId, toStatus: "SUBMITTED" },
        { referralId: referral.id, actorId: supervisor.userId, fromStatus: "SUBMITTED", toStatus: "ACKNOWLEDGED" },
      ],
    });
    // Before: the pair had no contact logs, so the action answered {ok: true} and the cascade
    // deleted the referral and its events, leaving one audit row.
    const r = await dissolve(coordinator.userId, pair.id);
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This pair has 1 referral: they stay on record, so the pair cannot be dissolved/),
    });
    expect(await db().mentorPair.count({ where: { id: pair.id } })).toBe(1);
    expect(await db().referral.findUnique({ where: { id: referral.id } })).toMatchObject({
      urgency: "URGENT",
      reason: expect.stringMatching(/no longer see a way forward/),
    });
    expect(await db().referralEvent.count({ where: { referralId: referral.id } })).toBe(2);
    expect(await db().menteeAssignment.count({ where: { pairId: pair.id } })).toBe(2);
    expect(await db().auditEvent.count({ where: { entityId: pair.id } })).toBe(0);
    expect(await db().outbox.count({ where: { kind: "pair.dissolved" } })).toBe(0);
  });
});

describe("a pair with each kind of dependent record", () => {
  const kinds: [string, RegExp, (g: Awaited<ReturnType<typeof publishedGroup>>) => Promise<unknown>][] = [
    ["a referral", /1 referral\b/, (g) => urgentReferral(g.pair, g.mentees[0].id)],
    ["a contact log", /1 contact log\b/, (g) => createContactLog(db(), g.pair, { menteeId: g.mentees[0].id })],
    [
      "a template send (an email contact)",
      /1 contact log\b/,
      async (g) => {
        const log = await createContactLog(db(), g.pair, { menteeId: g.mentees[0].id, channel: "EMAIL" });
        await db().templateSend.create({
          data: {
            cohortId: g.pair.cohortId,
            senderId: g.pair.clinicalMentorId,
            menteeId: g.mentees[0].id,
            batchId: "batch-1",
            subject: "Exam block",
            body: "Plan backwards from the exam date.",
            contactLogId: log.id,
          },
        });
      },
    ],
    ["a meeting time", /1 meeting time\b/, (g) => slot(g.pair)],
    [
      "a booking",
      /1 meeting time and 1 booking/,
      async (g) => createBooking(db(), await slot(g.pair), g.mentees[0].id),
    ],
    [
      "a cancelled booking",
      /1 booking/,
      async (g) =>
        createBooking(db(), await slot(g.pair), g.mentees[0].id, {
          status: "CANCELLED",
          cancelReason: "ill",
        }),
    ],
  ];

  for (const [kind, named, make] of kinds) {
    it(`with ${kind}: refused by name, and every record is still there`, async () => {
      const g = await publishedGroup();
      await make(g);
      const before = await history(g.pair.id);
      expect(await dissolve(g.coordinator.userId, g.pair.id)).toMatchObject({
        ok: false,
        error: expect.stringMatching(named),
      });
      expect(await history(g.pair.id)).toEqual(before);
      expect(await db().mentorPair.count({ where: { id: g.pair.id } })).toBe(1);
      // the database is the second line: a delete outside the action is refused too
      await expect(db().mentorPair.delete({ where: { id: g.pair.id } })).rejects.toThrow(/foreign key|Foreign key/);
      expect(await history(g.pair.id)).toEqual(before);
    });
  }

  it("with all of them at once: one message lists everything", async () => {
    const g = await publishedGroup();
    for (const [, , make] of kinds) await make(g);
    const r = await dissolve(g.coordinator.userId, g.pair.id);
    expect(r).toMatchObject({
      ok: false,
      error:
        "This pair has 1 referral, 2 contact logs, 3 meeting times and 2 bookings: they stay on record, so the pair cannot be dissolved. Move its mentees to another group instead.",
    });
  });
});

describe("a pair without history", () => {
  it("dissolves after publishing: placements and acknowledgements go with it, audited and announced", async () => {
    const { coordinator, pair, clinical, preclinical, mentees } = await publishedGroup(3);
    await db().agreementAcknowledgement.createMany({
      data: [clinical, mentees[0]].map((m) => ({ pairId: pair.id, membershipId: m.id })),
    });
    expect(await dissolve(coordinator.userId, pair.id)).toMatchObject({ ok: true });
    expect(await db().mentorPair.count({ where: { id: pair.id } })).toBe(0);
    expect(await db().menteeAssignment.count({ where: { menteeId: { in: mentees.map((m) => m.id) } } })).toBe(0);
    // the people stay; only the pair and where its mentees were are gone
    expect(
      await db().membership.count({
        where: { id: { in: [clinical.id, preclinical.id, ...mentees.map((m) => m.id)] } },
      }),
    ).toBe(5);
    expect(await db().auditEvent.findFirst({ where: { entityId: pair.id } })).toMatchObject({
      action: "pair.deleted_after_publishing",
      detail: { mentees: 3, acknowledgements: 2 },
    });
    expect(await db().outbox.count({ where: { kind: "pair.dissolved" } })).toBe(5);
  });

  it("is refused to everyone but the cohort's coordinators", async () => {
    const { pair, clinical, mentees } = await publishedGroup();
    const supervisor = await createMembership(db(), pair.cohortId, "SUPERVISOR");
    const other = await createMembership(db(), (await createCohort(db())).id, "COORDINATOR");
    for (const who of [supervisor.userId, other.userId, clinical.userId, mentees[0].userId])
      expect(await dissolve(who, pair.id)).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    expect(await db().mentorPair.count({ where: { id: pair.id } })).toBe(1);
  });
});

describe("deleting a person or a cohort with history", () => {
  it("is refused by the database; the referral, contact and audit row stay", async () => {
    const { cohort, pair, mentees } = await publishedGroup();
    const referral = await urgentReferral(pair, mentees[0].id);
    await createContactLog(db(), pair, { menteeId: mentees[0].id });
    await db().auditEvent.create({
      data: { actorId: mentees[0].userId, cohortId: cohort.id, action: "x", entity: "Referral", entityId: referral.id },
    });
    await expect(db().user.delete({ where: { id: mentees[0].userId } })).rejects.toThrow();
    await expect(db().membership.delete({ where: { id: mentees[0].id } })).rejects.toThrow();
    await expect(db().cohort.delete({ where: { id: cohort.id } })).rejects.toThrow();
    expect(await db().referral.count({ where: { id: referral.id } })).toBe(1);
    expect(await db().contactLog.count({ where: { pairId: pair.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: referral.id } })).toBe(1);
  });

  it("a first-year who never took part can be removed: their membership first, then the account", async () => {
    const cohort = await createCohort(db());
    const candidate = await createMentee(db(), cohort.id, { status: "CANDIDATE" });
    // a membership is a record too: the user goes only once their memberships are gone
    await expect(db().user.delete({ where: { id: candidate.userId } })).rejects.toThrow();
    await db().membership.delete({ where: { id: candidate.id } });
    await db().user.delete({ where: { id: candidate.userId } });
    expect(await db().user.count({ where: { id: candidate.userId } })).toBe(0);
  });
});
