/**
 * The support-centre directory (lib/support-centres): the coordinator keeps it, the supervisor
 * and the mentors read it. Each action: success, invalid input (nothing written), each refused
 * role (a coordinator of another cohort, the supervisor writing, a mentor, a mentee), and the
 * rollover's two cohorts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import {
  copySupportCentresAction,
  createSupportCentreAction,
  deleteSupportCentreAction,
  updateSupportCentreAction,
} from "@/lib/support-centres/actions";
import { getDirectory, getEmergencyCentres, getSupportCentresForCoordinator } from "@/lib/support-centres/queries";
import { createCohort, createMembership } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";
import { actorOf, makeReferral, setupProgramme, type Programme } from "./referrals-setup";

const getDb = useTestDb();
const db = () => getDb().prisma;
let p: Programme;
/** A coordinator of another cohort, with a centre of their own. */
let other: { cohortId: string; coordinator: string; centreId: string };

beforeAll(async () => {
  p = await setupProgramme(db());
  const cohort = await createCohort(db());
  const coordinator = await createMembership(db(), cohort.id, "COORDINATOR");
  const centre = await db().supportCentre.create({
    data: { cohortId: cohort.id, name: "Other cohort's helpline", category: "HEALTH", emergency: true },
  });
  other = { cohortId: cohort.id, coordinator: coordinator.userId, centreId: centre.id };
});

const centres = () => db().supportCentre.findMany({ orderBy: { id: "asc" } });
const counselling = () => db().supportCentre.findUniqueOrThrow({ where: { id: p.counselling.id } });
const newCentre = (name: string) => ({
  name,
  category: "FINANCIAL" as const,
  contact: "room 1.20",
  hours: "Mon 9-13",
  howToRefer: "",
  emergency: false,
});

describe("createSupportCentreAction", () => {
  it("the coordinator adds a centre to their cohort's directory, audited", async () => {
    const res = await asUser(p.users.coordinator, () => createSupportCentreAction(null, newCentre("Financial Aid")));
    expect(res).toMatchObject({ ok: true, message: "Centre added to the directory." });
    if (!res.ok) return;
    expect(await db().supportCentre.findUniqueOrThrow({ where: { id: res.data.centreId } })).toMatchObject({
      cohortId: p.cohort.id,
      name: "Financial Aid",
      contact: "room 1.20",
      howToRefer: null,
      emergency: false,
    });
    const audits = await db().auditEvent.findMany({ where: { entityId: res.data.centreId } });
    expect(audits.map((a) => [a.action, a.actorId, a.cohortId])).toEqual([
      ["supportCentre.created", p.users.coordinator, p.cohort.id],
    ]);
    expect(res.revalidated).toEqual(["/coordinator/support-centres", "/mentor/referrals/new"]);
  });

  it("a name already in the directory is refused next to the name, nothing written", async () => {
    const before = await centres();
    const dup = await asUser(p.users.coordinator, () =>
      createSupportCentreAction(null, { name: "Student Counselling Centre", category: "PSYCHOLOGICAL" }),
    );
    expect(dup).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringMatching(/already/)] } });
    expect(await centres()).toEqual(before);
  });

  it("invalid input: field errors, typed values kept, nothing written", async () => {
    const before = await centres();
    const res = await asUser(p.users.coordinator, () =>
      createSupportCentreAction(null, { name: "", category: "X", contact: "x".repeat(301) } as never),
    );
    expect(res).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.any(String)], category: [expect.any(String)], contact: [expect.any(String)] },
      values: { category: "X" },
    });
    expect(await centres()).toEqual(before);
  });

  it("a coordinator of another cohort adds to THEIR directory only", async () => {
    const res = await asUser(other.coordinator, () => createSupportCentreAction(null, newCentre("Elsewhere Aid")));
    expect(res.ok).toBe(true);
    const made = await db().supportCentre.findFirstOrThrow({ where: { name: "Elsewhere Aid" } });
    expect(made.cohortId).toBe(other.cohortId);
  });

  for (const who of ["supervisor", "mentorA", "menteeA"] as const) {
    it(`refuses ${who} and writes nothing`, async () => {
      const before = await centres();
      const res = await asUser(p.users[who], () => createSupportCentreAction(null, newCentre(`By ${who}`)));
      expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
      expect(await centres()).toEqual(before);
    });
  }

  it("refuses an anonymous caller", async () => {
    const res = await asUser(null, () => createSupportCentreAction(null, newCentre("Anonymous")));
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/sign in/) });
  });
});

describe("updateSupportCentreAction", () => {
  it("the coordinator edits a centre (FormData as the browser sends it); emptied fields become null", async () => {
    const c = await db().supportCentre.create({
      data: { cohortId: p.cohort.id, name: "Health Service", category: "HEALTH", hours: "Mon-Fri" },
    });
    const form = new FormData();
    for (const [k, v] of Object.entries({
      centreId: c.id,
      name: "Health Service",
      category: "HEALTH",
      contact: "room 1.21",
      hours: "",
      emergency: "true",
    }))
      form.set(k, v);
    const res = await asUser(p.users.coordinator, () => updateSupportCentreAction(null, form));
    expect(res).toMatchObject({ ok: true, data: { centreId: c.id } });
    expect(await db().supportCentre.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      contact: "room 1.21",
      emergency: true,
      hours: null,
    });
    const audits = await db().auditEvent.findMany({ where: { entityId: c.id }, select: { action: true } });
    expect(audits.map((a) => a.action)).toEqual(["supportCentre.updated"]);
  });

  it("invalid input changes nothing", async () => {
    const before = await counselling();
    const res = await asUser(p.users.coordinator, () =>
      updateSupportCentreAction(null, { centreId: p.counselling.id, name: "", category: "PSYCHOLOGICAL" }),
    );
    expect(res).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)] } });
    expect(await counselling()).toEqual(before);
  });

  it("renaming onto another centre's name is refused next to the name", async () => {
    const res = await asUser(p.users.coordinator, () =>
      updateSupportCentreAction(null, {
        centreId: p.education.id,
        name: "Student Counselling Centre",
        category: "EDUCATIONAL",
      }),
    );
    expect(res).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringMatching(/already/)] } });
  });

  for (const who of ["otherCoordinator", "supervisor", "mentorA", "menteeA"] as const) {
    it(`refuses ${who}, like a missing centre, and changes nothing`, async () => {
      const before = await counselling();
      const userId = who === "otherCoordinator" ? other.coordinator : p.users[who];
      const res = await asUser(userId, () =>
        updateSupportCentreAction(null, { centreId: p.counselling.id, name: "Renamed", category: "OTHER" }),
      );
      const missing = await asUser(userId, () =>
        updateSupportCentreAction(null, { centreId: "no-such-centre", name: "Renamed", category: "OTHER" }),
      );
      expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
      expect(missing).toMatchObject({ ok: false, error: !res.ok && res.error });
      expect(await counselling()).toEqual(before);
    });
  }
});

describe("deleteSupportCentreAction", () => {
  it("the coordinator removes an unused centre, audited", async () => {
    const c = await db().supportCentre.create({ data: { cohortId: p.cohort.id, name: "Unused", category: "OTHER" } });
    const res = await asUser(p.users.coordinator, () => deleteSupportCentreAction(null, { centreId: c.id }));
    expect(res).toMatchObject({ ok: true, message: "Centre removed from the directory." });
    expect(await db().supportCentre.findUnique({ where: { id: c.id } })).toBeNull();
    const audits = await db().auditEvent.findMany({ where: { entityId: c.id }, select: { action: true } });
    expect(audits.map((a) => a.action)).toEqual(["supportCentre.deleted"]);
  });

  it("a centre referrals were forwarded to stays, with the number in the message", async () => {
    const c = await db().supportCentre.create({ data: { cohortId: p.cohort.id, name: "Used", category: "OTHER" } });
    const r = await makeReferral(db(), p, { status: "FORWARDED", centreId: c.id });
    const res = await asUser(p.users.coordinator, () => deleteSupportCentreAction(null, { centreId: c.id }));
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/\(1\), so it stays in the directory/) });
    expect(await db().supportCentre.findUnique({ where: { id: c.id } })).not.toBeNull();
    expect((await db().referral.findUniqueOrThrow({ where: { id: r.id } })).centreId).toBe(c.id);
    expect(await db().auditEvent.count({ where: { entityId: c.id } })).toBe(0);
  });

  it("invalid input is a field error", async () => {
    const res = await asUser(p.users.coordinator, () => deleteSupportCentreAction(null, { centreId: "" }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { centreId: [expect.any(String)] } });
  });

  for (const who of ["otherCoordinator", "supervisor", "mentorA", "menteeA"] as const) {
    it(`refuses ${who} and removes nothing`, async () => {
      const userId = who === "otherCoordinator" ? other.coordinator : p.users[who];
      const res = await asUser(userId, () => deleteSupportCentreAction(null, { centreId: p.counselling.id }));
      expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
      expect(await counselling()).toMatchObject({ name: "Student Counselling Centre" });
    });
  }
});

describe("copySupportCentresAction (rollover)", () => {
  it("copies an earlier cohort's directory once; the caller must coordinate both", async () => {
    const next = await createCohort(db(), { rolledOverFromId: p.cohort.id });
    await createMembership(db(), next.id, "COORDINATOR", { userId: p.users.coordinator });
    const first = await asUser(p.users.coordinator, () =>
      copySupportCentresAction(null, { fromCohortId: p.cohort.id, toCohortId: next.id }),
    );
    expect(first).toMatchObject({ ok: true });
    const source = await db().supportCentre.findMany({ where: { cohortId: p.cohort.id }, select: { name: true } });
    const copied = await db().supportCentre.findMany({
      where: { cohortId: next.id },
      select: { name: true, emergency: true, howToRefer: true },
    });
    expect(copied.map((c) => c.name).sort()).toEqual(source.map((c) => c.name).sort());
    expect(copied.find((c) => c.name === "Student Counselling Centre")).toMatchObject({
      emergency: true,
      howToRefer: "Crisis line 0800 111 0 111",
    });
    if (first.ok) expect(first.data.copied).toBe(source.length);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "supportCentre.copied", entityId: next.id },
    });
    expect(audit).toMatchObject({ cohortId: next.id, detail: { fromCohortId: p.cohort.id, copied: source.length } });

    const again = await asUser(p.users.coordinator, () =>
      copySupportCentresAction(null, { fromCohortId: p.cohort.id, toCohortId: next.id }),
    );
    expect(again).toMatchObject({ ok: true, data: { copied: 0 }, message: expect.stringMatching(/Nothing to copy/) });

    const self = await asUser(p.users.coordinator, () =>
      copySupportCentresAction(null, { fromCohortId: next.id, toCohortId: next.id }),
    );
    expect(self).toMatchObject({ ok: false, fieldErrors: { fromCohortId: [expect.any(String)] } });
  });

  it("refused: a coordinator of the target only, a coordinator of the source only, the supervisor of either, a mentor", async () => {
    const next = await createCohort(db());
    const targetOnly = await createMembership(db(), next.id, "COORDINATOR");
    // coordinates the source, only supervises the target
    await createMembership(db(), next.id, "SUPERVISOR", { userId: p.users.coordinator });
    // coordinates the target, only supervises the source
    await createMembership(db(), next.id, "COORDINATOR", { userId: p.users.supervisor });
    const mentorOfBoth = p.users.mentorA;
    await createMembership(db(), next.id, "MENTOR", { userId: mentorOfBoth, phase: "CLINICAL" });
    const cases: [string, string, string][] = [
      ["target only", targetOnly.userId, p.cohort.id],
      ["source only (supervisor of the target)", p.users.coordinator, p.cohort.id],
      ["supervisor of the source", p.users.supervisor, p.cohort.id],
      ["a mentor of both", mentorOfBoth, p.cohort.id],
      ["another cohort's directory", targetOnly.userId, other.cohortId],
    ];
    for (const [label, userId, fromCohortId] of cases) {
      const res = await asUser(userId, () => copySupportCentresAction(null, { fromCohortId, toCohortId: next.id }));
      expect(res, label).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    }
    expect(await db().supportCentre.count({ where: { cohortId: next.id } })).toBe(0);
  });

  it("invalid input is a field error; an unknown target is refused", async () => {
    const missing = await asUser(p.users.coordinator, () =>
      copySupportCentresAction(null, { fromCohortId: "", toCohortId: p.cohort.id }),
    );
    expect(missing).toMatchObject({ ok: false, fieldErrors: { fromCohortId: [expect.any(String)] } });
    const nowhere = await asUser(p.users.coordinator, () =>
      copySupportCentresAction(null, { fromCohortId: p.cohort.id, toCohortId: "no-such-cohort" }),
    );
    expect(nowhere).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
  });
});

describe("reading the directory", () => {
  it("the supervisor and the mentors read their cohort's directory; the mentee does not", async () => {
    for (const who of ["supervisor", "mentorA", "mentorB"] as const) {
      const list = await getDirectory(await actorOf(p.users[who], p.cohort.id));
      expect(
        list?.map((c) => c.name),
        who,
      ).toContain("Student Counselling Centre");
      expect(JSON.stringify(list)).not.toContain("Other cohort's helpline");
    }
    const mentee = await actorOf(p.users.menteeA, p.cohort.id);
    expect(await getDirectory(mentee)).toBeNull();
    expect(await getEmergencyCentres(mentee)).toBeNull();
  });

  it("a mentor's urgent guidance lists the emergency centres only", async () => {
    const list = await getEmergencyCentres(await actorOf(p.users.mentorA, p.cohort.id));
    const emergency = await db().supportCentre.findMany({
      where: { cohortId: p.cohort.id, emergency: true },
      orderBy: { name: "asc" },
      select: { name: true },
    });
    expect(emergency.map((c) => c.name)).toContain("Student Counselling Centre");
    expect(list?.map((c) => c.name)).toEqual(emergency.map((c) => c.name));
    expect(list?.map((c) => c.name)).not.toContain("Educational Affairs Office");
  });

  it("the coordinator's page: this cohort's centres with their referral counts, and cohorts to copy from", async () => {
    const page = await getSupportCentresForCoordinator(await actorOf(p.users.coordinator, p.cohort.id));
    expect(page?.cohortId).toBe(p.cohort.id);
    expect(page?.centres.map((c) => c.name)).toContain("Student Counselling Centre");
    expect(JSON.stringify(page)).not.toContain("Other cohort's helpline");
    const elsewhere = await getSupportCentresForCoordinator(await actorOf(other.coordinator, other.cohortId));
    expect(elsewhere?.centres.map((c) => c.name)).not.toContain("Student Counselling Centre");
    expect(elsewhere?.earlierCohorts).toEqual([]);
  });
});
