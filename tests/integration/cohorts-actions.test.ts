import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import {
  changeCohortStatusAction,
  createCohortAction,
  rollOverCohortAction,
  updateCohortAction,
} from "@/lib/cohorts/actions";
import {
  assignMentee,
  createCohort,
  createMembership,
  createMentee,
  createPair,
  createUser,
} from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;

/** A draft cohort with its coordinator, plus people who must be refused. */
async function world() {
  const cohort = await createCohort(prisma(), { status: "DRAFT", timeZone: "Europe/Berlin" });
  const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
  const supervisor = await createMembership(prisma(), cohort.id, "SUPERVISOR");
  const mentee = await createMentee(prisma(), cohort.id);
  const other = await createCohort(prisma());
  const otherCoordinator = await createMembership(prisma(), other.id, "COORDINATOR");
  return { cohort, coordinator, supervisor, mentee, otherCoordinator };
}

const settings = {
  name: "Mentoring 2027-2028",
  academicYear: "2027-2028",
  startsOn: "2027-09-06",
  endsOn: "2028-06-30",
  timeZone: "Asia/Tehran",
  groupSize: "6",
  maxMenteesPerMentor: "6",
  firstIntervalDays: "7",
  lastIntervalDays: "21",
  pausedPeriods: "Exam block, 2028-01-17, 2028-01-28",
  trainingModules: "Mentoring concepts\nCommunication skills",
  selectionCriteria: "Good standing",
  agreementText: "",
};

describe("createCohortAction", () => {
  it("creates a draft cohort with its paused periods; the creator coordinates it", async () => {
    const { coordinator } = await world();
    const r = await asUser(coordinator.userId, () => createCohortAction(null, settings));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = await prisma().cohort.findUniqueOrThrow({
      where: { id: r.data.cohortId },
      include: { pausedPeriods: true, memberships: true },
    });
    expect(c).toMatchObject({
      status: "DRAFT",
      timeZone: "Asia/Tehran",
      groupSize: 6,
      trainingRequired: true,
      selectionCriteria: ["Good standing"],
    });
    expect(c.pausedPeriods).toHaveLength(1);
    expect(c.memberships).toEqual([expect.objectContaining({ userId: coordinator.userId, role: "COORDINATOR" })]);
  });
  it("refuses invalid input field by field", async () => {
    const { coordinator } = await world();
    const r = await asUser(coordinator.userId, () =>
      createCohortAction(null, { ...settings, timeZone: "Nowhere/Else", endsOn: "2026-01-01" }),
    );
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { timeZone: [expect.any(String)], endsOn: [expect.any(String)] },
    });
  });
  it("refuses people who coordinate nothing (a mentee, a supervisor) and anonymous callers", async () => {
    const { mentee, supervisor } = await world();
    const before = await prisma().cohort.count();
    for (const who of [mentee.userId, supervisor.userId, (await createUser(prisma())).id]) {
      expect(await asUser(who, () => createCohortAction(null, settings))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission/),
      });
    }
    expect(await asUser(null, () => createCohortAction(null, settings))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/sign in/),
    });
    expect(await prisma().cohort.count()).toBe(before);
  });
});

describe("updateCohortAction", () => {
  it("saves the settings and audits a waived training gate", async () => {
    const { cohort, coordinator } = await world();
    const r = await asUser(coordinator.userId, () =>
      updateCohortAction(null, { ...settings, cohortId: cohort.id, waiveTraining: "on", groupSize: "5" }),
    );
    expect(r.ok).toBe(true);
    expect(r.revalidated).toContain(`/coordinator/cohorts/${cohort.id}`);
    const c = await prisma().cohort.findUniqueOrThrow({ where: { id: cohort.id } });
    expect(c).toMatchObject({ trainingRequired: false, groupSize: 5, timeZone: "Asia/Tehran" });
    expect(
      await prisma().auditEvent.count({ where: { cohortId: cohort.id, action: "cohort.training_gate_waived" } }),
    ).toBe(1);
  });
  it("refuses a group size below a group's current size", async () => {
    const { cohort, coordinator } = await world();
    const { pair } = await createPair(prisma(), cohort.id);
    for (let i = 0; i < 3; i++) await assignMentee(prisma(), pair, (await createMentee(prisma(), cohort.id)).id);
    const r = await asUser(coordinator.userId, () =>
      updateCohortAction(null, { ...settings, cohortId: cohort.id, groupSize: "2" }),
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { groupSize: [expect.stringMatching(/3 mentees/)] } });
  });
  it("refuses invalid input", async () => {
    const { cohort, coordinator } = await world();
    expect(
      await asUser(coordinator.userId, () =>
        updateCohortAction(null, { ...settings, cohortId: cohort.id, groupSize: "99" }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { groupSize: expect.any(Array) } });
  });
  it("refuses a coordinator of ANOTHER cohort, the supervisor and a mentee; nothing changes", async () => {
    const { cohort, supervisor, mentee, otherCoordinator } = await world();
    for (const who of [otherCoordinator.userId, supervisor.userId, mentee.userId]) {
      expect(await asUser(who, () => updateCohortAction(null, { ...settings, cohortId: cohort.id }))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission/),
      });
    }
    expect((await prisma().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).timeZone).toBe("Europe/Berlin");
  });
  it("refuses every change to a closed cohort", async () => {
    const { cohort, coordinator } = await world();
    await prisma().cohort.update({ where: { id: cohort.id }, data: { status: "CLOSED" } });
    expect(
      await asUser(coordinator.userId, () => updateCohortAction(null, { ...settings, cohortId: cohort.id })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/read-only/) });
  });
});

describe("rollOverCohortAction", () => {
  it("copies settings, moved paused periods, curated templates, support centres and coordinators, not people", async () => {
    const { cohort, coordinator } = await world();
    await prisma().cohort.update({
      where: { id: cohort.id },
      data: { startsOn: new Date("2026-09-07"), groupSize: 5, selectionCriteria: ["Good standing"] },
    });
    await prisma().pausedPeriod.create({
      data: { cohortId: cohort.id, label: "Exams", startsOn: new Date("2027-01-18"), endsOn: new Date("2027-01-29") },
    });
    await prisma().emailTemplate.create({
      data: { cohortId: cohort.id, category: "STUDY_METHODS", title: "Study", subject: "s", body: "b" },
    });
    const mentor = await createMembership(prisma(), cohort.id, "MENTOR", { phase: "CLINICAL" });
    await prisma().emailTemplate.create({
      data: {
        cohortId: cohort.id,
        ownerId: mentor.id,
        category: "STUDY_METHODS",
        title: "Own",
        subject: "s",
        body: "b",
      },
    });
    await prisma().supportCentre.create({
      data: { cohortId: cohort.id, name: "Counselling centre", category: "PSYCHOLOGICAL" },
    });
    const r = await asUser(coordinator.userId, () =>
      rollOverCohortAction(null, {
        cohortId: cohort.id,
        name: "Next",
        academicYear: "2027-2028",
        startsOn: "2027-09-06",
        endsOn: "2028-06-30",
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const next = await prisma().cohort.findUniqueOrThrow({
      where: { id: r.data.cohortId },
      include: { pausedPeriods: true, templates: true, supportCentres: true, memberships: true },
    });
    expect(next).toMatchObject({
      status: "DRAFT",
      groupSize: 5,
      rolledOverFromId: cohort.id,
      selectionCriteria: ["Good standing"],
      menteeDrawSeed: null,
      groupsPublishedAt: null,
    });
    expect(next.pausedPeriods[0].startsOn.toISOString().slice(0, 10)).toBe("2028-01-17");
    expect(next.templates.map((t) => t.title)).toEqual(["Study"]);
    expect(next.supportCentres.map((s) => s.name)).toEqual(["Counselling centre"]);
    expect(next.memberships.map((m) => m.role).sort()).toEqual(["COORDINATOR", "SUPERVISOR"]);
  });
  it("refuses invalid dates and a coordinator of another cohort", async () => {
    const { cohort, coordinator, otherCoordinator } = await world();
    expect(
      await asUser(coordinator.userId, () =>
        rollOverCohortAction(null, {
          cohortId: cohort.id,
          name: "Next",
          academicYear: "2027",
          startsOn: "2027-09-06",
          endsOn: "2027-01-01",
        }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { academicYear: expect.any(Array), endsOn: expect.any(Array) } });
    expect(
      await asUser(otherCoordinator.userId, () =>
        rollOverCohortAction(null, {
          cohortId: cohort.id,
          name: "Next",
          academicYear: "2027-2028",
          startsOn: "2027-09-06",
          endsOn: "2028-06-30",
        }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
  });
});

describe("changeCohortStatusAction", () => {
  it("refuses to activate before pairs and groups are published, then activates and closes; closed is final", async () => {
    const { cohort, coordinator } = await world();
    const as = (to: "ACTIVE" | "CLOSED") =>
      asUser(coordinator.userId, () => changeCohortStatusAction(null, { cohortId: cohort.id, to }));
    expect(await as("ACTIVE")).toMatchObject({ ok: false, error: expect.stringMatching(/pair/) });
    const { pair } = await createPair(prisma(), cohort.id);
    await assignMentee(prisma(), pair, (await createMentee(prisma(), cohort.id)).id);
    expect(await as("ACTIVE")).toMatchObject({ ok: false, error: expect.stringMatching(/Publish/) });
    await prisma().cohort.update({ where: { id: cohort.id }, data: { groupsPublishedAt: new Date() } });
    expect(await as("ACTIVE")).toMatchObject({ ok: true });
    expect(await as("CLOSED")).toMatchObject({ ok: true });
    expect(await as("ACTIVE")).toMatchObject({ ok: false, error: expect.stringMatching(/read-only|closed/) });
    const events = await prisma().auditEvent.findMany({
      where: { cohortId: cohort.id, action: "cohort.status_changed" },
    });
    expect(events).toHaveLength(2);
  });
  it("refuses invalid input and other roles", async () => {
    const { cohort, supervisor, otherCoordinator, coordinator } = await world();
    expect(
      await asUser(coordinator.userId, () =>
        changeCohortStatusAction(null, { cohortId: cohort.id, to: "DRAFT" } as never),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { to: expect.any(Array) } });
    for (const who of [supervisor.userId, otherCoordinator.userId]) {
      expect(
        await asUser(who, () => changeCohortStatusAction(null, { cohortId: cohort.id, to: "CLOSED" })),
      ).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    }
  });
});
