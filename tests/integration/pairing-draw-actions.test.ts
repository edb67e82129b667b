/** The stratified draw, its redo and the swap (issue 10, item 6; decision 128), on PGlite. */
import { describe, expect, it } from "vitest";
import type { Gender } from "@/generated/prisma/client";
import { asUser } from "@/lib/auth/test-context";
import { getAuditTrail } from "@/lib/audit-trail/queries";
import { drawMenteesAction, redrawMenteesAction, swapMenteeAction } from "@/lib/pairing/actions";
import { DRAW_METHOD, drawStratified } from "@/lib/pairing/rules/draw";
import { getGroupsBoard } from "@/lib/pairing/setup-queries";
import { loadCohortActor } from "@/lib/auth/session";
import {
  assignMentee,
  createCohort,
  createContactLog,
  createMembership,
  createMentee,
  createPair,
  createUser,
} from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";
import { COLLATION_CANDIDATES, COLLATION_EXPECTED, COLLATION_SEED, COLLATION_STRATA } from "./draw-fixture";

const getDb = useTestDb();
const prisma = () => getDb().prisma;
const PERMISSION = { ok: false, error: expect.stringMatching(/permission/) };

/** A draft cohort with `women` + `men` waiting first-years, its coordinator and every refused role. */
async function world(women = 20, men = 20, extra: Gender[] = []) {
  const cohort = await createCohort(prisma(), { status: "DRAFT" });
  const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
  const supervisor = await createMembership(prisma(), cohort.id, "SUPERVISOR");
  const mentor = await createMembership(prisma(), cohort.id, "MENTOR", { phase: "CLINICAL" });
  const mentee = await createMentee(prisma(), cohort.id, { status: "ACTIVE" }); // an accepted applicant
  await prisma().membership.update({
    where: { id: mentee.id },
    data: { decisionReason: "Voluntary application accepted" },
  });
  const other = await createCohort(prisma());
  const otherCoordinator = await createMembership(prisma(), other.id, "COORDINATOR");
  const candidates: { id: string; gender: Gender }[] = [];
  const genders: Gender[] = [...Array<Gender>(women).fill("FEMALE"), ...Array<Gender>(men).fill("MALE"), ...extra];
  for (const gender of genders) {
    const user = await createUser(prisma(), { gender });
    const m = await createMentee(prisma(), cohort.id, { userId: user.id, status: "CANDIDATE" });
    candidates.push({ id: m.id, gender });
  }
  const refused = [mentor.userId, mentee.userId, supervisor.userId, otherCoordinator.userId];
  return { cohort, coordinator, mentee, refused, candidates };
}

const drawn = async (cohortId: string) =>
  (
    await prisma().membership.findMany({
      where: { cohortId, role: "MENTEE", status: "ACTIVE", drawnAt: { not: null } },
      select: { id: true, user: { select: { gender: true } } },
    })
  ).map((m) => ({ id: m.id, gender: m.user.gender }));
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
const count = (xs: { gender: Gender }[], g: Gender) => xs.filter((x) => x.gender === g).length;

describe("drawMenteesAction, stratified", () => {
  it("draws 6 women and 6 men with the coordinator's seed, replayable, audited with the strata", async () => {
    const { cohort, coordinator, refused, candidates, mentee } = await world(10, 10);
    const input = { cohortId: cohort.id, female: "6", male: "6", count: "", seed: "spring-2026" };
    for (const who of refused)
      expect(await asUser(who, () => drawMenteesAction(null, input))).toMatchObject(PERMISSION);
    const r = await asUser(coordinator.userId, () => drawMenteesAction(null, input));
    expect(r).toMatchObject({ ok: true, data: { drawn: 12, seed: "spring-2026", pool: 20 } });
    const got = await drawn(cohort.id);
    expect(count(got, "FEMALE")).toBe(6);
    expect(count(got, "MALE")).toBe(6);
    expect(ids(got)).toEqual(ids(drawStratified(candidates, { byGender: { FEMALE: 6, MALE: 6 } }, "spring-2026")));
    const c = await prisma().cohort.findUniqueOrThrow({ where: { id: cohort.id } });
    expect(c.menteeDrawSeed).toBe("spring-2026");
    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { cohortId: cohort.id, action: "mentees.drawn" },
    });
    expect(event.actorId).toBe(coordinator.userId);
    expect(event.detail).toMatchObject({
      seed: "spring-2026",
      count: 12,
      pool: 20,
      strata: { byGender: { FEMALE: 6, MALE: 6, OTHER: 0, UNDISCLOSED: 0 } },
      byGender: { FEMALE: 6, MALE: 6 },
      order: DRAW_METHOD,
    });
    // the accepted applicant is not a drawn mentee
    expect((await prisma().membership.findUniqueOrThrow({ where: { id: mentee.id } })).drawnAt).toBeNull();
    // the page shows the seed and who is drawn
    const board = await getGroupsBoard((await loadCohortActor(coordinator.userId, cohort.id))!);
    expect(board?.cohort.menteeDrawSeed).toBe("spring-2026");
    expect(board?.draw.drawn.map((d) => d.id).sort()).toEqual(ids(got));
    expect(board?.draw.drawnByGender).toMatchObject({ FEMALE: 6, MALE: 6 });
    expect(board?.draw.suggestions).toHaveLength(8); // the waiting ones, as suggestions for the swap
  });

  it("generates a seed when none is given; a total without strata", async () => {
    const { cohort, coordinator } = await world(5, 5);
    const r = await asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, count: "7" }));
    expect(r).toMatchObject({ ok: true, data: { drawn: 7, seed: expect.stringMatching(/^[0-9a-f]{16}$/) } });
  });

  it("says which stratum lacks candidates, next to its field; bad input writes nothing", async () => {
    const { cohort, coordinator } = await world(12, 30, ["OTHER"]);
    const draw = (input: Record<string, string>) =>
      asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, ...input }));
    expect(await draw({ female: "18", male: "18" })).toMatchObject({
      ok: false,
      fieldErrors: { female: ["Only 12 female first-years are waiting; you asked for 18."] },
    });
    expect(await draw({ female: "2", other: "2" })).toMatchObject({
      ok: false,
      fieldErrors: { other: [expect.stringMatching(/Only 1 first-year of another gender/)] },
    });
    expect(await draw({})).toMatchObject({ ok: false, fieldErrors: { count: expect.any(Array) } });
    expect(await draw({ female: "3", male: "3", count: "7" })).toMatchObject({
      ok: false,
      fieldErrors: { count: [expect.stringMatching(/add up to 6/)] },
    });
    expect(await draw({ female: "-1" })).toMatchObject({ ok: false, fieldErrors: { female: expect.any(Array) } });
    expect(await draw({ count: "3", seed: "no spaces please" })).toMatchObject({
      ok: false,
      fieldErrors: { seed: expect.any(Array) },
    });
    expect(await drawn(cohort.id)).toHaveLength(0);
    expect((await prisma().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).menteeDrawSeed).toBeNull();
    expect(await prisma().auditEvent.count({ where: { cohortId: cohort.id } })).toBe(0);
  });

  it("orders the candidates by membership id (character codes): the shared fixture's mentees", async () => {
    const cohort = await createCohort(prisma(), { status: "DRAFT" });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    for (const c of COLLATION_CANDIDATES) {
      const user = await createUser(prisma(), { gender: c.gender });
      await createMentee(prisma(), cohort.id, { id: c.id, userId: user.id, status: "CANDIDATE" });
    }
    const r = await asUser(coordinator.userId, () =>
      drawMenteesAction(null, {
        cohortId: cohort.id,
        female: String(COLLATION_STRATA.female),
        male: String(COLLATION_STRATA.male),
        seed: COLLATION_SEED,
      }),
    );
    expect(r).toMatchObject({ ok: true });
    expect(ids(await drawn(cohort.id))).toEqual(COLLATION_EXPECTED);
  });
});

describe("redrawMenteesAction", () => {
  it("returns the drawn mentees (and their unpublished places) and draws again; audited with both seeds", async () => {
    const { cohort, coordinator, refused, mentee } = await world(8, 8);
    await asUser(coordinator.userId, () =>
      drawMenteesAction(null, { cohortId: cohort.id, female: "3", male: "3", seed: "first" }),
    );
    const first = await drawn(cohort.id);
    const { pair } = await createPair(prisma(), cohort.id);
    await assignMentee(prisma(), pair, first[0].id);
    await assignMentee(prisma(), pair, mentee.id); // the applicant keeps their place
    const input = { cohortId: cohort.id, female: "4", male: "2", seed: "second", confirm: "on" as const };
    for (const who of refused)
      expect(await asUser(who, () => redrawMenteesAction(null, input))).toMatchObject(PERMISSION);
    expect(await asUser(coordinator.userId, () => redrawMenteesAction(null, { ...input, confirm: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: expect.any(Array) },
    });
    expect(await asUser(coordinator.userId, () => redrawMenteesAction(null, input))).toMatchObject({
      ok: true,
      data: { drawn: 6, seed: "second", oldSeed: "first", returned: 6, unassigned: 1 },
    });
    const second = await drawn(cohort.id);
    expect(count(second, "FEMALE")).toBe(4);
    expect(count(second, "MALE")).toBe(2);
    expect((await prisma().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).menteeDrawSeed).toBe("second");
    const left = await prisma().menteeAssignment.findMany({
      where: { cohortId: cohort.id },
      select: { menteeId: true },
    });
    expect(left.map((a) => a.menteeId)).toEqual([mentee.id]);
    expect((await prisma().membership.findUniqueOrThrow({ where: { id: mentee.id } })).status).toBe("ACTIVE");
    const returned = first.filter((f) => !second.some((s) => s.id === f.id));
    for (const r of returned)
      expect(await prisma().membership.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
        status: "CANDIDATE",
        drawnAt: null,
      });
    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { cohortId: cohort.id, action: "mentees.redrawn" },
    });
    expect(event.detail).toMatchObject({ oldSeed: "first", seed: "second", returned: 6, unassigned: 1, count: 6 });
    expect(event.actorId).toBe(coordinator.userId);
  });

  it("is refused after publishing, before any draw, and when a drawn mentee has records", async () => {
    const { cohort, coordinator } = await world(4, 4);
    const redo = () =>
      asUser(coordinator.userId, () => redrawMenteesAction(null, { cohortId: cohort.id, count: "2", confirm: "on" }));
    expect(await redo()).toMatchObject({ ok: false, error: expect.stringMatching(/not drawn yet/) });
    await asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, count: "4", seed: "s1" }));
    const [one] = await drawn(cohort.id);
    const { pair } = await createPair(prisma(), cohort.id);
    await assignMentee(prisma(), pair, one.id);
    await createContactLog(prisma(), pair, { menteeId: one.id });
    expect(await redo()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^1 drawn mentee already has records/),
    });
    await prisma().contactLog.deleteMany({ where: { cohortId: cohort.id } });
    await prisma().cohort.update({ where: { id: cohort.id }, data: { groupsPublishedAt: new Date() } });
    expect(await redo()).toMatchObject({ ok: false, error: expect.stringMatching(/published/) });
    expect(await drawn(cohort.id)).toHaveLength(4);
    expect((await prisma().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).menteeDrawSeed).toBe("s1");
    expect(await prisma().auditEvent.count({ where: { cohortId: cohort.id, action: "mentees.redrawn" } })).toBe(0);
  });
});

describe("swapMenteeAction", () => {
  it("swaps one drawn mentee for a waiting first-year, with a reason; audited who, whom for whom", async () => {
    const { cohort, coordinator, refused } = await world(4, 4);
    await asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, count: "4", seed: "s" }));
    const [out] = await drawn(cohort.id);
    const waiting = await prisma().membership.findFirstOrThrow({
      where: { cohortId: cohort.id, role: "MENTEE", status: "CANDIDATE" },
    });
    const { pair } = await createPair(prisma(), cohort.id);
    await assignMentee(prisma(), pair, out.id);
    const input = { cohortId: cohort.id, outId: out.id, inId: waiting.id, reason: "Moved to another campus" };
    for (const who of refused) expect(await asUser(who, () => swapMenteeAction(null, input))).toMatchObject(PERMISSION);
    expect(await asUser(coordinator.userId, () => swapMenteeAction(null, { ...input, reason: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: expect.any(Array) },
    });
    expect(await asUser(coordinator.userId, () => swapMenteeAction(null, input))).toMatchObject({ ok: true });
    expect(await prisma().membership.findUniqueOrThrow({ where: { id: out.id } })).toMatchObject({
      status: "CANDIDATE",
      drawnAt: null,
      decisionReason: "Moved to another campus",
    });
    expect(await prisma().membership.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      status: "ACTIVE",
      drawnAt: expect.any(Date),
    });
    expect(await prisma().menteeAssignment.count({ where: { cohortId: cohort.id } })).toBe(0);
    expect(await drawn(cohort.id)).toHaveLength(4);
    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { cohortId: cohort.id, action: "mentees.swapped" },
    });
    expect(event.actorId).toBe(coordinator.userId);
    expect(event.detail).toMatchObject({ out: out.id, in: waiting.id, unassignedFrom: pair.id });
    // the coordinator's free text stays out of the trail (lib/audit.ts)
    expect(JSON.stringify(event.detail)).not.toContain("campus");
    // the audit trail page shows the swap with its reason, read from the membership (decision 136)
    const actor = (await loadCohortActor(coordinator.userId, cohort.id))!;
    const trail = (await getAuditTrail(actor, "COORDINATOR", { area: "setup", before: null }))!;
    const swap = trail.entries.find((e) => e.action === "mentees.swapped")!;
    expect(swap.details).toContainEqual(["reason", "Moved to another campus"]);
    expect(swap.details.map(([k]) => k)).not.toContain("reasonOn");
  });

  it("is refused for a non-candidate, a mentee who was not drawn, and after publishing", async () => {
    const { cohort, coordinator, mentee } = await world(3, 3);
    await asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, count: "3", seed: "s" }));
    const before = await drawn(cohort.id);
    const [a, b] = before;
    const waiting = await prisma().membership.findFirstOrThrow({
      where: { cohortId: cohort.id, role: "MENTEE", status: "CANDIDATE" },
    });
    const swap = (outId: string, inId: string) =>
      asUser(coordinator.userId, () =>
        swapMenteeAction(null, { cohortId: cohort.id, outId, inId, reason: "a reason" }),
      );
    expect(await swap(a.id, b.id)).toMatchObject({ ok: false, fieldErrors: { inId: expect.any(Array) } });
    expect(await swap(a.id, mentee.id)).toMatchObject({ ok: false, fieldErrors: { inId: expect.any(Array) } });
    expect(await swap(mentee.id, waiting.id)).toMatchObject({ ok: false, fieldErrors: { outId: expect.any(Array) } });
    expect(await swap(waiting.id, a.id)).toMatchObject({ ok: false, fieldErrors: { outId: expect.any(Array) } });
    // a drawn mentee with records is not swapped out (nothing of theirs is lost)
    const { pair } = await createPair(prisma(), cohort.id);
    await assignMentee(prisma(), pair, a.id);
    await createContactLog(prisma(), pair, { menteeId: a.id });
    expect(await swap(a.id, waiting.id)).toMatchObject({
      ok: false,
      fieldErrors: { outId: [expect.stringMatching(/already has records/)] },
    });
    expect(await prisma().menteeAssignment.count({ where: { menteeId: a.id } })).toBe(1);
    await prisma().contactLog.deleteMany({ where: { cohortId: cohort.id } });
    await prisma().cohort.update({ where: { id: cohort.id }, data: { groupsPublishedAt: new Date() } });
    expect(await swap(a.id, waiting.id)).toMatchObject({ ok: false, error: expect.stringMatching(/published/) });
    expect(ids(await drawn(cohort.id))).toEqual(ids(before));
    expect(await prisma().auditEvent.count({ where: { cohortId: cohort.id, action: "mentees.swapped" } })).toBe(0);
  });
});

describe("the swap by a typed student number or email (issue 10, item 4)", () => {
  it("finds the waiting first-year in this cohort only; anything else is refused next to the field", async () => {
    const { cohort, coordinator } = await world(3, 3);
    await asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, count: "3", seed: "s" }));
    const [out, drawnToo] = await drawn(cohort.id);
    const waiting = await prisma().membership.findMany({
      where: { cohortId: cohort.id, role: "MENTEE", status: "CANDIDATE" },
      select: { id: true, user: { select: { email: true } } },
      orderBy: { id: "asc" },
    });
    await prisma().membership.update({ where: { id: waiting[1]!.id }, data: { studentNumber: "S-40321" } });
    const other = await createCohort(prisma());
    const otherUser = await createUser(prisma());
    await createMentee(prisma(), other.id, { userId: otherUser.id, status: "CANDIDATE" });
    const swap = (incoming: string, outId = out!.id) =>
      asUser(coordinator.userId, () =>
        swapMenteeAction(null, { cohortId: cohort.id, outId, incoming, reason: "a reason" }),
      );
    const NONE = { ok: false, fieldErrors: { incoming: ["No waiting first-year with that student number or email."] } };
    const drawnEmail = (await prisma().membership.findUniqueOrThrow({
      where: { id: drawnToo!.id },
      select: { user: { select: { email: true } } },
    }))!.user.email;
    for (const typed of ["nobody@uni.test", drawnEmail, otherUser.email, "S-99999"])
      expect(await swap(typed), typed).toMatchObject(NONE);
    expect(
      await asUser(coordinator.userId, () =>
        swapMenteeAction(null, { cohortId: cohort.id, outId: out!.id, reason: "a reason" }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { incoming: ["Enter the student number or email of a waiting first-year."] },
    });
    expect(await prisma().auditEvent.count({ where: { cohortId: cohort.id, action: "mentees.swapped" } })).toBe(0);
    // by email, in any case
    expect(await swap(`  ${waiting[0]!.user.email.toUpperCase()} `)).toMatchObject({ ok: true });
    expect(await prisma().membership.findUniqueOrThrow({ where: { id: waiting[0]!.id } })).toMatchObject({
      status: "ACTIVE",
    });
    // by student number (lower case typed), the first one swapped back out
    expect(await swap("s-40321", waiting[0]!.id)).toMatchObject({ ok: true });
    expect(await prisma().membership.findUniqueOrThrow({ where: { id: waiting[1]!.id } })).toMatchObject({
      status: "ACTIVE",
    });
    expect(await prisma().auditEvent.count({ where: { cohortId: cohort.id, action: "mentees.swapped" } })).toBe(2);
  });

  it("the groups page offers at most 50 waiting first-years as suggestions, never the whole list", async () => {
    const { cohort, coordinator } = await world(30, 30);
    await asUser(coordinator.userId, () => drawMenteesAction(null, { cohortId: cohort.id, count: "6", seed: "s" }));
    const actor = (await loadCohortActor(coordinator.userId, cohort.id))!;
    const board = (await getGroupsBoard(actor))!;
    expect(board.candidatePool).toBe(54);
    expect(board.draw.drawn).toHaveLength(6);
    expect(board.draw.suggestions).toHaveLength(50);
    expect(board.draw).not.toHaveProperty("candidates");
    for (const s of board.draw.suggestions) expect(s.label).toContain(s.value); // the email (no student numbers here)
  });
});
