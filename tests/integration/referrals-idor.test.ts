/**
 * IDOR suite: every referral page query and action, asked by each kind of outsider and by the
 * people who may see the referral, checked by CONTENT (the confidential strings never appear
 * in what an outsider gets back), not only by a refusal.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import type { CohortActor } from "@/lib/auth/permissions";
import {
  acknowledgeReferralAction,
  answerReferralInfoAction,
  closeReferralAction,
  createReferralAction,
  declineReferralAction,
  forwardReferralAction,
  requestReferralInfoAction,
} from "@/lib/referrals/actions";
import {
  getPairReferrals,
  getMenteeReferrals,
  getRecentlyClosedReferrals,
  getReferralAuditTrail,
  getReferralCounts,
  getReferralFormContext,
  getReferralQueue,
  getReferralReport,
  getReferralView,
} from "@/lib/referrals/queries";
import { getSupportCentresForCoordinator } from "@/lib/support-centres/queries";
import { useTestDb } from "../helpers/test-db";
import {
  actorOf,
  ANSWER,
  makeReferral,
  OUTCOME,
  REASON,
  setupProgramme,
  SUPERVISOR_NOTE,
  type Programme,
} from "./referrals-setup";

const getDb = useTestDb();
const db = () => getDb().prisma;
let p: Programme;
let referralId: string;
let closedId: string;
const actors = {} as Record<keyof Programme["users"], CohortActor>;
type Who = keyof Programme["users"];
const OUTSIDERS: Who[] = ["mentorB", "otherMenteeA", "menteeB", "coordinator", "menteeA"];
const SECRETS = [REASON, SUPERVISOR_NOTE, OUTCOME, ANSWER, "CONFIDENTIAL"];

function expectNoContent(value: unknown) {
  const text = JSON.stringify(value ?? null);
  for (const s of SECRETS) expect(text).not.toContain(s);
}

beforeAll(async () => {
  p = await setupProgramme(db());
  const r = await makeReferral(db(), p, {
    status: "INFO_REQUESTED",
    supervisorMessage: SUPERVISOR_NOTE,
    acknowledgedAt: new Date(),
  });
  await db().referralEvent.create({
    data: {
      referralId: r.id,
      actorId: p.users.supervisor,
      fromStatus: "SUBMITTED",
      toStatus: "INFO_REQUESTED",
      message: SUPERVISOR_NOTE,
    },
  });
  referralId = r.id;
  const closed = await makeReferral(db(), p, {
    status: "CLOSED",
    outcome: OUTCOME,
    centreId: p.counselling.id,
    acknowledgedAt: new Date(),
    closedAt: new Date(),
  });
  await db().referralEvent.create({
    data: {
      referralId: closed.id,
      actorId: p.users.supervisor,
      fromStatus: "FORWARDED",
      toStatus: "CLOSED",
      message: OUTCOME,
    },
  });
  closedId = closed.id;
  for (const who of Object.keys(p.users) as Who[]) actors[who] = await actorOf(p.users[who], p.cohort.id);
});

const reads = (id: string) => db().auditEvent.count({ where: { entityId: id, action: "referral.read" } });

describe("getReferralView (the referral page)", () => {
  it("the supervisor and both mentors of the pair get the content, and each read is audited (without content)", async () => {
    for (const [who, as] of [
      ["supervisor", "SUPERVISOR"],
      ["mentorA", "MENTOR"],
      ["coMentorA", "MENTOR"],
    ] as const) {
      const before = await reads(referralId);
      const view = await getReferralView(actors[who], referralId, as);
      expect(view?.kind).toBe("content");
      if (view?.kind !== "content") return;
      expect(view.reason).toBe(REASON);
      expect(view.supervisorMessage).toBe(SUPERVISOR_NOTE);
      expect(view.events.map((e) => e.message)).toContain(SUPERVISOR_NOTE);
      expect(await reads(referralId)).toBe(before + 1);
    }
    const audits = await db().auditEvent.findMany({ where: { entityId: referralId, action: "referral.read" } });
    expect(new Set(audits.map((a) => a.actorId))).toEqual(
      new Set([p.users.supervisor, p.users.mentorA, p.users.coMentorA]),
    );
    expectNoContent(audits);
  });

  it("the mentee concerned sees that it exists, its kind of centre and status: no reason, message or outcome", async () => {
    const view = await getReferralView(actors.menteeA, referralId, "MENTEE");
    expect(view).toMatchObject({ kind: "status", category: "PSYCHOLOGICAL", status: "INFO_REQUESTED" });
    expect(Object.keys(view!).sort()).toEqual([
      "category",
      "centreName",
      "createdAt",
      "id",
      "kind",
      "status",
      "updatedAt",
    ]);
    expectNoContent(view);
    const closed = await getReferralView(actors.menteeA, closedId, "MENTEE");
    expect(closed).toMatchObject({ status: "CLOSED", centreName: "Student Counselling Centre" });
    expectNoContent(closed);
  });

  it("outsiders get nothing, whatever role they claim, and no read is recorded", async () => {
    const before = await reads(referralId);
    for (const who of OUTSIDERS) {
      for (const as of ["SUPERVISOR", "MENTOR", "MENTEE"] as const) {
        if (who === "menteeA" && as === "MENTEE") continue; // the status view, above
        const view = await getReferralView(actors[who], referralId, as);
        expect(view, `${who} as ${as}`).toBeNull();
      }
    }
    // The supervisor asking through the mentee's door, or a mentor of the pair through the supervisor's, gets nothing either.
    expect(await getReferralView(actors.supervisor, referralId, "MENTEE")).toBeNull();
    expect(await getReferralView(actors.mentorA, referralId, "SUPERVISOR")).toBeNull();
    expect(await reads(referralId)).toBe(before);
  });
});

describe("lists and reports", () => {
  it("supervisor queue, recently finished, report and audit trail: supervisor only, never content", async () => {
    const queue = await getReferralQueue(actors.supervisor);
    expect(queue?.map((r) => r.id)).toContain(referralId);
    expectNoContent(queue);
    const closed = await getRecentlyClosedReferrals(actors.supervisor);
    expect(closed?.map((r) => r.id)).toContain(closedId);
    expectNoContent(closed);
    const report = await getReferralReport(actors.supervisor);
    expect(report?.total).toBe(2);
    expectNoContent(report);
    const trail = await getReferralAuditTrail(actors.supervisor, referralId);
    expect(trail?.length).toBeGreaterThan(0);
    expectNoContent(trail);
    for (const who of [...OUTSIDERS, "mentorA", "coMentorA"] as Who[]) {
      expect(await getReferralQueue(actors[who]), who).toBeNull();
      expect(await getRecentlyClosedReferrals(actors[who]), who).toBeNull();
      expect(await getReferralReport(actors[who]), who).toBeNull();
      expect(await getReferralAuditTrail(actors[who], referralId), who).toBeNull();
    }
  });

  it("mentor list: the pair's referrals for both mentors (no content); nothing of them for another pair", async () => {
    for (const who of ["mentorA", "coMentorA"] as const) {
      const list = await getPairReferrals(actors[who]);
      expect(list?.map((r) => r.id).sort()).toEqual([referralId, closedId].sort());
      expectNoContent(list);
    }
    const other = await getPairReferrals(actors.mentorB);
    expect(other).toEqual([]);
    for (const who of ["menteeA", "coordinator", "supervisor"] as const)
      expect(await getPairReferrals(actors[who])).toBeNull();
  });

  it("mentee list: only the mentee concerned, status without content", async () => {
    const mine = await getMenteeReferrals(actors.menteeA);
    expect(mine?.map((r) => r.id).sort()).toEqual([referralId, closedId].sort());
    expectNoContent(mine);
    expect(await getMenteeReferrals(actors.otherMenteeA)).toEqual([]);
    expect(await getMenteeReferrals(actors.menteeB)).toEqual([]);
    for (const who of ["mentorA", "coordinator", "supervisor"] as const)
      expect(await getMenteeReferrals(actors[who])).toBeNull();
  });

  it("coordinator counts: numbers by category and status and time to review; no content, no names", async () => {
    const counts = await getReferralCounts(actors.coordinator);
    expect(counts).toMatchObject({
      total: 2,
      counts: { PSYCHOLOGICAL: { INFO_REQUESTED: 1, CLOSED: 1 } },
      reviewed: 2,
    });
    expectNoContent(counts);
    const names = await db().user.findMany({
      where: { id: { in: [p.users.menteeA, p.users.mentorA] } },
      select: { name: true },
    });
    for (const n of names) expect(JSON.stringify(counts)).not.toContain(n.name);
    for (const who of ["mentorA", "mentorB", "menteeA"] as const)
      expect(await getReferralCounts(actors[who])).toBeNull();
  });

  it("the referral form offers only the caller's own group; a foreign mentee or contact log id is ignored", async () => {
    const ctx = await getReferralFormContext(actors.mentorB, p.a.mentees[0].id, p.log.id);
    expect(ctx?.selectedMenteeId).toBe("");
    expect(ctx?.contactLog).toBeNull();
    expect(ctx?.mentees.map((m) => m.id)).not.toContain(p.a.mentees[0].id);
    const own = await getReferralFormContext(actors.mentorA, p.a.mentees[0].id, p.log.id);
    expect(own).toMatchObject({ selectedMenteeId: p.a.mentees[0].id, contactLog: { id: p.log.id } });
    for (const who of ["menteeA", "coordinator", "supervisor"] as const)
      expect(await getReferralFormContext(actors[who], p.a.mentees[0].id)).toBeNull();
  });

  it("the support-centre admin page is the coordinator's only", async () => {
    expect(await getSupportCentresForCoordinator(actors.coordinator)).not.toBeNull();
    for (const who of ["supervisor", "mentorA", "menteeA"] as const)
      expect(await getSupportCentresForCoordinator(actors[who])).toBeNull();
  });
});

describe("actions: outsiders are refused, learn nothing, change nothing", () => {
  const actions: Record<string, () => Promise<{ ok: boolean; error?: string }>> = {
    acknowledge: () => acknowledgeReferralAction(null, { referralId }),
    requestInfo: () => requestReferralInfoAction(null, { referralId, message: "Question from an outsider" }),
    answer: () => answerReferralInfoAction(null, { referralId, message: "Answer from an outsider" }),
    forward: () => forwardReferralAction(null, { referralId, centreId: p.counselling.id, how: "SUPERVISOR_CONTACTED" }),
    close: () => closeReferralAction(null, { referralId, outcome: "Outcome from an outsider" }),
    decline: () => declineReferralAction(null, { referralId, message: "Declined by an outsider" }),
    create: () =>
      createReferralAction(null, {
        menteeId: p.a.mentees[0].id,
        category: "OTHER",
        urgency: "URGENT",
        reason: "An outsider trying to file a referral about someone else's mentee",
        menteeInformed: "no",
        menteeConsented: "no",
      }),
  };
  for (const [name, run] of Object.entries(actions)) {
    for (const who of OUTSIDERS) {
      it(`${name} by ${who}`, async () => {
        const before = await db().referral.findUniqueOrThrow({ where: { id: referralId } });
        const count = await db().referral.count();
        const events = await db().referralEvent.count();
        const res = await asUser(p.users[who], run);
        expect(res.ok).toBe(false);
        if (!res.ok) expect(res.error).toMatch(/permission/);
        expectNoContent(res);
        expect(await db().referral.findUniqueOrThrow({ where: { id: referralId } })).toEqual(before);
        expect(await db().referral.count()).toBe(count);
        expect(await db().referralEvent.count()).toBe(events);
      });
    }
  }

  it("a refused step on an existing referral answers like a missing one (no hint that it exists)", async () => {
    const real = await asUser(p.users.mentorB, () => acknowledgeReferralAction(null, { referralId }));
    const missing = await asUser(p.users.mentorB, () =>
      acknowledgeReferralAction(null, { referralId: "no-such-referral" }),
    );
    expect(real.ok || missing.ok).toBe(false);
    if (!real.ok && !missing.ok) expect(real.error).toBe(missing.error);
  });

  it("the allowed people succeed: the co-mentor answers, the supervisor then forwards", async () => {
    const answer = await asUser(p.users.coMentorA, () =>
      answerReferralInfoAction(null, { referralId, message: ANSWER }),
    );
    expect(answer).toMatchObject({ ok: true, data: { status: "ACKNOWLEDGED" } });
    expectNoContent(answer);
    const fwd = await asUser(p.users.supervisor, () =>
      forwardReferralAction(null, { referralId, centreId: p.counselling.id, how: "MENTEE_GIVEN_CONTACT" }),
    );
    expect(fwd).toMatchObject({ ok: true, data: { status: "FORWARDED" } });
    // The mentee concerned now sees "forwarded" and the centre, still without content.
    const view = await getReferralView(actors.menteeA, referralId, "MENTEE");
    expect(view).toMatchObject({ status: "FORWARDED", centreName: "Student Counselling Centre" });
    expectNoContent(view);
  });
});
