import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { loadCohortActor } from "@/lib/auth/session";
import {
  acknowledgeAgreementAction,
  createPairAction,
  decideApplicationAction,
  deletePairAction,
  drawMenteesAction,
  moveMenteeAction,
  publishGroupsAction,
  recordTrainingAction,
  suggestGroupsAction,
  suggestPairsAction,
} from "@/lib/pairing/actions";
import { drawStratified } from "@/lib/pairing/rules/draw";
import { getGroupsBoard } from "@/lib/pairing/setup-queries";
import {
  assignMentee,
  createCohort,
  createMembership,
  createMentee,
  createMentor,
  createPair,
  createUser,
} from "../helpers/factories";
import { addLocalDays, localDate } from "@/lib/time";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;
const MODULES = ["Mentoring concepts", "Communication skills"];

async function world(data: { groupSize?: number; maxMenteesPerMentor?: number; trainingRequired?: boolean } = {}) {
  const cohort = await createCohort(prisma(), { status: "DRAFT", ...data });
  const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
  const supervisor = await createMembership(prisma(), cohort.id, "SUPERVISOR");
  const other = await createCohort(prisma());
  const otherCoordinator = await createMembership(prisma(), other.id, "COORDINATOR");
  const refused = [supervisor.userId, otherCoordinator.userId];
  return { cohort, coordinator, supervisor, otherCoordinator, refused };
}

async function trainedPair(cohortId: string) {
  const { pair, clinical, preclinical } = await createPair(prisma(), cohortId);
  const now = new Date();
  await prisma().trainingCompletion.createMany({
    data: [clinical, preclinical].flatMap((m) =>
      MODULES.map((module) => ({ membershipId: m.id, module, completedAt: now })),
    ),
  });
  return { pair, clinical, preclinical };
}

const PERMISSION = { ok: false, error: expect.stringMatching(/permission/) };

describe("decideApplicationAction", () => {
  it("accepts and declines (with a reason), audits the role change and tells the applicant", async () => {
    const { cohort, coordinator } = await world();
    const a = await createMentor(prisma(), cohort.id, "CLINICAL", { status: "APPLIED" });
    const b = await createMentor(prisma(), cohort.id, "PRECLINICAL", { status: "APPLIED" });
    expect(
      await asUser(coordinator.userId, () => decideApplicationAction(null, { membershipId: a.id, decision: "ACCEPT" })),
    ).toMatchObject({ ok: true });
    expect(
      await asUser(coordinator.userId, () =>
        decideApplicationAction(null, {
          membershipId: b.id,
          decision: "DECLINE",
          reason: "Not in good academic standing",
        }),
      ),
    ).toMatchObject({ ok: true });
    const [ma, mb] = await Promise.all(
      [a, b].map((m) => prisma().membership.findUniqueOrThrow({ where: { id: m.id } })),
    );
    expect(ma.status).toBe("ACTIVE");
    expect(mb).toMatchObject({ status: "DECLINED", decisionReason: "Not in good academic standing" });
    expect(await prisma().auditEvent.count({ where: { entityId: { in: [a.id, b.id] } } })).toBe(2);
    // each told in their own words (lib/emails kinds), through the outbox
    expect(
      await prisma().outbox.findMany({
        where: { kind: { startsWith: "mentor." } },
        select: { userId: true, kind: true },
      }),
    ).toEqual(
      expect.arrayContaining([
        { userId: a.userId, kind: "mentor.accepted" },
        { userId: b.userId, kind: "mentor.declined" },
      ]),
    );
    expect(await prisma().outbox.count({ where: { kind: { startsWith: "mentor." } } })).toBe(2);
    // decided once
    expect(
      await asUser(coordinator.userId, () =>
        decideApplicationAction(null, { membershipId: a.id, decision: "DECLINE", reason: "changed my mind" }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/already/) });
  });
  it("needs a reason to decline", async () => {
    const { cohort, coordinator } = await world();
    const a = await createMentor(prisma(), cohort.id, "CLINICAL", { status: "APPLIED" });
    expect(
      await asUser(coordinator.userId, () =>
        decideApplicationAction(null, { membershipId: a.id, decision: "DECLINE" }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(Array) } });
  });
  it("refuses the supervisor, a coordinator of another cohort and the applicant themself", async () => {
    const { cohort, refused } = await world();
    const a = await createMentor(prisma(), cohort.id, "CLINICAL", { status: "APPLIED" });
    for (const who of [...refused, a.userId])
      expect(
        await asUser(who, () => decideApplicationAction(null, { membershipId: a.id, decision: "ACCEPT" })),
      ).toMatchObject(PERMISSION);
  });
});

describe("recordTrainingAction and the training gate", () => {
  it("records a module idempotently and marks mentors trained when every module is done", async () => {
    const { cohort, coordinator } = await world();
    const m = await createMentor(prisma(), cohort.id, "CLINICAL");
    for (const mod of [...MODULES, MODULES[0]]) {
      expect(
        await asUser(coordinator.userId, () =>
          recordTrainingAction(null, { cohortId: cohort.id, module: mod, membershipIds: [m.id] }),
        ),
      ).toMatchObject({ ok: true });
    }
    expect(await prisma().trainingCompletion.count({ where: { membershipId: m.id } })).toBe(2);
    expect((await prisma().membership.findUniqueOrThrow({ where: { id: m.id } })).trainingCompletedAt).not.toBeNull();
  });
  it("refuses an unknown module, a mentee, nobody ticked, and other roles", async () => {
    const { cohort, coordinator, refused } = await world();
    const m = await createMentor(prisma(), cohort.id, "CLINICAL");
    const mentee = await createMentee(prisma(), cohort.id);
    expect(
      await asUser(coordinator.userId, () =>
        recordTrainingAction(null, { cohortId: cohort.id, module: "Juggling", membershipIds: [m.id] }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { module: expect.any(Array) } });
    expect(
      await asUser(coordinator.userId, () =>
        recordTrainingAction(null, { cohortId: cohort.id, module: MODULES[0], membershipIds: [mentee.id] }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { membershipIds: expect.any(Array) } });
    expect(
      await asUser(coordinator.userId, () =>
        recordTrainingAction(null, { cohortId: cohort.id, module: MODULES[0], membershipIds: [] }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { membershipIds: expect.any(Array) } });
    for (const who of refused)
      expect(
        await asUser(who, () =>
          recordTrainingAction(null, { cohortId: cohort.id, module: MODULES[0], membershipIds: [m.id] }),
        ),
      ).toMatchObject(PERMISSION);
  });
  it("records training for every ticked mentor with the date given (the cohort's zone), never a future one", async () => {
    const { cohort, coordinator } = await world();
    await prisma().cohort.update({ where: { id: cohort.id }, data: { timeZone: "Asia/Tehran" } });
    const a = await createMentor(prisma(), cohort.id, "CLINICAL");
    const b = await createMentor(prisma(), cohort.id, "PRECLINICAL");
    const record = (completedOn: string, mod = MODULES[0]) =>
      asUser(coordinator.userId, () =>
        recordTrainingAction(null, { cohortId: cohort.id, module: mod, membershipIds: [a.id, b.id], completedOn }),
      );
    const today = localDate(new Date(), "Asia/Tehran");
    const tomorrow = addLocalDays(today, 1);
    // bad dates: the error is next to the date field, nothing is written
    for (const [day, text] of [
      [tomorrow, "The training date cannot be in the future."],
      ["2026-02-30", "Enter a date such as 2026-09-14."],
      ["", "Enter the date of the training."],
    ] as const)
      expect(await record(day)).toMatchObject({ ok: false, fieldErrors: { completedOn: [text] } });
    expect(await prisma().trainingCompletion.count({ where: { membershipId: { in: [a.id, b.id] } } })).toBe(0);
    // an earlier day: both mentors, stored on that day in the cohort's zone, in the audit entry too
    const earlier = addLocalDays(today, -9);
    expect(await record(earlier)).toMatchObject({ ok: true, data: { recorded: 2, completedOn: earlier } });
    const rows = await prisma().trainingCompletion.findMany({
      where: { membershipId: { in: [a.id, b.id] } },
      select: { completedAt: true, recordedById: true },
    });
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(localDate(r.completedAt, "Asia/Tehran")).toBe(earlier);
      expect(r.recordedById).toBe(coordinator.userId);
    }
    expect(
      await prisma().auditEvent.findFirst({
        where: { action: "training.recorded", cohortId: cohort.id },
        select: { detail: true },
      }),
    ).toMatchObject({ detail: { mentors: 2, completedOn: earlier } });
    // the last module on another day: trained as of that day
    expect(await record(addLocalDays(today, -2), MODULES[1])).toMatchObject({ ok: true });
    const trained = await prisma().membership.findUniqueOrThrow({ where: { id: a.id } });
    expect(localDate(trained.trainingCompletedAt!, "Asia/Tehran")).toBe(addLocalDays(today, -2));
  });
  it("keeps untrained mentors' groups empty unless the cohort waives training", async () => {
    const { cohort, coordinator } = await world();
    const { pair } = await createPair(prisma(), cohort.id);
    const mentee = await createMentee(prisma(), cohort.id);
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: mentee.id, pairId: pair.id })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/training/) });
    expect(await asUser(coordinator.userId, () => suggestGroupsAction(null, { cohortId: cohort.id }))).toMatchObject({
      ok: true,
      data: { placed: 0, left: 1 },
    });
    await prisma().cohort.update({ where: { id: cohort.id }, data: { trainingRequired: false } });
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: mentee.id, pairId: pair.id })),
    ).toMatchObject({ ok: true });
  });
});

describe("createPairAction, suggestPairsAction, deletePairAction", () => {
  it("forms a clinical + preclinical pair; a mentor is in one pair only; phases are enforced", async () => {
    const { cohort, coordinator } = await world();
    const c = await createMentor(prisma(), cohort.id, "CLINICAL");
    const p = await createMentor(prisma(), cohort.id, "PRECLINICAL");
    const p2 = await createMentor(prisma(), cohort.id, "PRECLINICAL");
    expect(
      await asUser(coordinator.userId, () =>
        createPairAction(null, { cohortId: cohort.id, clinicalMentorId: c.id, preclinicalMentorId: p.id }),
      ),
    ).toMatchObject({ ok: true, data: { label: "Group 1" } });
    expect(
      await asUser(coordinator.userId, () =>
        createPairAction(null, { cohortId: cohort.id, clinicalMentorId: c.id, preclinicalMentorId: p2.id }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/already in a pair/) });
    expect(
      await asUser(coordinator.userId, () =>
        createPairAction(null, { cohortId: cohort.id, clinicalMentorId: p2.id, preclinicalMentorId: p.id }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/clinical phase/) });
  });
  it("refuses mentors of another cohort and applicants", async () => {
    const { cohort, coordinator, otherCoordinator } = await world();
    const c = await createMentor(prisma(), cohort.id, "CLINICAL");
    const foreign = await createMentor(prisma(), otherCoordinator.cohortId, "PRECLINICAL");
    const applicant = await createMentor(prisma(), cohort.id, "PRECLINICAL", { status: "APPLIED" });
    expect(
      await asUser(coordinator.userId, () =>
        createPairAction(null, { cohortId: cohort.id, clinicalMentorId: c.id, preclinicalMentorId: foreign.id }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/Choose one clinical/) });
    expect(
      await asUser(coordinator.userId, () =>
        createPairAction(null, { cohortId: cohort.id, clinicalMentorId: c.id, preclinicalMentorId: applicant.id }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/accepted/) });
    expect(
      await asUser(coordinator.userId, () =>
        createPairAction(null, { cohortId: cohort.id, clinicalMentorId: "", preclinicalMentorId: "" }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { clinicalMentorId: expect.any(Array) } });
  });
  it("suggests pairs for every unpaired mentor, then dissolves one", async () => {
    const { cohort, coordinator, refused } = await world();
    for (let i = 0; i < 3; i++) {
      await createMentor(prisma(), cohort.id, "CLINICAL");
      await createMentor(prisma(), cohort.id, "PRECLINICAL");
    }
    for (const who of refused)
      expect(await asUser(who, () => suggestPairsAction(null, { cohortId: cohort.id, mixGender: "on" }))).toMatchObject(
        PERMISSION,
      );
    expect(
      await asUser(coordinator.userId, () =>
        suggestPairsAction(null, { cohortId: cohort.id, mixGender: "on", shareLanguage: "on" }),
      ),
    ).toMatchObject({ ok: true, data: { created: 3 } });
    const pairs = await prisma().mentorPair.findMany({ where: { cohortId: cohort.id }, orderBy: { label: "asc" } });
    expect(pairs.map((p) => p.label)).toEqual(["Group 1", "Group 2", "Group 3"]);
    for (const who of refused)
      expect(await asUser(who, () => deletePairAction(null, { pairId: pairs[0].id }))).toMatchObject(PERMISSION);
    expect(await asUser(coordinator.userId, () => deletePairAction(null, { pairId: pairs[0].id }))).toMatchObject({
      ok: true,
    });
    expect(await prisma().mentorPair.count({ where: { cohortId: cohort.id } })).toBe(2);
    expect(await asUser(coordinator.userId, () => deletePairAction(null, { pairId: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { pairId: expect.any(Array) },
    });
  });
  it("refuses the supervisor and a coordinator of another cohort to form pairs", async () => {
    const { cohort, refused } = await world();
    const c = await createMentor(prisma(), cohort.id, "CLINICAL");
    const p = await createMentor(prisma(), cohort.id, "PRECLINICAL");
    for (const who of refused)
      expect(
        await asUser(who, () =>
          createPairAction(null, { cohortId: cohort.id, clinicalMentorId: c.id, preclinicalMentorId: p.id }),
        ),
      ).toMatchObject(PERMISSION);
  });
});

describe("drawMenteesAction", () => {
  it("draws N first-years once, reproducibly from the audited seed", async () => {
    const { cohort, coordinator, refused } = await world();
    const pool: { id: string }[] = [];
    for (let i = 0; i < 20; i++) {
      const u = await createUser(prisma(), { email: `draw-${String(i).padStart(2, "0")}@uni.test` });
      pool.push(await createMentee(prisma(), cohort.id, { userId: u.id, status: "CANDIDATE" }));
    }
    for (const who of refused)
      expect(await asUser(who, () => drawMenteesAction(null, { cohortId: cohort.id, count: 6 }))).toMatchObject(
        PERMISSION,
      );
    expect(
      await asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, count: 0 })),
    ).toMatchObject({ ok: false, fieldErrors: { count: expect.any(Array) } });
    expect(
      await asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, count: 21 })),
    ).toMatchObject({ ok: false, fieldErrors: { count: [expect.stringMatching(/Only 20/)] } });
    const r = await asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, count: 6 }));
    expect(r).toMatchObject({ ok: true, data: { drawn: 6 } });
    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { cohortId: cohort.id, action: "mentees.drawn" },
    });
    const seed = (event.detail as { seed: string }).seed;
    expect((await prisma().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).menteeDrawSeed).toBe(seed);
    const active = await prisma().membership.findMany({
      where: { cohortId: cohort.id, role: "MENTEE", status: "ACTIVE" },
      select: { id: true },
    });
    // repeat the draw from the seed: same mentees
    expect(active.map((a) => a.id).sort()).toEqual(
      drawStratified(
        pool.map((p) => ({ id: p.id, gender: "UNDISCLOSED" as const })),
        { total: 6 },
        seed,
      )
        .map((p) => p.id)
        .sort(),
    );
    expect(
      await asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, count: 6 })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/already drawn/) });
  });
});

describe("suggestGroupsAction, moveMenteeAction and the group rules", () => {
  it("suggests balanced groups within the group size", async () => {
    const { cohort, coordinator, refused } = await world({ groupSize: 3, maxMenteesPerMentor: 3 });
    await trainedPair(cohort.id);
    await trainedPair(cohort.id);
    for (let i = 0; i < 7; i++) {
      const u = await createUser(prisma(), { gender: i % 2 ? "MALE" : "FEMALE" });
      await createMentee(prisma(), cohort.id, { userId: u.id });
    }
    for (const who of refused)
      expect(await asUser(who, () => suggestGroupsAction(null, { cohortId: cohort.id }))).toMatchObject(PERMISSION);
    expect(
      await asUser(coordinator.userId, () =>
        suggestGroupsAction(null, { cohortId: cohort.id, weightLanguage: "9" } as never),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { weightLanguage: expect.any(Array) } });
    expect(await asUser(coordinator.userId, () => suggestGroupsAction(null, { cohortId: cohort.id }))).toMatchObject({
      ok: true,
      data: { placed: 6, left: 1 },
    });
    const counts = await prisma().menteeAssignment.groupBy({
      by: ["pairId"],
      where: { cohortId: cohort.id },
      _count: { _all: true },
    });
    expect(counts.map((c) => c._count._all)).toEqual([3, 3]);
    const actor = (await loadCohortActor(coordinator.userId, cohort.id))!;
    const board = await getGroupsBoard(actor);
    expect(board?.balance.rows.map((r) => r.size)).toEqual([3, 3]);
    expect(board?.unassigned).toHaveLength(1);
  });

  it("never exceeds the group size, never lets anyone mentor themselves, warns before the per-mentor limit", async () => {
    const { cohort, coordinator, refused } = await world({ groupSize: 3, maxMenteesPerMentor: 2 });
    const { pair, clinical } = await trainedPair(cohort.id);
    const ms: { id: string; userId: string }[] = [];
    for (let i = 0; i < 4; i++) ms.push(await createMentee(prisma(), cohort.id));
    for (const who of refused)
      expect(await asUser(who, () => moveMenteeAction(null, { menteeId: ms[0].id, pairId: pair.id }))).toMatchObject(
        PERMISSION,
      );
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: ms[0].id, pairId: pair.id })),
    ).toMatchObject({ ok: true });
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: ms[1].id, pairId: pair.id })),
    ).toMatchObject({ ok: true });
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: ms[2].id, pairId: pair.id })),
    ).toMatchObject({ ok: false, fieldErrors: { confirmOverLimit: [expect.stringMatching(/limit of 2/)] } });
    expect(
      await asUser(coordinator.userId, () =>
        moveMenteeAction(null, { menteeId: ms[2].id, pairId: pair.id, confirmOverLimit: "on" }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await asUser(coordinator.userId, () =>
        moveMenteeAction(null, { menteeId: ms[3].id, pairId: pair.id, confirmOverLimit: "on" }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/full/) });
    // the database refuses a fourth mentee even without the action
    await expect(assignMentee(prisma(), pair, ms[3].id)).rejects.toThrow(/group_full/);
    // self-mentoring: the clinical mentor is also a mentee of this cohort
    const { pair: pair2 } = await trainedPair(cohort.id);
    await prisma().mentorPair.delete({ where: { id: pair2.id } });
    const self = await createMentee(prisma(), cohort.id, { userId: clinical.userId });
    await prisma().menteeAssignment.deleteMany({ where: { menteeId: ms[0].id } });
    expect(
      await asUser(coordinator.userId, () =>
        moveMenteeAction(null, { menteeId: self.id, pairId: pair.id, confirmOverLimit: "on" }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/mentor themselves/) });
    await expect(assignMentee(prisma(), pair, self.id)).rejects.toThrow(/self_mentoring/);
    // take out of the group
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: ms[1].id, pairId: "" })),
    ).toMatchObject({ ok: true, data: { to: null } });
  });

  it("refuses candidates who were not drawn", async () => {
    const { cohort, coordinator } = await world();
    const { pair } = await trainedPair(cohort.id);
    const candidate = await createMentee(prisma(), cohort.id, { status: "CANDIDATE" });
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: candidate.id, pairId: pair.id })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/selected/) });
  });
});

describe("publishGroupsAction, changes after publishing and the agreement", () => {
  it("publishes (notifying everyone), makes the group visible, audits and announces later changes", async () => {
    const { cohort, coordinator, refused } = await world();
    const { pair, clinical, preclinical } = await trainedPair(cohort.id);
    const [a, b] = [await createMentee(prisma(), cohort.id), await createMentee(prisma(), cohort.id)];
    await assignMentee(prisma(), pair, a.id);
    expect((await loadCohortActor(a.userId, cohort.id))?.menteePairId).toBeNull();
    for (const who of [...refused, clinical.userId])
      expect(await asUser(who, () => publishGroupsAction(null, { cohortId: cohort.id }))).toMatchObject(PERMISSION);
    expect(await asUser(coordinator.userId, () => publishGroupsAction(null, { cohortId: cohort.id }))).toMatchObject({
      ok: true,
      data: { notified: 3 },
    });
    expect(
      await prisma().outbox.count({
        where: { kind: "groups.published.mentor", userId: { in: [clinical.userId, preclinical.userId] } },
      }),
    ).toBe(2);
    expect(
      await prisma().outbox.findFirst({ where: { kind: "groups.published.mentee", userId: a.userId } }),
    ).toMatchObject({
      subject: expect.stringMatching(/Meet your two mentors/),
      body: expect.stringMatching(/^Hello /),
    });
    expect((await loadCohortActor(a.userId, cohort.id))?.menteePairId).toBe(pair.id);
    expect(await asUser(coordinator.userId, () => publishGroupsAction(null, { cohortId: cohort.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already published/),
    });

    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: b.id, pairId: pair.id })),
    ).toMatchObject({ ok: true });
    expect(await prisma().auditEvent.count({ where: { action: "group.mentee_moved", entityId: b.id } })).toBe(1);
    expect(
      await prisma().outbox.count({
        where: { kind: "group.moved", userId: { in: [b.userId, clinical.userId, preclinical.userId] } },
      }),
    ).toBe(3);

    // the agreement: own pair only, once
    expect(
      await asUser(a.userId, () => acknowledgeAgreementAction(null, { pairId: pair.id, role: "MENTEE" })),
    ).toMatchObject({ ok: true });
    expect(
      await asUser(a.userId, () => acknowledgeAgreementAction(null, { pairId: pair.id, role: "MENTEE" })),
    ).toMatchObject({ ok: true });
    expect(
      await asUser(a.userId, () => acknowledgeAgreementAction(null, { pairId: pair.id, role: "MENTOR" })),
    ).toMatchObject(PERMISSION);
    expect(
      await asUser(clinical.userId, () => acknowledgeAgreementAction(null, { pairId: pair.id, role: "MENTOR" })),
    ).toMatchObject({ ok: true });
    expect(await prisma().agreementAcknowledgement.count({ where: { pairId: pair.id } })).toBe(2);
    const { pair: otherPair } = await trainedPair(cohort.id);
    expect(
      await asUser(a.userId, () => acknowledgeAgreementAction(null, { pairId: otherPair.id, role: "MENTEE" })),
    ).toMatchObject(PERMISSION);
    expect(
      await asUser(a.userId, () => acknowledgeAgreementAction(null, { pairId: pair.id, role: "COORDINATOR" } as never)),
    ).toMatchObject({ ok: false, fieldErrors: { role: expect.any(Array) } });
    const board = await getGroupsBoard((await loadCohortActor(coordinator.userId, cohort.id))!);
    expect(board?.groups.find((g) => g.id === pair.id)?.notAcknowledged).toHaveLength(2); // the preclinical mentor and mentee b
  });

  it("refuses to publish with no groups", async () => {
    const { cohort, coordinator } = await world();
    expect(await asUser(coordinator.userId, () => publishGroupsAction(null, { cohortId: cohort.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Form pairs/),
    });
    expect(await asUser(coordinator.userId, () => publishGroupsAction(null, { cohortId: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { cohortId: expect.any(Array) },
    });
  });

  it("refuses every setup action on a closed cohort", async () => {
    const { cohort, coordinator } = await world();
    const { pair } = await trainedPair(cohort.id);
    const m = await createMentee(prisma(), cohort.id);
    await prisma().cohort.update({ where: { id: cohort.id }, data: { status: "CLOSED" } });
    const results = await Promise.all([
      asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: m.id, pairId: pair.id })),
      asUser(coordinator.userId, () => suggestGroupsAction(null, { cohortId: cohort.id })),
      asUser(coordinator.userId, () => deletePairAction(null, { pairId: pair.id })),
      asUser(coordinator.userId, () => publishGroupsAction(null, { cohortId: cohort.id })),
    ]);
    for (const r of results) expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/read-only/) });
  });
});
