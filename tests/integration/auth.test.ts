import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { loadCohortActor } from "@/lib/auth/session";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();

describe("password sign-in", () => {
  it("accepts the right password (email in any case) and records the sign-in", async () => {
    const user = await getDb().prisma.user.create({
      data: { email: "amina@example.test", name: "Amina", passwordHash: await hashPassword("correct horse") },
    });
    expect(await authenticate("  Amina@Example.TEST ", "correct horse")).toBe(user.id);
    const after = await getDb().prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { lastLoginAt: true },
    });
    expect(after.lastLoginAt).toBeInstanceOf(Date);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    await getDb().prisma.user.create({
      data: { email: "jonas@example.test", name: "Jonas", passwordHash: await hashPassword("right") },
    });
    expect(await authenticate("jonas@example.test", "wrong")).toBeNull();
    expect(await authenticate("nobody@example.test", "wrong")).toBeNull();
    expect(await authenticate("not an email", "x")).toBeNull();
  });

  it("an invited user without a password cannot sign in", async () => {
    await getDb().prisma.user.create({ data: { email: "invited@example.test", name: "Invited" } });
    expect(await authenticate("invited@example.test", "")).toBeNull();
    expect(await authenticate("invited@example.test", "anything")).toBeNull();
  });
});

describe("the caller's roles come from active memberships, pairs only once published", () => {
  it("resolves roles, membership ids and pairs; hides drafts; ignores declined memberships", async () => {
    const p = getDb().prisma;
    const cohort = await p.cohort.create({
      data: { name: "C", academicYear: "2026-2027", startsOn: new Date("2026-10-01"), endsOn: new Date("2027-06-30") },
    });
    const [u1, u2, u3] = await Promise.all(
      ["clin", "pre", "mentee"].map((n) => p.user.create({ data: { email: `${n}@example.test`, name: n } })),
    );
    const clin = await p.membership.create({
      data: { userId: u1.id, cohortId: cohort.id, role: "MENTOR", phase: "CLINICAL" },
    });
    const pre = await p.membership.create({
      data: { userId: u2.id, cohortId: cohort.id, role: "MENTOR", phase: "PRECLINICAL" },
    });
    const mentee = await p.membership.create({ data: { userId: u3.id, cohortId: cohort.id, role: "MENTEE" } });
    await p.membership.create({
      data: { userId: u3.id, cohortId: cohort.id, role: "COORDINATOR", status: "DECLINED" },
    });
    const pair = await p.mentorPair.create({
      data: { cohortId: cohort.id, label: "Group 1", clinicalMentorId: clin.id, preclinicalMentorId: pre.id },
    });
    await p.menteeAssignment.create({ data: { cohortId: cohort.id, pairId: pair.id, menteeId: mentee.id } });

    const draft = await loadCohortActor(u3.id, cohort.id);
    expect(draft).toMatchObject({ menteePairId: null, membershipIds: { MENTEE: mentee.id } });
    expect([...draft!.roles]).toEqual(["MENTEE"]);
    expect((await loadCohortActor(u1.id, cohort.id))?.mentorPairId).toBeNull();

    await p.cohort.update({ where: { id: cohort.id }, data: { groupsPublishedAt: new Date() } });
    expect((await loadCohortActor(u3.id, cohort.id))?.menteePairId).toBe(pair.id);
    expect((await loadCohortActor(u1.id, cohort.id))?.mentorPairId).toBe(pair.id);
    expect((await loadCohortActor(u2.id, cohort.id))?.mentorPairId).toBe(pair.id);
    expect(await loadCohortActor(u1.id, "another-cohort")).toBeNull();
  });
});
