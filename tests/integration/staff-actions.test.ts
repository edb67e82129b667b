/**
 * Issue 10, items 2 and 3: coordinators add and remove the staff of their cohort (co-coordinators,
 * supervisors, role models), and send anyone of the cohort a new way in (invitation or reset link).
 */
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { asUser } from "@/lib/auth/test-context";
import { acceptInvitationAction } from "@/lib/people/invite-actions";
import { hashToken } from "@/lib/people/invitations";
import { addStaffAction, removeStaffAction, sendSignInLinkAction } from "@/lib/staff/actions";
import { getStaff } from "@/lib/staff/queries";
import { staffAddDecision, staffRemovalProblem, signInState } from "@/lib/staff/rules";
import { loadCohortActor } from "@/lib/auth/session";
import { createCohort, createMembership, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;
const PASSWORD = "harbour-violet-canyon-73";
const FORBIDDEN = expect.stringMatching(/permission/);

let n = 0;
async function setting() {
  const a = await createCohort(prisma(), { name: "Cohort A", status: "DRAFT" });
  const b = await createCohort(prisma(), { name: "Cohort B", status: "DRAFT" });
  const coordA = await createMembership(prisma(), a.id, "COORDINATOR");
  const coordB = await createMembership(prisma(), b.id, "COORDINATOR");
  const supervisorA = await createMembership(prisma(), a.id, "SUPERVISOR");
  const mentorA = await createMembership(prisma(), a.id, "MENTOR", { phase: "CLINICAL", status: "ACTIVE" });
  const email = `new.staff${++n}@uni.test`;
  return { a, b, coordA, coordB, supervisorA, mentorA, email };
}
const add = (userId: string, input: Record<string, string>) =>
  asUser(userId, () => addStaffAction(null, input as never));

describe("the staff rules", () => {
  it("adding: create, reactivate a removed membership, or refuse a duplicate", () => {
    expect(staffAddDecision(null)).toBe("create");
    expect(staffAddDecision({ status: "WITHDRAWN" })).toBe("reactivate");
    expect(staffAddDecision({ status: "ACTIVE" })).toBe("already");
  });
  it("removing: never the last coordinator, never oneself", () => {
    const base = { role: "COORDINATOR" as const, status: "ACTIVE" as const, isSelf: false };
    expect(staffRemovalProblem({ ...base, activeCoordinators: 2 })).toBeNull();
    expect(staffRemovalProblem({ ...base, activeCoordinators: 1 })).toBe("staff.errors.lastCoordinator");
    expect(staffRemovalProblem({ ...base, isSelf: true, activeCoordinators: 3 })).toBe("staff.errors.notYourself");
    expect(staffRemovalProblem({ ...base, role: "SUPERVISOR", activeCoordinators: 1 })).toBeNull();
    expect(staffRemovalProblem({ ...base, status: "WITHDRAWN", activeCoordinators: 2 })).toBe("staff.errors.notActive");
  });
  it("sign-in state", () => {
    expect(signInState({ hasPassword: true, hasSso: false, openLink: false })).toBe("active");
    expect(signInState({ hasPassword: false, hasSso: true, openLink: false })).toBe("active");
    expect(signInState({ hasPassword: false, hasSso: false, openLink: true })).toBe("invited");
    expect(signInState({ hasPassword: false, hasSso: false, openLink: false })).toBe("linkExpired");
  });
});

describe("adding staff", () => {
  it("a coordinator adds a supervisor: a new account, an ACTIVE membership, an invitation, an audit row", async () => {
    const { a, coordA, email } = await setting();
    const r = await add(coordA.userId, { cohortId: a.id, role: "SUPERVISOR", name: "Dr. Nasrin Tehrani", email });
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining("Supervisor added.") });
    const user = await prisma().user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } });
    expect(
      await prisma().membership.findFirst({
        where: { userId: user.id, cohortId: a.id },
        select: { role: true, status: true },
      }),
    ).toEqual({ role: "SUPERVISOR", status: "ACTIVE" });
    expect(await prisma().outbox.count({ where: { toEmail: email, kind: "invitation" } })).toBe(1);
    expect(await prisma().auditEvent.count({ where: { action: "staff.added", cohortId: a.id } })).toBe(1);
    // twice: refused next to the email field
    expect(await add(coordA.userId, { cohortId: a.id, role: "SUPERVISOR", name: "X", email })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["This person already has this role in this cohort."] },
    });
  });

  it("an existing account joins with its own name (never a silent rename), no invitation if it has a password", async () => {
    const { a, coordA } = await setting();
    const known = await createUser(prisma(), { name: "Dr. Reza Moradi", passwordHash: await hashPassword(PASSWORD) });
    const r = await add(coordA.userId, { cohortId: a.id, role: "COORDINATOR", name: "Renamed", email: known.email });
    expect(r).toMatchObject({ ok: true });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: known.id } })).name).toBe("Dr. Reza Moradi");
    expect(await prisma().outbox.count({ where: { toEmail: known.email } })).toBe(0);
  });

  it("bad input: field errors, nothing written", async () => {
    const { a, coordA } = await setting();
    const before = await prisma().membership.count();
    const r = await add(coordA.userId, { cohortId: a.id, role: "MENTEE", name: "", email: "nope" });
    expect(r).toMatchObject({ ok: false });
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["email", "name", "role"]);
    expect(r.values).toMatchObject({ email: "nope" });
    expect(await prisma().membership.count()).toBe(before);
  });

  it("refused: a coordinator of cohort B, a supervisor and a mentor of cohort A", async () => {
    const { a, coordB, supervisorA, mentorA, email } = await setting();
    for (const who of [coordB.userId, supervisorA.userId, mentorA.userId]) {
      expect(await add(who, { cohortId: a.id, role: "COORDINATOR", name: "Intruder", email })).toMatchObject({
        ok: false,
        error: FORBIDDEN,
      });
    }
    expect(await prisma().user.count({ where: { email } })).toBe(0);
  });
});

describe("removing staff", () => {
  it("withdraws the membership (history stays); refuses oneself and the last coordinator", async () => {
    const { a, coordA, supervisorA } = await setting();
    const remove = (who: string, membershipId: string) => asUser(who, () => removeStaffAction(null, { membershipId }));
    expect(await remove(coordA.userId, supervisorA.id)).toMatchObject({ ok: true });
    expect((await prisma().membership.findUniqueOrThrow({ where: { id: supervisorA.id } })).status).toBe("WITHDRAWN");
    expect(await remove(coordA.userId, supervisorA.id)).toMatchObject({
      ok: false,
      error: "This person is no longer in this role.",
    });
    expect(await remove(coordA.userId, coordA.id)).toMatchObject({
      ok: false,
      error: "You cannot remove yourself: ask another coordinator of this cohort.",
    });
    // a co-coordinator removes the first one (two were active); a removed one is not removed twice
    const co = await createMembership(prisma(), a.id, "COORDINATOR");
    expect(await remove(co.userId, coordA.id)).toMatchObject({ ok: true });
    const other = await createMembership(prisma(), a.id, "COORDINATOR", { status: "WITHDRAWN" });
    expect(await remove(co.userId, other.id)).toMatchObject({
      ok: false,
      error: "This person is no longer in this role.",
    });
    // re-adding a removed person reactivates the same membership
    const sup = await prisma().user.findUniqueOrThrow({ where: { id: supervisorA.userId } });
    expect(
      await add(co.userId, { cohortId: a.id, role: "SUPERVISOR", name: sup.name, email: sup.email }),
    ).toMatchObject({
      ok: true,
      data: { membershipId: supervisorA.id },
    });
  });

  it("refused: another cohort's coordinator, a supervisor; a mentor's membership is not staff", async () => {
    const { a, coordA, coordB, supervisorA, mentorA } = await setting();
    const co = await createMembership(prisma(), a.id, "COORDINATOR");
    for (const who of [coordB.userId, supervisorA.userId]) {
      expect(await asUser(who, () => removeStaffAction(null, { membershipId: co.id }))).toMatchObject({
        ok: false,
        error: FORBIDDEN,
      });
    }
    expect(await asUser(coordA.userId, () => removeStaffAction(null, { membershipId: mentorA.id }))).toMatchObject({
      ok: false,
      error: FORBIDDEN,
    });
    expect((await prisma().membership.findUniqueOrThrow({ where: { id: co.id } })).status).toBe("ACTIVE");
  });
});

describe("sending a sign-in link", () => {
  it("no password yet: a new invitation, and the old link stops working", async () => {
    const { a, coordA, email } = await setting();
    await add(coordA.userId, { cohortId: a.id, role: "ROLE_MODEL", name: "Dr. Parisa Nouri", email });
    const user = await prisma().user.findUniqueOrThrow({ where: { email } });
    const m = await prisma().membership.findFirstOrThrow({ where: { userId: user.id, cohortId: a.id } });
    const oldToken = await prisma().authToken.findFirstOrThrow({ where: { userId: user.id, usedAt: null } });
    const r = await asUser(coordA.userId, () => sendSignInLinkAction(null, { membershipId: m.id }));
    expect(r).toMatchObject({ ok: true, data: { kind: "invitation" } });
    expect((await prisma().authToken.findUniqueOrThrow({ where: { id: oldToken.id } })).usedAt).not.toBeNull();
    expect(await prisma().authToken.count({ where: { userId: user.id, usedAt: null, purpose: "INVITATION" } })).toBe(1);
    expect(await prisma().outbox.count({ where: { toEmail: email, kind: "invitation" } })).toBe(2);
    // the new link (read from the outbox, as a pilot without SMTP would) sets the password
    const body = (await prisma().outbox.findFirstOrThrow({ where: { toEmail: email }, orderBy: { createdAt: "desc" } }))
      .body;
    const token = /\/invite\/([A-Za-z0-9_-]{20,})/.exec(body)![1];
    expect(await prisma().authToken.count({ where: { tokenHash: hashToken(token), usedAt: null } })).toBe(1);
    expect(
      await asUser(null, () => acceptInvitationAction(null, { token, password: PASSWORD, confirm: PASSWORD } as never)),
    ).toMatchObject({ ok: true });
  });

  it("a password already: a reset link (never shown in the outbox page's kinds), earlier reset links revoked", async () => {
    const { coordA, mentorA } = await setting();
    await prisma().user.update({ where: { id: mentorA.userId }, data: { passwordHash: await hashPassword(PASSWORD) } });
    const first = await asUser(coordA.userId, () => sendSignInLinkAction(null, { membershipId: mentorA.id }));
    expect(first).toMatchObject({ ok: true, data: { kind: "reset" } });
    await asUser(coordA.userId, () => sendSignInLinkAction(null, { membershipId: mentorA.id }));
    expect(
      await prisma().authToken.count({ where: { userId: mentorA.userId, purpose: "PASSWORD_RESET", usedAt: null } }),
    ).toBe(1);
    expect(await prisma().outbox.count({ where: { userId: mentorA.userId, kind: "password.reset" } })).toBe(2);
  });

  it("refused: another cohort's coordinator, a supervisor, a mentor", async () => {
    const { coordB, supervisorA, mentorA, coordA } = await setting();
    for (const who of [coordB.userId, supervisorA.userId, mentorA.userId]) {
      expect(await asUser(who, () => sendSignInLinkAction(null, { membershipId: coordA.id }))).toMatchObject({
        ok: false,
        error: FORBIDDEN,
      });
    }
    expect(await prisma().authToken.count({ where: { userId: coordA.userId } })).toBe(0);
  });
});

describe("the staff page query", () => {
  it("lists the cohort's staff with their sign-in state, and nothing to a supervisor", async () => {
    const { a, coordA, supervisorA, email } = await setting();
    await add(coordA.userId, { cohortId: a.id, role: "SUPERVISOR", name: "Dr. Invited", email });
    const staff = await getStaff((await loadCohortActor(coordA.userId, a.id))!);
    expect(staff?.map((s) => [s.role, s.signIn, s.isYou])).toEqual(
      expect.arrayContaining([
        ["COORDINATOR", "linkExpired", true],
        ["SUPERVISOR", "invited", false],
      ]),
    );
    expect(staff?.some((s) => s.role === ("MENTOR" as never))).toBe(false);
    expect(await getStaff((await loadCohortActor(supervisorA.userId, a.id))!)).toBeNull();
  });
});
