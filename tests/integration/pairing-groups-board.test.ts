/**
 * Issue 17: the groups page at scale. The board is one page of groups (a search and filters on
 * the server), the unassigned mentees a page at a time, and a mentee is moved or placed by typing
 * the target group's label (resolved within the mentee's cohort), never by a list of every group.
 */
import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { loadCohortActor } from "@/lib/auth/session";
import { moveMenteeAction } from "@/lib/pairing/actions";
import { getGroupsBoard, GROUPS_PER_PAGE, UNASSIGNED_PER_PAGE } from "@/lib/pairing/setup-queries";
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
const MODULES = ["Mentoring concepts", "Communication skills"];
const PERMISSION = { ok: false, error: expect.stringMatching(/permission/) };

async function trainedPair(cohortId: string, label: string, trained = true) {
  const made = await createPair(prisma(), cohortId, { label });
  if (trained)
    await prisma().trainingCompletion.createMany({
      data: [made.clinical, made.preclinical].flatMap((m) =>
        MODULES.map((module) => ({ membershipId: m.id, module, completedAt: new Date() })),
      ),
    });
  return made;
}

async function mentee(cohortId: string, name: string) {
  const u = await createUser(prisma(), { name });
  return createMentee(prisma(), cohortId, { userId: u.id, status: "ACTIVE" });
}

const actorOf = async (userId: string, cohortId: string) => (await loadCohortActor(userId, cohortId))!;

describe("getGroupsBoard: pages, filters and who may read it", () => {
  it("pages the groups, filters by label, mentor and mentee name, incomplete and untrained", async () => {
    const cohort = await createCohort(prisma(), { status: "DRAFT", groupSize: 2, maxMenteesPerMentor: 2 });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    const pairs = [];
    for (let i = 1; i <= GROUPS_PER_PAGE + 3; i++) pairs.push(await trainedPair(cohort.id, `Group ${i}`, i !== 5));
    // Group 1 full (2/2), Group 2 one mentee; Zara Quince in Group 2.
    await assignMentee(prisma(), pairs[0].pair, (await mentee(cohort.id, "Ann One")).id);
    await assignMentee(prisma(), pairs[0].pair, (await mentee(cohort.id, "Ben Two")).id);
    await assignMentee(prisma(), pairs[1].pair, (await mentee(cohort.id, "Zara Quince")).id);
    const waiting = [];
    for (let i = 0; i < UNASSIGNED_PER_PAGE + 2; i++) waiting.push(await mentee(cohort.id, `Waiting ${i}`));
    const actor = await actorOf(coordinator.userId, cohort.id);

    const first = (await getGroupsBoard(actor))!;
    expect(first.totalGroups).toBe(GROUPS_PER_PAGE + 3);
    expect(first.groups.map((g) => g.label)).toEqual(pairs.slice(0, GROUPS_PER_PAGE).map((p) => p.pair.label));
    expect(first).toMatchObject({ page: 1, pages: 2, found: GROUPS_PER_PAGE + 3 });
    // Only the shown groups' rows and mentors are sent; the summary counts the whole cohort.
    expect(first.balance.rows).toHaveLength(GROUPS_PER_PAGE);
    expect(first.load).toHaveLength(2 * GROUPS_PER_PAGE);
    expect(first.balance.total).toBe(3);
    expect(first.unassigned).toHaveLength(UNASSIGNED_PER_PAGE);
    expect(first).toMatchObject({ unassignedTotal: UNASSIGNED_PER_PAGE + 2, upages: 2 });

    const second = (await getGroupsBoard(actor, { page: 2, upage: 2 }))!;
    expect(second.groups.map((g) => g.label)).toEqual(["Group 25", "Group 26", "Group 27"]);
    expect(second.unassigned).toHaveLength(2);
    expect((await getGroupsBoard(actor, { page: 99 }))!.page).toBe(2); // past the end: the last page

    const byMentee = (await getGroupsBoard(actor, { q: "quince" }))!;
    expect(byMentee.groups.map((g) => g.label)).toEqual(["Group 2"]);
    expect(byMentee.groups[0].mentees.map((m) => m.name)).toEqual(["Zara Quince"]);
    expect(byMentee.unassigned).toHaveLength(0);
    const mentorName = (await prisma().user.findFirstOrThrow({ where: { id: pairs[6].clinical.userId } })).name;
    expect((await getGroupsBoard(actor, { q: mentorName }))!.groups.map((g) => g.label)).toContain("Group 7");
    expect((await getGroupsBoard(actor, { q: "group 26" }))!.groups.map((g) => g.label)).toEqual(["Group 26"]);
    expect((await getGroupsBoard(actor, { q: "Waiting 1" }))!.unassignedFound).toBe(11); // 1, 10-19

    const untrained = (await getGroupsBoard(actor, { show: "untrained" }))!;
    expect(untrained.groups.map((g) => g.label)).toEqual(["Group 5"]);
    const incomplete = (await getGroupsBoard(actor, { show: "incomplete" }))!;
    expect(incomplete.found).toBe(GROUPS_PER_PAGE + 2);
    expect(incomplete.groups.map((g) => g.label)).not.toContain("Group 1");
    expect((await getGroupsBoard(actor, { show: "nonsense" }))!.filter.show).toBe("");
    // Accepted mentors not yet in a pair (for a pair formed by hand); applicants are not offered.
    expect(first.freeMentors).toEqual([]);
    const free = await createMembership(prisma(), cohort.id, "MENTOR", { phase: "CLINICAL", status: "ACTIVE" });
    await createMembership(prisma(), cohort.id, "MENTOR", { phase: "PRECLINICAL", status: "APPLIED" });
    expect((await getGroupsBoard(actor))!.freeMentors).toEqual([
      { id: free.id, phase: "CLINICAL", user: { name: expect.any(String) } },
    ]);
  });

  it("gives a mentor, a mentee and a coordinator of another cohort nothing", async () => {
    const cohort = await createCohort(prisma(), { status: "DRAFT" });
    const { pair, clinical } = await trainedPair(cohort.id, "Group 1");
    const m = await mentee(cohort.id, "Secret Name");
    await assignMentee(prisma(), pair, m.id);
    const other = await createCohort(prisma());
    const otherCoordinator = await createMembership(prisma(), other.id, "COORDINATOR");
    expect(await getGroupsBoard(await actorOf(clinical.userId, cohort.id))).toBeNull();
    expect(await getGroupsBoard(await actorOf(m.userId, cohort.id))).toBeNull();
    const foreign = await loadCohortActor(otherCoordinator.userId, cohort.id);
    expect(foreign ? await getGroupsBoard(foreign) : null).toBeNull();
    // Their own cohort's board shows none of this cohort's groups or names.
    const own = (await getGroupsBoard(await actorOf(otherCoordinator.userId, other.id)))!;
    expect(JSON.stringify(own)).not.toMatch(/Secret Name|Group 1"/);
  });
});

describe("moveMenteeAction by the target group's label", () => {
  async function world() {
    const cohort = await createCohort(prisma(), { status: "DRAFT", groupSize: 2, maxMenteesPerMentor: 2 });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    const a = await trainedPair(cohort.id, "Group 1");
    const b = await trainedPair(cohort.id, "Group 12");
    const other = await createCohort(prisma(), { status: "DRAFT" });
    const foreign = await trainedPair(other.id, "Group 99");
    const otherCoordinator = await createMembership(prisma(), other.id, "COORDINATOR");
    return { cohort, coordinator, a, b, foreign, otherCoordinator };
  }
  const groupOf = async (menteeId: string) =>
    (await prisma().menteeAssignment.findFirst({ where: { menteeId }, select: { pairId: true } }))?.pairId ?? null;

  it("places and moves by label (any case), takes out without one; refuses others' cohorts and roles", async () => {
    const { cohort, coordinator, a, b, otherCoordinator } = await world();
    const m = await mentee(cohort.id, "Mover");
    const place = await asUser(coordinator.userId, () =>
      moveMenteeAction(null, { menteeId: m.id, target: " group 12 " }),
    );
    expect(place).toMatchObject({ ok: true, message: "Moved to Group 12." });
    expect(await groupOf(m.id)).toBe(b.pair.id);
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: m.id, target: "Group 12" })),
    ).toMatchObject({ ok: false, fieldErrors: { target: [expect.stringMatching(/already in this group/)] } });
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: m.id, target: "Group 1" })),
    ).toMatchObject({ ok: true });
    expect(await groupOf(m.id)).toBe(a.pair.id);
    for (const who of [otherCoordinator.userId, a.clinical.userId, m.userId])
      expect(await asUser(who, () => moveMenteeAction(null, { menteeId: m.id, target: "Group 12" }))).toMatchObject(
        PERMISSION,
      );
    expect(await groupOf(m.id)).toBe(a.pair.id);
    // The group's form: "take out instead" needs no label.
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: m.id, target: "", takeOut: "on" })),
    ).toMatchObject({ ok: true, message: "Taken out of the group." });
    expect(await groupOf(m.id)).toBeNull();
    await assignMentee(prisma(), a.pair, m.id);
    // Without a target and a pairId, as before: taken out.
    expect(await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: m.id }))).toMatchObject({
      ok: true,
      message: "Taken out of the group.",
    });
    expect(await groupOf(m.id)).toBeNull();
  });

  it("says 'No group called …' for an unknown label or another cohort's group; empty label; full group", async () => {
    const { cohort, coordinator, a } = await world();
    const m = await mentee(cohort.id, "Placed");
    for (const target of ["Group 7", "Group 99"])
      expect(await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: m.id, target }))).toMatchObject({
        ok: false,
        fieldErrors: { target: [`No group called “${target}” in this cohort.`] },
      });
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: m.id, target: "  " })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { target: [expect.stringMatching(/Type the group's label/)] },
    });
    expect(await groupOf(m.id)).toBeNull();
    await assignMentee(prisma(), a.pair, (await mentee(cohort.id, "F1")).id);
    await assignMentee(prisma(), a.pair, (await mentee(cohort.id, "F2")).id);
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: m.id, target: "Group 1" })),
    ).toMatchObject({ ok: false, fieldErrors: { target: [expect.stringMatching(/full/)] } });
    expect(await groupOf(m.id)).toBeNull();
  });

  it("audits a move by label after publishing, as a move by id", async () => {
    const { cohort, coordinator, b } = await world();
    const m = await mentee(cohort.id, "Audited");
    await prisma().cohort.update({ where: { id: cohort.id }, data: { groupsPublishedAt: new Date() } });
    expect(
      await asUser(coordinator.userId, () => moveMenteeAction(null, { menteeId: m.id, target: "Group 12" })),
    ).toMatchObject({ ok: true });
    const audit = await prisma().auditEvent.findFirst({ where: { action: "group.mentee_moved", entityId: m.id } });
    expect(audit?.detail).toEqual({ from: null, to: b.pair.id });
  });
});

describe("same-named people on the groups page (issue 10, item 2)", () => {
  it("two Sara Ahmadi are told apart by student number or email, on the cards, the unassigned list and the forms", async () => {
    const cohort = await createCohort(prisma(), { status: "DRAFT", groupSize: 4, maxMenteesPerMentor: 4 });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    const g1 = await trainedPair(cohort.id, "Group 1");
    const a = await createUser(prisma(), { name: "Sara Ahmadi", email: "sara.a@uni.test" });
    const b = await createUser(prisma(), { name: "sara  ahmadi", email: "sara.b@uni.test" });
    const c = await createUser(prisma(), { name: "Reza Karimi", email: "reza.k@uni.test" });
    const ma = await createMentee(prisma(), cohort.id, { userId: a.id, status: "ACTIVE", studentNumber: "40321" });
    await createMentee(prisma(), cohort.id, { userId: b.id, status: "ACTIVE" });
    const mc = await createMentee(prisma(), cohort.id, { userId: c.id, status: "ACTIVE" });
    await assignMentee(prisma(), g1.pair, ma.id);
    await assignMentee(prisma(), g1.pair, mc.id);
    // a mentor of another pair with the same name as a mentee: told apart by email
    const g2 = await trainedPair(cohort.id, "Group 2");
    await prisma().user.update({ where: { id: g2.clinical.userId }, data: { name: "Reza Karimi" } });
    const mentorEmail = (await prisma().user.findUniqueOrThrow({ where: { id: g2.clinical.userId } })).email;

    const board = (await getGroupsBoard(await actorOf(coordinator.userId, cohort.id)))!;
    const group1 = board.groups.find((g) => g.label === "Group 1")!;
    expect(group1.mentees.map((m) => m.name).sort()).toEqual(["Reza Karimi (reza.k@uni.test)", "Sara Ahmadi (40321)"]);
    expect(board.unassigned.map((m) => m.name)).toEqual(["sara  ahmadi (sara.b@uni.test)"]);
    expect(board.groups.find((g) => g.label === "Group 2")!.clinicalName).toBe(`Reza Karimi (${mentorEmail})`);
    // the details stay on the server: nothing else of the person is sent
    expect(group1.mentees[0]).not.toHaveProperty("email");
    expect(group1.mentees[0]).not.toHaveProperty("studentNumber");
    // a unique name is shown alone
    await prisma().user.update({ where: { id: b.id }, data: { name: "Sara Bahrami" } });
    await prisma().user.update({ where: { id: g2.clinical.userId }, data: { name: "Ali Rahimi" } });
    const again = (await getGroupsBoard(await actorOf(coordinator.userId, cohort.id)))!;
    expect(
      again.groups
        .find((g) => g.label === "Group 1")!
        .mentees.map((m) => m.name)
        .sort(),
    ).toEqual(["Reza Karimi", "Sara Ahmadi"]);
    expect(again.unassigned.map((m) => m.name)).toEqual(["Sara Bahrami"]);
  });
});
