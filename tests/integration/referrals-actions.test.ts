import { beforeAll, describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import {
  acknowledgeReferralAction,
  answerReferralInfoAction,
  closeReferralAction,
  createReferralAction,
  declineReferralAction,
  forwardReferralAction,
  requestReferralInfoAction,
} from "@/lib/referrals/actions";
import { createCohort, createMembership } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";
import {
  ANSWER,
  makeReferral,
  OUTCOME,
  REASON,
  setupProgramme,
  SUPERVISOR_NOTE,
  type Programme,
} from "./referrals-setup";

const getDb = useTestDb();
let p: Programme;
const db = () => getDb().prisma;

beforeAll(async () => {
  p = await setupProgramme(db());
});

const validInput = () => ({
  menteeId: p.a.mentees[0].id,
  contactLogId: p.log.id,
  category: "PSYCHOLOGICAL" as const,
  urgency: "SOON" as const,
  reason: REASON,
  menteeInformed: "yes" as const,
  menteeConsented: "yes" as const,
});

describe("createReferralAction", () => {
  it("a mentor of the pair refers: referral, SUBMITTED event, audit without content, no email when not urgent", async () => {
    const outboxBefore = await db().outbox.count();
    const res = await asUser(p.users.mentorA, () => createReferralAction(null, validInput()));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.urgent).toBe(false);
    expect(res.data.emergencyCentres).toEqual([]);
    const r = await db().referral.findUniqueOrThrow({ where: { id: res.data.referralId }, include: { events: true } });
    expect(r).toMatchObject({
      status: "SUBMITTED",
      pairId: p.a.pair.id,
      referredById: p.a.clinical.id,
      contactLogId: p.log.id,
      menteeInformed: true,
      menteeConsented: true,
      cohortId: p.cohort.id,
    });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ fromStatus: null, toStatus: "SUBMITTED", actorId: p.users.mentorA });
    const audits = await db().auditEvent.findMany({ where: { entityId: r.id } });
    expect(audits.map((a) => a.action)).toEqual(["referral.created"]);
    expect(JSON.stringify(audits)).not.toContain("CONFIDENTIAL");
    expect(await db().outbox.count()).toBe(outboxBefore);
    expect(res.revalidated).toContain("/supervisor");
  });

  it("the co-mentor can refer too; FormData as the browser sends it", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      ...validInput(),
      contactLogId: "",
      menteeId: p.a.mentees[1].id,
      category: "FINANCIAL",
      urgency: "ROUTINE",
    }))
      form.set(k, v);
    const res = await asUser(p.users.coMentorA, () => createReferralAction(null, form));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    // the referring mentor is the caller's own mentor membership, the pair the mentee's group
    expect(await db().referral.findUniqueOrThrow({ where: { id: res.data.referralId } })).toMatchObject({
      referredById: p.a.preclinical.id,
      pairId: p.a.pair.id,
      menteeId: p.a.mentees[1].id,
      contactLogId: null,
    });
  });

  it("only a mentee in a group can be referred: a mentee without a group, or a mentor's membership, is refused", async () => {
    const before = await db().referral.count();
    const loose = await createMembership(db(), p.cohort.id, "MENTEE");
    for (const menteeId of [loose.id, p.a.preclinical.id, "no-such-membership"]) {
      const res = await asUser(p.users.mentorA, () =>
        createReferralAction(null, { ...validInput(), menteeId, contactLogId: "" }),
      );
      expect(res, menteeId).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    }
    expect(await db().referral.count()).toBe(before);
  });

  it("urgent: notifies every supervisor at once (no reason in the email, a link to the app) and returns the emergency centres", async () => {
    const res = await asUser(p.users.mentorA, () => createReferralAction(null, { ...validInput(), urgency: "URGENT" }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.urgent).toBe(true);
    // the confirmation says what did happen: who was emailed, when
    expect(res.data.notified).toBe(1);
    expect(res.message).toMatch(/^Urgent referral sent\. The supervisor was emailed at \S+ .+\d\d:\d\d\./);
    expect(res.data.emergencyCentres.map((c) => c.name)).toEqual(["Student Counselling Centre"]);
    const mail = await db().outbox.findMany({
      where: { kind: "referral.urgent", dedupeKey: { contains: res.data.referralId } },
    });
    expect(mail).toHaveLength(1);
    expect(mail[0].userId).toBe(p.users.supervisor);
    expect(mail[0].body).toContain(`/supervisor/referrals/${res.data.referralId}`);
    expect(mail[0].body + mail[0].subject).not.toContain("CONFIDENTIAL");
    expect(mail[0].body).not.toContain("slept");
  });

  it("invalid input: field errors, what was typed kept, nothing written", async () => {
    const before = await db().referral.count();
    const res = await asUser(p.users.mentorA, () =>
      createReferralAction(null, {
        ...validInput(),
        category: "MAGIC",
        urgency: "",
        reason: "short",
        menteeInformed: "",
      } as never),
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(Object.keys(res.fieldErrors ?? {}).sort()).toEqual(["category", "menteeInformed", "reason", "urgency"]);
    expect(res.values?.reason).toBe("short");
    expect(await db().referral.count()).toBe(before);
  });

  it("consent without being informed is a rule error on the consent field", async () => {
    const res = await asUser(p.users.mentorA, () =>
      createReferralAction(null, { ...validInput(), menteeInformed: "no", menteeConsented: "yes" }),
    );
    expect(res).toMatchObject({
      ok: false,
      fieldErrors: { menteeConsented: [expect.stringMatching(/cannot have agreed/)] },
    });
  });

  it("a contact log of another pair is refused", async () => {
    const otherLog = await db().contactLog.create({
      data: {
        cohortId: p.cohort.id,
        pairId: p.b.pair.id,
        mentorId: p.b.clinical.id,
        menteeId: p.b.mentees[0].id,
        channel: "PHONE",
        occurredAt: new Date(),
      },
    });
    const res = await asUser(p.users.mentorA, () =>
      createReferralAction(null, { ...validInput(), contactLogId: otherLog.id }),
    );
    expect(res).toMatchObject({ ok: false, fieldErrors: { contactLogId: [expect.any(String)] } });
  });

  for (const who of ["mentorB", "menteeA", "coordinator", "supervisor"] as const) {
    it(`refuses ${who} and writes nothing`, async () => {
      const before = await db().referral.count();
      const res = await asUser(p.users[who], () => createReferralAction(null, validInput()));
      expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
      if (!res.ok) expect(res.error).not.toContain("CONFIDENTIAL");
      expect(await db().referral.count()).toBe(before);
    });
  }

  it("refuses an anonymous caller", async () => {
    const res = await asUser(null, () => createReferralAction(null, validInput()));
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/sign in/) });
  });

  it("an unpublished group cannot refer yet", async () => {
    await db().cohort.update({ where: { id: p.cohort.id }, data: { groupsPublishedAt: null } });
    try {
      const res = await asUser(p.users.mentorA, () => createReferralAction(null, validInput()));
      expect(res.ok).toBe(false);
    } finally {
      await db().cohort.update({ where: { id: p.cohort.id }, data: { groupsPublishedAt: new Date() } });
    }
  });
});

describe("review steps: success writes the status, a history event and an audit event (never content)", () => {
  it("acknowledge -> request info -> answer -> forward -> close", async () => {
    const r = await makeReferral(db(), p);
    const ack = await asUser(p.users.supervisor, () =>
      acknowledgeReferralAction(null, { referralId: r.id, message: SUPERVISOR_NOTE }),
    );
    expect(ack).toMatchObject({ ok: true, data: { status: "ACKNOWLEDGED" } });
    const info = await asUser(p.users.supervisor, () =>
      requestReferralInfoAction(null, { referralId: r.id, message: "Does she agree to a call?" }),
    );
    expect(info).toMatchObject({ ok: true, data: { status: "INFO_REQUESTED" } });
    const infoMail = await db().outbox.findMany({ where: { kind: "referral.requestInfo" } });
    expect(infoMail.map((m) => m.userId).sort()).toEqual([p.users.mentorA, p.users.coMentorA].sort());
    expect(infoMail[0].body).not.toContain("agree to a call");
    const answer = await asUser(p.users.coMentorA, () =>
      answerReferralInfoAction(null, { referralId: r.id, message: ANSWER }),
    );
    expect(answer).toMatchObject({ ok: true, data: { status: "ACKNOWLEDGED" } });
    const answerMail = await db().outbox.findMany({ where: { kind: "referral.answer" } });
    expect(answerMail.map((m) => m.userId)).toEqual([p.users.supervisor]);
    expect(answerMail[0].body).toContain(`/supervisor/referrals/${r.id}`);
    expect(answerMail[0].body + answerMail[0].subject).not.toContain("CONFIDENTIAL");
    expect(infoMail[0].body).toContain(`/mentor/referrals/${r.id}`);
    const fwd = await asUser(p.users.supervisor, () =>
      forwardReferralAction(null, {
        referralId: r.id,
        centreId: p.counselling.id,
        how: "APPOINTMENT_BOOKED",
        message: "First appointment Tuesday.",
      }),
    );
    expect(fwd).toMatchObject({ ok: true, data: { status: "FORWARDED" } });
    const close = await asUser(p.users.supervisor, () =>
      closeReferralAction(null, { referralId: r.id, outcome: OUTCOME }),
    );
    expect(close).toMatchObject({ ok: true, data: { status: "CLOSED" } });

    const after = await db().referral.findUniqueOrThrow({
      where: { id: r.id },
      include: { events: { orderBy: { createdAt: "asc" } } },
    });
    expect(after).toMatchObject({
      status: "CLOSED",
      centreId: p.counselling.id,
      outcome: OUTCOME,
      supervisorMessage: "An appointment is booked. First appointment Tuesday.",
    });
    expect(after.acknowledgedAt).not.toBeNull();
    expect(after.closedAt).not.toBeNull();
    expect(after.events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, "SUBMITTED"],
      ["SUBMITTED", "ACKNOWLEDGED"],
      ["ACKNOWLEDGED", "INFO_REQUESTED"],
      ["INFO_REQUESTED", "ACKNOWLEDGED"],
      ["ACKNOWLEDGED", "FORWARDED"],
      ["FORWARDED", "CLOSED"],
    ]);
    expect(after.events[3].message).toBe(ANSWER);
    const audits = await db().auditEvent.findMany({ where: { entityId: r.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual([
      "referral.acknowledge",
      "referral.requestInfo",
      "referral.answer",
      "referral.forward",
      "referral.close",
    ]);
    expect(JSON.stringify(audits)).not.toMatch(/CONFIDENTIAL|appointment/i);
    expect(audits.map((a) => a.actorId)).toEqual([
      p.users.supervisor,
      p.users.supervisor,
      p.users.coMentorA,
      p.users.supervisor,
      p.users.supervisor,
    ]);
    expect(audits[3].detail).toEqual({ from: "ACKNOWLEDGED", to: "FORWARDED", centreId: p.counselling.id });
    expect(after.events.slice(1).map((e) => e.actorId)).toEqual(audits.map((a) => a.actorId));
  });

  it("decline from SUBMITTED stamps both review and close times", async () => {
    const r = await makeReferral(db(), p);
    const res = await asUser(p.users.supervisor, () =>
      declineReferralAction(null, { referralId: r.id, message: "Not a matter for a support centre." }),
    );
    expect(res).toMatchObject({ ok: true, data: { status: "DECLINED" } });
    const after = await db().referral.findUniqueOrThrow({ where: { id: r.id } });
    expect(after.acknowledgedAt).not.toBeNull();
    expect(after.closedAt).not.toBeNull();
    expect(after.supervisorMessage).toBe("Not a matter for a support centre.");
  });

  it("a step the state machine refuses changes nothing", async () => {
    const r = await makeReferral(db(), p);
    const close = await asUser(p.users.supervisor, () =>
      closeReferralAction(null, { referralId: r.id, outcome: OUTCOME }),
    );
    expect(close).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be closed now/) });
    const answer = await asUser(p.users.mentorA, () =>
      answerReferralInfoAction(null, { referralId: r.id, message: ANSWER }),
    );
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be answered now/) });
    const done = await makeReferral(db(), p, { status: "CLOSED" });
    for (const action of [acknowledgeReferralAction, declineReferralAction] as const) {
      const res = await asUser(p.users.supervisor, () =>
        action(null, { referralId: done.id, message: "again please" }),
      );
      expect(res.ok).toBe(false);
    }
    expect((await db().referral.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUBMITTED");
    expect(await db().referralEvent.count({ where: { referralId: { in: [r.id, done.id] } } })).toBe(2);
  });

  it("invalid input is refused with field errors", async () => {
    const r = await makeReferral(db(), p);
    const cases = [
      () => requestReferralInfoAction(null, { referralId: r.id, message: "" }),
      () => forwardReferralAction(null, { referralId: r.id, centreId: "", how: "PIGEON" } as never),
      () => closeReferralAction(null, { referralId: r.id, outcome: "" }),
      () => declineReferralAction(null, { referralId: r.id, message: " " }),
      () => acknowledgeReferralAction(null, { referralId: "" }),
      () => answerReferralInfoAction(null, { referralId: r.id, message: "" }),
    ];
    for (const run of cases) {
      const res = await asUser(p.users.supervisor, run);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(Object.keys(res.fieldErrors ?? {}).length).toBeGreaterThan(0);
    }
    expect((await db().referral.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUBMITTED");
  });

  it("forwarding to a centre of another cohort is refused", async () => {
    const other = await createCohort(db());
    const foreign = await db().supportCentre.create({
      data: { cohortId: other.id, name: "Elsewhere", category: "PSYCHOLOGICAL" },
    });
    const r = await makeReferral(db(), p);
    const res = await asUser(p.users.supervisor, () =>
      forwardReferralAction(null, { referralId: r.id, centreId: foreign.id, how: "SUPERVISOR_CONTACTED" }),
    );
    expect(res).toMatchObject({ ok: false, fieldErrors: { centreId: [expect.any(String)] } });
  });

  const supervisorSteps = {
    acknowledge: (id: string) => acknowledgeReferralAction(null, { referralId: id }),
    requestInfo: (id: string) => requestReferralInfoAction(null, { referralId: id, message: "A question?" }),
    forward: (id: string) =>
      forwardReferralAction(null, { referralId: id, centreId: p.counselling.id, how: "SUPERVISOR_CONTACTED" }),
    decline: (id: string) => declineReferralAction(null, { referralId: id, message: "Declined for test" }),
  };
  for (const [step, run] of Object.entries(supervisorSteps)) {
    for (const who of ["mentorA", "coMentorA", "mentorB", "menteeA", "coordinator"] as const) {
      it(`${step}: refuses ${who}`, async () => {
        const r = await makeReferral(db(), p);
        const res = await asUser(p.users[who], () => run(r.id));
        expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
        expect((await db().referral.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUBMITTED");
      });
    }
  }
  for (const who of ["mentorA", "mentorB", "menteeA", "coordinator"] as const) {
    it(`close: refuses ${who}`, async () => {
      const r = await makeReferral(db(), p, { status: "FORWARDED" });
      const res = await asUser(p.users[who], () => closeReferralAction(null, { referralId: r.id, outcome: OUTCOME }));
      expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    });
  }
  for (const who of ["mentorB", "menteeA", "coordinator", "supervisor"] as const) {
    it(`answer: refuses ${who}`, async () => {
      const r = await makeReferral(db(), p, { status: "INFO_REQUESTED" });
      const res = await asUser(p.users[who], () =>
        answerReferralInfoAction(null, { referralId: r.id, message: ANSWER }),
      );
      expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
      expect((await db().referral.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("INFO_REQUESTED");
    });
  }
  it("an unknown referral id gets the same answer as a forbidden one", async () => {
    const res = await asUser(p.users.supervisor, () =>
      acknowledgeReferralAction(null, { referralId: "does-not-exist" }),
    );
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
  });
});
