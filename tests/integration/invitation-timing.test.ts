/**
 * Issue 10, item 3: invitations go out when a person has something to do. Imported first-years
 * who are not drawn are never invited; the mentees placed in groups are, when the groups are
 * published (and those placed later, when they are placed); nobody who can sign in already, or who
 * holds an open link, gets a second one.
 */
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { asUser } from "@/lib/auth/test-context";
import { publishGroupsAction } from "@/lib/pairing/actions";
import { createCohort, createGroup, createMembership, createMentee } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;

describe("invitations at publishing", () => {
  it("the placed mentees and mentors who cannot sign in yet; never the undrawn first-years", async () => {
    const cohort = await createCohort(prisma(), { status: "DRAFT" });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    const { clinical, preclinical, mentees } = await createGroup(prisma(), cohort.id, 3);
    const undrawn = [
      await createMentee(prisma(), cohort.id, { status: "CANDIDATE" }),
      await createMentee(prisma(), cohort.id, { status: "CANDIDATE" }),
    ];
    // one mentor can sign in already: no invitation for them
    await prisma().user.update({
      where: { id: clinical.userId },
      data: { passwordHash: await hashPassword("onyx-prairie-beacon-17") },
    });
    const r = await asUser(coordinator.userId, () => publishGroupsAction(null, { cohortId: cohort.id }));
    expect(r).toMatchObject({ ok: true });
    const invited = await prisma().outbox.findMany({ where: { kind: "invitation" }, select: { userId: true } });
    expect(invited.map((i) => i.userId).sort()).toEqual([preclinical.userId, ...mentees.map((m) => m.userId)].sort());
    for (const m of undrawn) {
      expect(await prisma().outbox.count({ where: { userId: m.userId } })).toBe(0);
      expect(await prisma().authToken.count({ where: { userId: m.userId } })).toBe(0);
    }
  });
});
