/**
 * Issue 16, item 8: a coordinator asks, the supervisor confirms, and the person is anonymised
 * (names, emails, free text replaced; records and counts kept) or deleted where no record must be
 * kept; the school's retention rule does the same for old closed cohorts; all audited.
 */
import { describe, expect, it } from "vitest";
import { startAuthSession, checkAuthSession } from "@/lib/auth/sessions";
import { asUser } from "@/lib/auth/test-context";
import { decideErasureAction, requestErasureAction, setRetentionAction } from "@/lib/data-rights/actions";
import { runRetention } from "@/lib/data-rights/retention";
import { ANONYMISED_TEXT } from "@/lib/data-rights/rules";
import { createCohort, createContactLog, createGroup, createMembership } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;

async function world() {
  const cohort = await createCohort(prisma(), { status: "ACTIVE" });
  const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
  const supervisor = await createMembership(prisma(), cohort.id, "SUPERVISOR");
  const { pair, mentees } = await createGroup(prisma(), cohort.id, 2);
  const mentee = mentees[0];
  await prisma().user.update({ where: { id: mentee.userId }, data: { name: "Amina Hosseini", phone: "+49 30 1234" } });
  await createContactLog(prisma(), pair, { menteeId: mentee.id, note: "Talked about exam stress and family" });
  await prisma().referral.create({
    data: {
      cohortId: cohort.id,
      pairId: pair.id,
      menteeId: mentee.id,
      referredById: pair.clinicalMentorId,
      category: "PSYCHOLOGICAL",
      urgency: "SOON",
      reason: "Panic attacks before exams",
      menteeInformed: true,
      menteeConsented: true,
      supervisorMessage: "Forwarded to counselling",
    },
  });
  return { cohort, coordinator, supervisor, pair, mentee };
}

describe("anonymising a person: requested by a coordinator, confirmed by the supervisor", () => {
  it("replaces identity and free text, keeps the records and counts, ends sessions, audits both steps", async () => {
    const { coordinator, supervisor, mentee } = await world();
    const session = await startAuthSession({ userId: mentee.userId, method: "password" });
    const contactsBefore = await prisma().contactLog.count();
    const req = await asUser(coordinator.userId, () =>
      requestErasureAction(null, {
        membershipId: mentee.id,
        kind: "ANONYMISE",
        reason: "The student asked on 3 March",
      }),
    );
    expect(req).toMatchObject({ ok: true });
    if (!req.ok) return;
    // Nothing changes until the supervisor confirms.
    expect((await prisma().user.findUniqueOrThrow({ where: { id: mentee.userId } })).name).toBe("Amina Hosseini");
    // The coordinator cannot confirm their own request.
    expect(
      await asUser(coordinator.userId, () =>
        decideErasureAction(null, { requestId: req.data.id, decision: "confirm" }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });

    const done = await asUser(supervisor.userId, () =>
      decideErasureAction(null, { requestId: req.data.id, decision: "confirm" }),
    );
    expect(done).toMatchObject({ ok: true, data: { done: "ANONYMISE" } });
    const user = await prisma().user.findUniqueOrThrow({ where: { id: mentee.userId } });
    expect(user).toMatchObject({ phone: null, anonymisedAt: expect.any(Date) });
    expect(user.name).toMatch(/^Former participant /);
    expect(user.email).toMatch(/^anonymised-.*@invalid$/);
    expect(await prisma().contactLog.count()).toBe(contactsBefore);
    const contact = await prisma().contactLog.findFirstOrThrow({ where: { menteeId: mentee.id } });
    expect(contact.note).toBeNull();
    const referral = await prisma().referral.findFirstOrThrow({ where: { menteeId: mentee.id } });
    expect(referral).toMatchObject({ reason: ANONYMISED_TEXT, supervisorMessage: null, category: "PSYCHOLOGICAL" });
    expect(await checkAuthSession(session.token)).toBeNull();
    const audits = await prisma().auditEvent.findMany({
      where: { action: { startsWith: "data_rights." } },
      select: { action: true },
    });
    expect(audits.map((a) => a.action).sort()).toEqual(["data_rights.confirmed", "data_rights.requested"]);
    expect(await prisma().auditEvent.count({ where: { action: "person.anonymised", entityId: mentee.userId } })).toBe(
      1,
    );
    // Decided once only.
    expect(
      await asUser(supervisor.userId, () => decideErasureAction(null, { requestId: req.data.id, decision: "confirm" })),
    ).toMatchObject({ ok: false, error: "This request was already decided." });
  });

  it("a mentor's hours adjustments keep their minutes and lose their reason", async () => {
    const { cohort, coordinator, supervisor, pair } = await world();
    await prisma().hoursAdjustment.create({
      data: {
        cohortId: cohort.id,
        membershipId: pair.clinicalMentorId,
        minutes: 90,
        reason: "Stood in for Sara Ahmadi at the open day",
        createdById: coordinator.userId,
      },
    });
    const req = await asUser(coordinator.userId, () =>
      requestErasureAction(null, { membershipId: pair.clinicalMentorId, kind: "ANONYMISE", reason: "Asked by email" }),
    );
    expect(req).toMatchObject({ ok: true });
    if (!req.ok) return;
    expect(
      await asUser(supervisor.userId, () => decideErasureAction(null, { requestId: req.data.id, decision: "confirm" })),
    ).toMatchObject({ ok: true, data: { done: "ANONYMISE" } });
    const adjustment = await prisma().hoursAdjustment.findFirstOrThrow({
      where: { membershipId: pair.clinicalMentorId },
    });
    expect(adjustment).toMatchObject({ minutes: 90, reason: ANONYMISED_TEXT });
  });

  it("refuses the supervisor as requester, a coordinator of another cohort, and people also elsewhere", async () => {
    const { supervisor, mentee, cohort } = await world();
    const input = { membershipId: mentee.id, kind: "ANONYMISE" as const, reason: "Asked by the student" };
    expect(await asUser(supervisor.userId, () => requestErasureAction(null, input))).toMatchObject({ ok: false });
    const other = await createCohort(prisma());
    const otherCoordinator = await createMembership(prisma(), other.id, "COORDINATOR");
    expect(await asUser(otherCoordinator.userId, () => requestErasureAction(null, input))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/permission/),
    });
    // The mentee also takes part in a cohort this coordinator does not run.
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    await createMembership(prisma(), other.id, "MENTOR", { userId: mentee.userId, phase: "CLINICAL" });
    expect(await asUser(coordinator.userId, () => requestErasureAction(null, input))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cohort you do not coordinate/),
    });
  });
});

describe("deleting a person", () => {
  it("is refused while programme records exist; an imported candidate with none is deleted, the request kept", async () => {
    const { cohort, coordinator, supervisor, mentee } = await world();
    expect(
      await asUser(coordinator.userId, () =>
        requestErasureAction(null, { membershipId: mentee.id, kind: "DELETE", reason: "Asked to be forgotten" }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { kind: [expect.stringMatching(/anonymise them instead/)] } });

    const candidate = await createMembership(prisma(), cohort.id, "MENTEE", { status: "CANDIDATE" });
    const req = await asUser(coordinator.userId, () =>
      requestErasureAction(null, { membershipId: candidate.id, kind: "DELETE", reason: "Not in the programme" }),
    );
    expect(req.ok).toBe(true);
    if (!req.ok) return;
    expect(
      await asUser(supervisor.userId, () => decideErasureAction(null, { requestId: req.data.id, decision: "confirm" })),
    ).toMatchObject({ ok: true, data: { done: "DELETE" } });
    expect(await prisma().user.findUnique({ where: { id: candidate.userId } })).toBeNull();
    expect(await prisma().dataRightsRequest.findUniqueOrThrow({ where: { id: req.data.id } })).toMatchObject({
      status: "DONE",
      subjectUserId: null,
    });
  });
});

describe("retention", () => {
  it("closed cohorts older than the school's period are anonymised by the job, once, audited", async () => {
    const { cohort, coordinator, mentee } = await world();
    expect(await asUser(mentee.userId, () => setRetentionAction(null, { years: "2" }))).toMatchObject({ ok: false });
    expect(await asUser(coordinator.userId, () => setRetentionAction(null, { years: "0" }))).toMatchObject({
      ok: false,
      fieldErrors: { years: expect.any(Array) },
    });
    expect(await asUser(coordinator.userId, () => setRetentionAction(null, { years: "2" }))).toMatchObject({
      ok: true,
    });

    const old = await createCohort(prisma(), {
      status: "CLOSED",
      startsOn: new Date("2022-09-01"),
      endsOn: new Date("2023-06-30"),
    });
    const { pair, mentees } = await createGroup(prisma(), old.id, 1);
    await createContactLog(prisma(), pair, { menteeId: mentees[0].id, note: "old private note" });
    // The old cohort's clinical mentor now coordinates the active cohort: kept, but their old notes go.
    const clinical = await prisma().membership.findUniqueOrThrow({ where: { id: pair.clinicalMentorId } });
    await createMembership(prisma(), cohort.id, "COORDINATOR", { userId: clinical.userId });

    const now = new Date("2026-12-01T03:00:00Z");
    expect(await runRetention(prisma(), now)).toEqual({ cohorts: 1, people: 2 }); // the old mentee and preclinical mentor
    expect((await prisma().cohort.findUniqueOrThrow({ where: { id: old.id } })).anonymisedAt).not.toBeNull();
    expect((await prisma().user.findUniqueOrThrow({ where: { id: mentees[0].userId } })).anonymisedAt).not.toBeNull();
    expect((await prisma().user.findUniqueOrThrow({ where: { id: clinical.userId } })).anonymisedAt).toBeNull();
    expect((await prisma().contactLog.findFirstOrThrow({ where: { cohortId: old.id } })).note).toBeNull();
    expect(await prisma().contactLog.count({ where: { cohortId: old.id } })).toBe(1);
    expect(
      await prisma().auditEvent.count({ where: { action: "retention.cohort_anonymised", entityId: old.id } }),
    ).toBe(1);
    // The active cohort is untouched, and a second run does nothing.
    expect((await prisma().user.findUniqueOrThrow({ where: { id: mentee.userId } })).anonymisedAt).toBeNull();
    expect(await runRetention(prisma(), now)).toEqual({ cohorts: 0, people: 0 });
  });
});
