import { describe, expect, it } from "vitest";
import {
  acceptMenteeApplicantsAction,
  applyToBeMentoredAction,
  applyToMentorAction,
  withdrawApplicationAction,
} from "@/lib/applications/actions";
import { asUser } from "@/lib/auth/test-context";
import { updateCohortAction } from "@/lib/cohorts/actions";
import { createCohort, createMembership, createMentee, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;

async function openCohort(data: Parameters<typeof createCohort>[1] = {}) {
  return createCohort(prisma(), { applicationsOpen: true, selectionCriteria: ["Good standing"], ...data });
}

const mentorForm = (cohortId: string) => ({
  cohortId,
  phase: "PRECLINICAL" as "PRECLINICAL" | "CLINICAL",
  yearOfStudy: "2",
  motivation: "I remember my own first year and want to help others through it.",
  availability: "Weekday evenings",
  languages: "German; English",
});
const menteeForm = (cohortId: string) => ({
  cohortId,
  yearOfStudy: "1",
  motivation: "I moved here from abroad and would like guidance in my first year.",
  availability: "Afternoons",
  languages: "Persian, English",
});

describe("applyToMentorAction", () => {
  it("creates an APPLIED mentor membership with phase, saves languages, audits and queues a confirmation", async () => {
    const cohort = await openCohort();
    const user = await createUser(prisma(), { languages: ["Turkish"] });
    const r = await asUser(user.id, () => applyToMentorAction(null, mentorForm(cohort.id)));
    expect(r).toMatchObject({ ok: true, message: expect.stringMatching(/application to mentor/) });
    expect(r.revalidated).toEqual(["/apply"]);
    const m = await prisma().membership.findUniqueOrThrow({
      where: { userId_cohortId_role: { userId: user.id, cohortId: cohort.id, role: "MENTOR" } },
    });
    expect(m).toMatchObject({
      status: "APPLIED",
      phase: "PRECLINICAL",
      yearOfStudy: 2,
      availabilityNote: "Weekday evenings",
      motivation: expect.stringMatching(/first year/),
    });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).languages).toEqual([
      "German",
      "English",
    ]);
    const events = await prisma().auditEvent.findMany({ where: { entityId: m.id } });
    expect(events).toEqual([
      expect.objectContaining({ actorId: user.id, cohortId: cohort.id, action: "membership.mentor_applied" }),
    ]);
    expect(JSON.stringify(events[0].detail ?? null)).not.toContain("first year");
    const mail = await prisma().outbox.findMany({ where: { userId: user.id } });
    expect(mail).toEqual([
      expect.objectContaining({
        toEmail: user.email,
        kind: "application.received",
        subject: "Your application to mentor",
      }),
    ]);
  });

  it("accepts FormData as a browser sends it", async () => {
    const cohort = await openCohort();
    const user = await createUser(prisma());
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...mentorForm(cohort.id), phase: "CLINICAL", yearOfStudy: "5" }))
      form.set(k, v);
    const r = await asUser(user.id, () => applyToMentorAction(null, form));
    expect(r.ok).toBe(true);
  });

  it("refuses invalid input with field errors and writes nothing", async () => {
    const cohort = await openCohort();
    const user = await createUser(prisma());
    const r = await asUser(user.id, () =>
      applyToMentorAction(null, {
        ...mentorForm(cohort.id),
        phase: "",
        yearOfStudy: "two",
        motivation: "short",
        languages: " ; ",
      } as never),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["languages", "motivation", "phase", "yearOfStudy"]);
    expect(r.values?.motivation).toBe("short");
    expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a phase that does not fit the year of study, on the year field", async () => {
    const cohort = await openCohort();
    const user = await createUser(prisma());
    const r = await asUser(user.id, () =>
      applyToMentorAction(null, { ...mentorForm(cohort.id), phase: "CLINICAL", yearOfStudy: "2" }),
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { yearOfStudy: [expect.stringMatching(/years 4 to 6/)] } });
  });

  it("refuses a cohort whose applications are not open, a closed cohort and a missing one, the same way", async () => {
    const user = await createUser(prisma());
    const notOpen = await createCohort(prisma(), { applicationsOpen: false });
    const closed = await openCohort({ status: "CLOSED" });
    for (const cohortId of [notOpen.id, closed.id, "no-such-cohort"]) {
      const r = await asUser(user.id, () => applyToMentorAction(null, mentorForm(cohortId)));
      expect(r).toMatchObject({ ok: false, error: "This cohort is not taking applications." });
    }
    expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma().outbox.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses applying twice (the second submit of a double click included)", async () => {
    const cohort = await openCohort();
    const user = await createUser(prisma());
    expect((await asUser(user.id, () => applyToMentorAction(null, mentorForm(cohort.id)))).ok).toBe(true);
    const again = await asUser(user.id, () => applyToMentorAction(null, mentorForm(cohort.id)));
    expect(again).toMatchObject({ ok: false, error: "You have already applied." });
    expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a mentee of the cohort and the cohort's staff", async () => {
    const cohort = await openCohort();
    const mentee = await createMentee(prisma(), cohort.id, { status: "ACTIVE" });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    expect(await asUser(mentee.userId, () => applyToMentorAction(null, mentorForm(cohort.id)))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cannot also mentor/),
    });
    expect(await asUser(coordinator.userId, () => applyToMentorAction(null, mentorForm(cohort.id)))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already have a role/),
    });
  });

  it("refuses an anonymous caller", async () => {
    const cohort = await openCohort();
    const r = await asUser(null, () => applyToMentorAction(null, mentorForm(cohort.id)));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/sign in/i) });
    expect(await prisma().membership.count({ where: { cohortId: cohort.id } })).toBe(0);
  });
});

describe("applyToBeMentoredAction", () => {
  it("creates an APPLIED mentee membership for a person new to the cohort", async () => {
    const cohort = await openCohort();
    const user = await createUser(prisma());
    const r = await asUser(user.id, () => applyToBeMentoredAction(null, menteeForm(cohort.id)));
    expect(r.ok).toBe(true);
    const m = await prisma().membership.findFirstOrThrow({ where: { userId: user.id, cohortId: cohort.id } });
    expect(m).toMatchObject({ role: "MENTEE", status: "APPLIED", phase: null, yearOfStudy: 1 });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).languages).toEqual([
      "Persian",
      "English",
    ]);
    expect(await prisma().auditEvent.count({ where: { entityId: m.id, action: "membership.mentee_applied" } })).toBe(1);
    expect(
      await prisma().outbox.count({ where: { userId: user.id, subject: "Your application to be mentored" } }),
    ).toBe(1);
  });

  it("turns an imported first-year candidate into a volunteer (CANDIDATE -> APPLIED), once", async () => {
    const cohort = await openCohort();
    const candidate = await createMentee(prisma(), cohort.id, { status: "CANDIDATE", yearOfStudy: 1 });
    const r = await asUser(candidate.userId, () => applyToBeMentoredAction(null, menteeForm(cohort.id)));
    expect(r.ok).toBe(true);
    expect(await prisma().membership.findUniqueOrThrow({ where: { id: candidate.id } })).toMatchObject({
      status: "APPLIED",
      availabilityNote: "Afternoons",
    });
    expect(await asUser(candidate.userId, () => applyToBeMentoredAction(null, menteeForm(cohort.id)))).toMatchObject({
      ok: false,
      error: "You have already applied.",
    });
  });

  it("refuses invalid input, a year other than the first, a not-open cohort, a mentor applicant, and anonymous callers", async () => {
    const cohort = await openCohort();
    const user = await createUser(prisma());
    expect(
      await asUser(user.id, () => applyToBeMentoredAction(null, { ...menteeForm(cohort.id), availability: "" })),
    ).toMatchObject({ ok: false, fieldErrors: { availability: [expect.any(String)] } });
    expect(
      await asUser(user.id, () => applyToBeMentoredAction(null, { ...menteeForm(cohort.id), yearOfStudy: "3" })),
    ).toMatchObject({ ok: false, fieldErrors: { yearOfStudy: [expect.stringMatching(/first-year/)] } });
    const shut = await createCohort(prisma());
    expect(await asUser(user.id, () => applyToBeMentoredAction(null, menteeForm(shut.id)))).toMatchObject({
      ok: false,
      error: "This cohort is not taking applications.",
    });
    expect((await asUser(user.id, () => applyToMentorAction(null, mentorForm(cohort.id)))).ok).toBe(true);
    expect(await asUser(user.id, () => applyToBeMentoredAction(null, menteeForm(cohort.id)))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cannot also be mentored/),
    });
    expect(await asUser(null, () => applyToBeMentoredAction(null, menteeForm(cohort.id)))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/sign in/i),
    });
  });
});

describe("withdrawApplicationAction", () => {
  it("withdraws the caller's own open application and audits it", async () => {
    const cohort = await openCohort();
    const user = await createUser(prisma());
    const m = await createMembership(prisma(), cohort.id, "MENTOR", {
      userId: user.id,
      status: "APPLIED",
      phase: "CLINICAL",
    });
    const r = await asUser(user.id, () => withdrawApplicationAction(null, { membershipId: m.id }));
    expect(r).toMatchObject({ ok: true, message: "Your application is withdrawn." });
    expect(await prisma().membership.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "WITHDRAWN" });
    expect(
      await prisma().auditEvent.count({ where: { entityId: m.id, action: "membership.application_withdrawn" } }),
    ).toBe(1);
    // twice: already withdrawn
    expect(await asUser(user.id, () => withdrawApplicationAction(null, { membershipId: m.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already/),
    });
  });

  it("refuses someone else's application (same answer as a missing one), a decided one, bad input and anonymous callers", async () => {
    const cohort = await openCohort();
    const mine = await createMembership(prisma(), cohort.id, "MENTOR", { status: "APPLIED", phase: "CLINICAL" });
    const intruder = await createUser(prisma());
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    for (const caller of [intruder.id, coordinator.userId]) {
      expect(await asUser(caller, () => withdrawApplicationAction(null, { membershipId: mine.id }))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission/),
      });
    }
    expect(await asUser(intruder.id, () => withdrawApplicationAction(null, { membershipId: "missing" }))).toMatchObject(
      { ok: false, error: expect.stringMatching(/permission/) },
    );
    expect(await prisma().membership.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({
      status: "APPLIED",
    });
    const accepted = await createMembership(prisma(), cohort.id, "MENTOR", { status: "ACTIVE", phase: "CLINICAL" });
    expect(
      await asUser(accepted.userId, () => withdrawApplicationAction(null, { membershipId: accepted.id })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/already decided/) });
    expect(await asUser(mine.userId, () => withdrawApplicationAction(null, { membershipId: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { membershipId: [expect.any(String)] },
    });
    expect(await asUser(null, () => withdrawApplicationAction(null, { membershipId: mine.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/sign in/i),
    });
  });
});

describe("acceptMenteeApplicantsAction", () => {
  it("makes every mentee applicant of the cohort a mentee, audits and tells them", async () => {
    const cohort = await openCohort();
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    const a = await createMentee(prisma(), cohort.id, { status: "APPLIED" });
    const b = await createMentee(prisma(), cohort.id, { status: "APPLIED" });
    const candidate = await createMentee(prisma(), cohort.id, { status: "CANDIDATE" });
    const r = await asUser(coordinator.userId, () => acceptMenteeApplicantsAction(null, { cohortId: cohort.id }));
    expect(r).toMatchObject({ ok: true, data: { accepted: 2 } });
    const statuses = await prisma().membership.findMany({
      where: { id: { in: [a.id, b.id, candidate.id] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [a.id]: "ACTIVE",
      [b.id]: "ACTIVE",
      [candidate.id]: "CANDIDATE",
    });
    expect(
      await prisma().auditEvent.count({
        where: { cohortId: cohort.id, action: "membership.mentee_applicants_accepted" },
      }),
    ).toBe(1);
    expect(await prisma().outbox.count({ where: { kind: "mentee.accepted" } })).toBe(2);
    expect(
      await asUser(coordinator.userId, () => acceptMenteeApplicantsAction(null, { cohortId: cohort.id })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/no mentee applicants/) });
  });

  it("refuses everyone but the cohort's coordinators, bad input, and a closed cohort", async () => {
    const cohort = await openCohort();
    const applicant = await createMentee(prisma(), cohort.id, { status: "APPLIED" });
    const supervisor = await createMembership(prisma(), cohort.id, "SUPERVISOR");
    const mentor = await createMembership(prisma(), cohort.id, "MENTOR", { phase: "CLINICAL" });
    const other = await createCohort(prisma());
    const otherCoordinator = await createMembership(prisma(), other.id, "COORDINATOR");
    for (const caller of [supervisor.userId, mentor.userId, otherCoordinator.userId, applicant.userId]) {
      expect(await asUser(caller, () => acceptMenteeApplicantsAction(null, { cohortId: cohort.id }))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission/),
      });
    }
    expect(await asUser(null, () => acceptMenteeApplicantsAction(null, { cohortId: cohort.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/sign in/i),
    });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    expect(await asUser(coordinator.userId, () => acceptMenteeApplicantsAction(null, { cohortId: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { cohortId: [expect.any(String)] },
    });
    await prisma().cohort.update({ where: { id: cohort.id }, data: { status: "CLOSED" } });
    expect(
      (await asUser(coordinator.userId, () => acceptMenteeApplicantsAction(null, { cohortId: cohort.id }))).ok,
    ).toBe(false);
    expect(await prisma().membership.findUniqueOrThrow({ where: { id: applicant.id } })).toMatchObject({
      status: "APPLIED",
    });
  });
});

describe("the cohort setting applicationsOpen (updateCohortAction)", () => {
  it("a coordinator opens and closes applications; both are audited; then applying is refused", async () => {
    const cohort = await createCohort(prisma(), { status: "DRAFT", timeZone: "Europe/Berlin" });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    const settings = {
      cohortId: cohort.id,
      name: cohort.name,
      academicYear: "2026-2027",
      startsOn: "2026-09-01",
      endsOn: "2027-06-30",
      timeZone: "Europe/Berlin",
      groupSize: "6",
      maxMenteesPerMentor: "6",
      firstIntervalDays: "7",
      lastIntervalDays: "21",
      pausedPeriods: "",
      trainingModules: "Mentoring concepts",
      selectionCriteria: "Good standing",
      agreementText: "",
    };
    expect(
      (await asUser(coordinator.userId, () => updateCohortAction(null, { ...settings, applicationsOpen: "on" }))).ok,
    ).toBe(true);
    expect((await prisma().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).applicationsOpen).toBe(true);
    const user = await createUser(prisma());
    expect((await asUser(user.id, () => applyToBeMentoredAction(null, menteeForm(cohort.id)))).ok).toBe(true);
    expect((await asUser(coordinator.userId, () => updateCohortAction(null, settings))).ok).toBe(true);
    expect((await prisma().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).applicationsOpen).toBe(false);
    const actions = (
      await prisma().auditEvent.findMany({
        where: { cohortId: cohort.id, action: { startsWith: "cohort.applications" } },
        orderBy: { createdAt: "asc" },
      })
    ).map((e) => e.action);
    expect(actions).toEqual(["cohort.applications_opened", "cohort.applications_closed"]);
    const late = await createUser(prisma());
    expect(await asUser(late.id, () => applyToMentorAction(null, mentorForm(cohort.id)))).toMatchObject({
      ok: false,
      error: "This cohort is not taking applications.",
    });
  });
});
