/**
 * Issue 10, item 2: the People list's filters and page links, the person page's query, and the
 * corrections a coordinator makes there (name, email, student number): success, bad input with
 * nothing written, an email or number someone else has, and who may not.
 */
import { describe, expect, it } from "vitest";
import { loadCohortActor } from "@/lib/auth/session";
import { asUser } from "@/lib/auth/test-context";
import { getPeoplePage, getPersonPage } from "@/lib/cohorts/queries";
import { addPersonAction } from "@/lib/people/actions";
import { editPersonAction } from "@/lib/people/person-actions";
import { createCohort, createMembership, createPair, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;

async function world() {
  const a = await createCohort(prisma(), { name: "Cohort A", status: "DRAFT" });
  const b = await createCohort(prisma(), { name: "Cohort B", status: "DRAFT" });
  const other = await createCohort(prisma(), { name: "Someone else's cohort", status: "DRAFT" });
  const coord = await createMembership(prisma(), a.id, "COORDINATOR");
  await createMembership(prisma(), b.id, "COORDINATOR", { userId: coord.userId });
  const { pair } = await createPair(prisma(), a.id, { label: "Group 1" });
  const mentees = [];
  for (let i = 0; i < 3; i++) {
    const m = await createMembership(prisma(), a.id, "MENTEE", { status: "ACTIVE", studentNumber: `S10${i}` });
    await prisma().menteeAssignment.create({ data: { cohortId: a.id, pairId: pair.id, menteeId: m.id } });
    mentees.push(m);
  }
  const candidates = [];
  for (let i = 0; i < 4; i++)
    candidates.push(await createMembership(prisma(), a.id, "MENTEE", { status: "CANDIDATE" }));
  // the first mentee also takes part in cohort B (which this coordinator runs) and in another
  await createMembership(prisma(), b.id, "MENTOR", { userId: mentees[0]!.userId, phase: "PRECLINICAL" });
  await createMembership(prisma(), other.id, "MENTEE", { userId: mentees[0]!.userId });
  const actor = (await loadCohortActor(coord.userId, a.id))!;
  return { a, b, other, coord, pair, mentees, candidates, actor };
}

describe("the People list", () => {
  it("filters by role, status and group in the database; values that are not filters are ignored", async () => {
    const w = await world();
    const ids = async (f: Parameters<typeof getPeoplePage>[1]) =>
      new Set((await getPeoplePage(w.actor, f))!.rows.map((r) => r.id));
    expect(await ids({ role: "MENTEE", status: "CANDIDATE" })).toEqual(new Set(w.candidates.map((c) => c.id)));
    const group = await ids({ group: w.pair.id });
    expect(group).toEqual(
      new Set([...w.mentees.map((m) => m.id), w.pair.clinicalMentorId, w.pair.preclinicalMentorId]),
    );
    expect(await ids({ group: "none" })).toEqual(new Set(w.candidates.map((c) => c.id)));
    expect(await ids({ group: "none", role: "MENTOR" })).toEqual(new Set());
    const all = (await getPeoplePage(w.actor, {}))!;
    const junk = (await getPeoplePage(w.actor, { role: "ADMIN", status: "x'; --", group: "../../x", page: -3 }))!;
    expect(junk.total).toBe(all.total);
    expect(junk.filter).toEqual({ q: "", role: "", status: "", group: "" });
    expect(junk.page).toBe(1);
    expect(all.groups).toEqual([{ id: w.pair.id, label: "Group 1" }]);
    // the numbers show, the password hashes never
    expect(all.rows.find((r) => r.id === w.mentees[0]!.id)?.studentNumber).toBe("S100");
    expect(JSON.stringify(all)).not.toMatch(/passwordHash|argon2/);
  });
});

describe("the person page", () => {
  it("shows the person in this cohort and in the other cohorts this coordinator runs, nothing of the rest", async () => {
    const w = await world();
    const p = (await getPersonPage(w.actor, w.mentees[0]!.id))!;
    expect(p).toMatchObject({ role: "MENTEE", status: "ACTIVE", studentNumber: "S100", group: { label: "Group 1" } });
    expect(p.elsewhere.map((m) => [m.cohort.name, m.role])).toEqual([["Cohort B", "MENTOR"]]);
    expect(JSON.stringify(p)).not.toContain("Someone else's cohort");
    expect(JSON.stringify(p)).not.toMatch(/passwordHash/);
    // a membership of another cohort, asked through this cohort: nothing
    const elsewhere = await prisma().membership.findFirstOrThrow({ where: { cohortId: w.other.id } });
    expect(await getPersonPage(w.actor, elsewhere.id)).toBeNull();
    // a mentee of the cohort asking: nothing
    const menteeActor = (await loadCohortActor(w.mentees[1]!.userId, w.a.id))!;
    expect(await getPersonPage(menteeActor, w.mentees[0]!.id)).toBeNull();
  });
});

describe("corrections on the person page", () => {
  it("sets, normalises and clears the student number, audited with the field names only", async () => {
    const w = await world();
    const id = w.candidates[0]!.id;
    const u = await prisma().membership.findUniqueOrThrow({ where: { id }, include: { user: true } });
    const edit = (studentNumber: string) =>
      asUser(w.coord.userId, () =>
        editPersonAction(null, { membershipId: id, name: u.user.name, email: u.user.email, studentNumber }),
      );
    expect(await edit(" s 2026 / 07 ")).toMatchObject({ ok: true, data: { changed: ["studentNumber"] } });
    expect((await prisma().membership.findUniqueOrThrow({ where: { id } })).studentNumber).toBe("S2026/07");
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { action: "person.identity_changed", entityId: u.userId },
    });
    expect(audit.detail).toEqual({ fields: ["studentNumber"] });
    expect(JSON.stringify(audit.detail)).not.toContain("S2026");
    expect(await edit("")).toMatchObject({ ok: true });
    expect((await prisma().membership.findUniqueOrThrow({ where: { id } })).studentNumber).toBeNull();
  });

  it("bad input, a number another first-year has, an email another account uses: a message at the field, nothing written", async () => {
    const w = await world();
    const id = w.candidates[1]!.id;
    const before = await prisma().membership.findUniqueOrThrow({ where: { id }, include: { user: true } });
    const taken = await createUser(prisma(), { email: "taken@uni.test" });
    const tries = [
      [
        { name: "New Name", email: before.user.email, studentNumber: "no spaces? ünïcode" },
        "studentNumber",
        /letters, digits/,
      ],
      [
        { name: "New Name", email: before.user.email, studentNumber: "s100" },
        "studentNumber",
        /Another person of this cohort/,
      ],
      [{ name: "New Name", email: taken.email, studentNumber: "" }, "email", /already uses that email/],
      [{ name: "", email: before.user.email }, "name", /Enter a name/],
    ] as const;
    for (const [input, field, message] of tries) {
      const r = await asUser(w.coord.userId, () => editPersonAction(null, { membershipId: id, ...input }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.fieldErrors?.[field]?.[0]).toMatch(message);
    }
    const after = await prisma().membership.findUniqueOrThrow({ where: { id }, include: { user: true } });
    expect({ name: after.user.name, email: after.user.email, n: after.studentNumber }).toEqual({
      name: before.user.name,
      email: before.user.email,
      n: before.studentNumber,
    });
  });

  it("mentors, mentees and the supervisor of the cohort may not", async () => {
    const w = await world();
    const supervisor = await createMembership(prisma(), w.a.id, "SUPERVISOR");
    for (const who of [w.mentees[1]!.userId, w.pair.clinicalMentorId, supervisor.userId]) {
      const userId =
        who === w.pair.clinicalMentorId
          ? (await prisma().membership.findUniqueOrThrow({ where: { id: who } })).userId
          : who;
      const r = await asUser(userId, () =>
        editPersonAction(null, {
          membershipId: w.candidates[2]!.id,
          name: "X",
          email: "x@uni.test",
          studentNumber: "X1",
        }),
      );
      expect(r.ok).toBe(false);
    }
    expect(
      (await prisma().membership.findUniqueOrThrow({ where: { id: w.candidates[2]!.id } })).studentNumber,
    ).toBeNull();
  });
});

describe("adding one person by hand", () => {
  it("takes a student number, normalised; a bad one is refused next to its field and nothing is written", async () => {
    const w = await world();
    const add = (email: string, studentNumber: string) =>
      asUser(w.coord.userId, () =>
        addPersonAction(null, { cohortId: w.a.id, name: "Hand Added", email, role: "mentee", studentNumber }),
      );
    expect(await add("hand.added@uni.test", "ab 12")).toMatchObject({ ok: true });
    const m = await prisma().membership.findFirstOrThrow({
      where: { cohortId: w.a.id, user: { email: "hand.added@uni.test" } },
    });
    expect(m.studentNumber).toBe("AB12");
    const bad = await add("hand.bad@uni.test", "ab#12");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors?.studentNumber?.[0]).toMatch(/letters, digits/);
    expect(await prisma().user.count({ where: { email: "hand.bad@uni.test" } })).toBe(0);
  });
});
