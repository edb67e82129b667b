import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import {
  changeCohortStatusAction,
  copyFromCohortAction,
  createCohortAction,
  updateCohortAction,
} from "@/lib/cohorts/actions";
import { acceptApplicantsAction } from "@/lib/pairing/bulk-actions";
import { createSupportCentreAction } from "@/lib/support-centres/actions";
import { createLibraryTemplateAction } from "@/lib/templates/actions";
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
const p = () => getDb().prisma;

/**
 * Issue 10, item 4 (decisions 113, 114): the cohort a coordinator works in is the one the URL
 * names; activating next year's draft closes this year's once confirmed; creating a cohort can
 * start from another's templates and centres; the default language; bulk acceptance.
 */
async function twoYears() {
  const user = await createUser(p());
  const active = await createCohort(p(), {
    name: "Mentoring 2026-2027",
    status: "ACTIVE",
    startsOn: new Date("2026-10-01"),
    endsOn: new Date("2027-06-30"),
  });
  const draft = await createCohort(p(), {
    name: "Mentoring 2027-2028",
    status: "DRAFT",
    startsOn: new Date("2027-10-01"),
    endsOn: new Date("2028-06-30"),
  });
  await createMembership(p(), active.id, "COORDINATOR", { userId: user.id });
  await createMembership(p(), draft.id, "COORDINATOR", { userId: user.id });
  const supervisor = await createMembership(p(), draft.id, "SUPERVISOR");
  const mentee = await createMentee(p(), draft.id);
  const outsider = await createMembership(p(), (await createCohort(p())).id, "COORDINATOR");
  return { user, active, draft, supervisor, mentee, outsider };
}

/** A draft ready to activate: a pair with a mentee, groups published. */
async function ready(cohortId: string) {
  const { pair } = await createPair(p(), cohortId);
  await assignMentee(p(), pair, (await createMentee(p(), cohortId)).id);
  await p().cohort.update({ where: { id: cohortId }, data: { groupsPublishedAt: new Date() } });
}

const template = {
  category: "WELLBEING",
  title: "Sleep",
  subject: "Sleep before exams",
  body: "Hi {{menteeFirstName}}, sleep matters before exams.",
};
const centre = { name: "Night line", category: "PSYCHOLOGICAL", contact: "0800 1", hours: "", howToRefer: "" };

describe("the cohort the URL names", () => {
  it("a template and a centre added on next year's pages go to next year's draft, while this year's is active", async () => {
    const { user, active, draft } = await twoYears();
    const inDraft = { cohortId: draft.id };
    expect((await asUser(user.id, () => createLibraryTemplateAction(null, template as never), inDraft)).ok).toBe(true);
    expect((await asUser(user.id, () => createSupportCentreAction(null, centre as never), inDraft)).ok).toBe(true);
    expect(await p().emailTemplate.findMany({ where: { title: "Sleep" }, select: { cohortId: true } })).toEqual([
      { cohortId: draft.id },
    ]);
    expect(await p().supportCentre.findMany({ where: { name: "Night line" }, select: { cohortId: true } })).toEqual([
      { cohortId: draft.id },
    ]);
    // no cohort named: the active one, as before
    expect(
      (await asUser(user.id, () => createSupportCentreAction(null, { ...centre, name: "Day line" } as never))).ok,
    ).toBe(true);
    expect((await p().supportCentre.findFirstOrThrow({ where: { name: "Day line" } })).cohortId).toBe(active.id);
  });
  it("a cohort the caller does not coordinate, named in the URL, is refused (nothing written)", async () => {
    const { user, outsider, supervisor, draft } = await twoYears();
    for (const [who, named] of [
      [user.id, outsider.cohortId], // a coordinator of other cohorts, naming a third
      [outsider.userId, draft.id], // the coordinator of another cohort naming this one
      [supervisor.userId, draft.id], // a supervisor of the cohort
    ] as const) {
      const r = await asUser(who, () => createLibraryTemplateAction(null, { ...template, title: "Refused" } as never), {
        cohortId: named,
      });
      expect(r, `${who} naming ${named}`).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    }
    expect(await p().emailTemplate.count({ where: { title: "Refused" } })).toBe(0);
  });
});

describe("activating next year's cohort while this year's is active (decision 114)", () => {
  it("without confirmation: refused with the other cohort named; nothing changes", async () => {
    const { user, active, draft } = await twoYears();
    await ready(draft.id);
    const r = await asUser(user.id, () => changeCohortStatusAction(null, { cohortId: draft.id, to: "ACTIVE" }));
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining("Mentoring 2026-2027 is still active") });
    const statuses = await p().cohort.findMany({
      where: { id: { in: [active.id, draft.id] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [active.id]: "ACTIVE",
      [draft.id]: "DRAFT",
    });
  });
  it("confirmed: activates the draft and closes this year's in one transaction, audited in both trails", async () => {
    const { user, active, draft } = await twoYears();
    await ready(draft.id);
    const r = await asUser(user.id, () =>
      changeCohortStatusAction(null, { cohortId: draft.id, to: "ACTIVE", closeCohortIds: [active.id] }),
    );
    expect(r).toMatchObject({ ok: true, message: "The cohort is active; Mentoring 2026-2027 is closed." });
    expect((await p().cohort.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("ACTIVE");
    expect((await p().cohort.findUniqueOrThrow({ where: { id: active.id } })).status).toBe("CLOSED");
    const trail = await p().auditEvent.findMany({
      where: { action: "cohort.status_changed" },
      select: { cohortId: true, entityId: true },
    });
    expect(trail).toEqual(
      expect.arrayContaining([
        { cohortId: draft.id, entityId: draft.id },
        { cohortId: active.id, entityId: active.id },
      ]),
    );
  });
  it("an active cohort of ANOTHER coordinator is neither closed nor in the way", async () => {
    const { user, draft, outsider } = await twoYears();
    await p().cohort.update({ where: { id: outsider.cohortId }, data: { status: "ACTIVE" } });
    await p().cohort.updateMany({
      where: { status: "ACTIVE", id: { not: outsider.cohortId } },
      data: { status: "CLOSED" },
    });
    await ready(draft.id);
    const r = await asUser(user.id, () =>
      changeCohortStatusAction(null, { cohortId: draft.id, to: "ACTIVE", closeCohortIds: [outsider.cohortId] }),
    );
    expect(r.ok).toBe(true);
    expect((await p().cohort.findUniqueOrThrow({ where: { id: outsider.cohortId } })).status).toBe("ACTIVE");
  });
  it("refuses the supervisor, a mentee and a coordinator of another cohort; nothing changes", async () => {
    const { active, draft, supervisor, mentee, outsider } = await twoYears();
    await ready(draft.id);
    for (const who of [supervisor.userId, mentee.userId, outsider.userId]) {
      const r = await asUser(who, () =>
        changeCohortStatusAction(null, { cohortId: draft.id, to: "ACTIVE", closeCohortIds: [active.id] }),
      );
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    }
    expect((await p().cohort.findUniqueOrThrow({ where: { id: active.id } })).status).toBe("ACTIVE");
    expect((await p().cohort.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });
  it("refuses invalid input", async () => {
    const { user, draft } = await twoYears();
    const r = await asUser(user.id, () =>
      changeCohortStatusAction(null, { cohortId: draft.id, to: "ACTIVE", closeCohortIds: [""] } as never),
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: expect.any(Object) });
  });
});

const settings = {
  name: "Mentoring 2028-2029",
  academicYear: "2028-2029",
  startsOn: "2028-09-04",
  endsOn: "2029-06-29",
  timeZone: "Asia/Tehran",
  groupSize: "6",
  maxMenteesPerMentor: "6",
  firstIntervalDays: "7",
  lastIntervalDays: "21",
  trainingModules: "Mentoring concepts",
};

describe("a new cohort from the templates and centres of another", () => {
  async function withContent() {
    const w = await twoYears();
    await p().emailTemplate.createMany({
      data: [
        { cohortId: w.active.id, category: "STUDY_METHODS", title: "Study", subject: "s", body: "b" },
        { cohortId: w.active.id, category: "WELLBEING", title: "Old", subject: "s", body: "b", archivedAt: new Date() },
      ],
    });
    await p().supportCentre.create({ data: { cohortId: w.active.id, name: "Counselling", category: "PSYCHOLOGICAL" } });
    return w;
  }
  it("copies library templates (not archived ones) and centres; audited", async () => {
    const { user, active } = await withContent();
    const r = await asUser(user.id, () => createCohortAction(null, { ...settings, copyFromCohortId: active.id }));
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining("1 email template and 1 support centre") });
    if (!r.ok) return;
    const c = await p().cohort.findUniqueOrThrow({
      where: { id: r.data.cohortId },
      select: {
        defaultLocale: true,
        templates: { select: { title: true } },
        supportCentres: { select: { name: true } },
      },
    });
    expect(c).toEqual({
      defaultLocale: null,
      templates: [{ title: "Study" }],
      supportCentres: [{ name: "Counselling" }],
    });
    const audit = await p().auditEvent.findFirstOrThrow({
      where: { action: "cohort.created", entityId: r.data.cohortId },
    });
    expect(audit.detail).toMatchObject({ copiedFrom: active.id, templates: 1, centres: 1 });
  });
  it("refuses a source the caller does not coordinate, on the field; nothing is created", async () => {
    const { user, outsider } = await withContent();
    const before = await p().cohort.count();
    const r = await asUser(user.id, () =>
      createCohortAction(null, { ...settings, copyFromCohortId: outsider.cohortId }),
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { copyFromCohortId: [expect.stringMatching(/coordinate/)] } });
    expect(await p().cohort.count()).toBe(before);
  });
  it("copies later too, keeping what is there; refuses other roles and another cohort's coordinator", async () => {
    const { user, active, draft, supervisor, outsider } = await withContent();
    await p().emailTemplate.create({
      data: { cohortId: draft.id, category: "STUDY_METHODS", title: "Study", subject: "mine", body: "mine" },
    });
    const input = { cohortId: draft.id, fromCohortId: active.id, templates: "on", centres: "on" } as const;
    const r = await asUser(user.id, () => copyFromCohortAction(null, input));
    expect(r).toMatchObject({ ok: true, data: { templates: 0, centres: 1 } });
    expect((await p().emailTemplate.findFirstOrThrow({ where: { cohortId: draft.id, title: "Study" } })).subject).toBe(
      "mine",
    );
    expect(
      await asUser(user.id, () => copyFromCohortAction(null, { ...input, templates: "", centres: "" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { templates: expect.any(Array) },
    });
    for (const who of [supervisor.userId, outsider.userId]) {
      expect(await asUser(who, () => copyFromCohortAction(null, input))).toMatchObject({ ok: false });
    }
    expect(await p().supportCentre.count({ where: { cohortId: draft.id } })).toBe(1);
  });
});

describe("the cohort's default language", () => {
  it("is saved from the settings form, refused when unknown, and cleared with no choice", async () => {
    const { user, draft, outsider } = await twoYears();
    const save = (defaultLocale: string, who = user.id) =>
      asUser(who, () => updateCohortAction(null, { ...settings, cohortId: draft.id, defaultLocale } as never));
    expect(await save("ko")).toMatchObject({ ok: true });
    expect((await p().cohort.findUniqueOrThrow({ where: { id: draft.id } })).defaultLocale).toBe("ko");
    expect(await save("de")).toMatchObject({ ok: false, fieldErrors: { defaultLocale: expect.any(Array) } });
    expect(await save("fa", outsider.userId)).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    expect((await p().cohort.findUniqueOrThrow({ where: { id: draft.id } })).defaultLocale).toBe("ko");
    expect(await save("")).toMatchObject({ ok: true });
    expect((await p().cohort.findUniqueOrThrow({ where: { id: draft.id } })).defaultLocale).toBeNull();
  });
});

describe("accepting several applicants at once", () => {
  async function applicants(n: number) {
    const w = await twoYears();
    const list = [];
    for (let i = 0; i < n; i++)
      list.push(await createMembership(p(), w.draft.id, "MENTOR", { phase: "CLINICAL", status: "APPLIED" }));
    return { ...w, list };
  }
  it("accepts every selected applicant in one go, one audit entry and one email each", async () => {
    const { user, draft, list } = await applicants(3);
    const ids = list.map((m) => m.id);
    const r = await asUser(user.id, () => acceptApplicantsAction(null, { cohortId: draft.id, membershipIds: ids }));
    expect(r).toMatchObject({ ok: true, message: "3 applicants accepted as mentors." });
    expect(await p().membership.count({ where: { id: { in: ids }, status: "ACTIVE" } })).toBe(3);
    const trail = await p().auditEvent.findMany({
      where: { action: "membership.mentor_accepted" },
      select: { entityId: true },
    });
    expect(trail.map((t) => t.entityId).sort()).toEqual([...ids].sort());
    expect(
      await p().outbox.count({ where: { kind: "mentor.accepted", userId: { in: list.map((m) => m.userId) } } }),
    ).toBe(3);
  });
  it("all or nothing: one already decided, or one of another cohort, and nothing is written", async () => {
    const { user, draft, active, list } = await applicants(2);
    await p().membership.update({ where: { id: list[1].id }, data: { status: "DECLINED" } });
    const foreign = await createMembership(p(), active.id, "MENTOR", { phase: "CLINICAL", status: "APPLIED" });
    for (const ids of [
      [list[0].id, list[1].id],
      [list[0].id, foreign.id],
    ]) {
      const r = await asUser(user.id, () => acceptApplicantsAction(null, { cohortId: draft.id, membershipIds: ids }));
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/nothing was changed/) });
    }
    expect((await p().membership.findUniqueOrThrow({ where: { id: list[0].id } })).status).toBe("APPLIED");
    expect((await p().membership.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("APPLIED");
    expect(
      await p().auditEvent.count({
        where: { action: "membership.mentor_accepted", entityId: { in: [list[0].id, foreign.id] } },
      }),
    ).toBe(0);
  });
  it("refuses an empty selection, the supervisor, a mentee and another cohort's coordinator", async () => {
    const { user, draft, list, supervisor, mentee, outsider } = await applicants(1);
    expect(await asUser(user.id, () => acceptApplicantsAction(null, { cohortId: draft.id }))).toMatchObject({
      ok: false,
      fieldErrors: { membershipIds: expect.any(Array) },
    });
    for (const who of [supervisor.userId, mentee.userId, outsider.userId]) {
      const r = await asUser(who, () =>
        acceptApplicantsAction(null, { cohortId: draft.id, membershipIds: [list[0].id] }),
      );
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    }
    expect((await p().membership.findUniqueOrThrow({ where: { id: list[0].id } })).status).toBe("APPLIED");
  });
});
