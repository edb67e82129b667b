/**
 * Issue 16, item 4: a coordinator of one cohort can no longer rename someone who takes part
 * elsewhere (the import used to upsert users by email), and the answer does not tell which
 * emails already have an account.
 */
import { describe, expect, it } from "vitest";
import { updateMyNameAction } from "@/lib/account/actions";
import { asUser } from "@/lib/auth/test-context";
import { addPersonAction, importPeopleAction, previewImportAction } from "@/lib/people/actions";
import { acceptInvitationAction } from "@/lib/people/invite-actions";
import { editPersonAction, revokeInvitationAction } from "@/lib/people/person-actions";
import { sendSignInLinkAction } from "@/lib/staff/actions";
import { translator } from "@/lib/i18n/translate";
import { IDENTITY_NOT_YOURS, mayEditIdentity } from "@/lib/people/write";
import { createCohort, createMembership, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;

let n = 0;
async function twoCohorts() {
  const email = `s.karimi${++n}@uni.test`;
  const a = await createCohort(prisma(), { name: "Cohort A", status: "DRAFT" });
  const b = await createCohort(prisma(), { name: "Cohort B", status: "DRAFT" });
  const coordA = await createMembership(prisma(), a.id, "COORDINATOR");
  const coordB = await createMembership(prisma(), b.id, "COORDINATOR");
  // The supervisor of cohort A, who handles urgent referrals: an account coordinator B must not touch.
  const supervisor = await createUser(prisma(), { name: "Dr. Sara Karimi", email });
  const supervisorMembership = await createMembership(prisma(), a.id, "SUPERVISOR", { userId: supervisor.id });
  return { a, b, coordA, coordB, supervisor, supervisorMembership };
}

describe("the rule", () => {
  it("every membership of the person must be in a cohort the coordinator runs", () => {
    expect(mayEditIdentity(["a"], ["a", "b"])).toBe(true);
    expect(mayEditIdentity(["a", "b"], ["a", "b"])).toBe(true);
    expect(mayEditIdentity(["a", "c"], ["a", "b"])).toBe(false);
    expect(mayEditIdentity([], ["a"])).toBe(false);
  });
});

describe("a coordinator of another cohort cannot rename a person", () => {
  it("importing someone's email links a membership and leaves their name alone", async () => {
    const { b, coordB, supervisor } = await twoCohorts();
    const r = await asUser(coordB.userId, () =>
      importPeopleAction(null, {
        cohortId: b.id,
        rows: [{ name: "Renamed By B", email: supervisor.email, gender: "male", languages: "Klingon" }],
      }),
    );
    expect(r).toMatchObject({ ok: true, data: { newMemberships: 1, updatedMemberships: 0 } });
    const after = await prisma().user.findUniqueOrThrow({
      where: { id: supervisor.id },
      select: { name: true, email: true, gender: true, languages: true },
    });
    expect(after).toEqual({ name: "Dr. Sara Karimi", email: supervisor.email, gender: "UNDISCLOSED", languages: [] });
    expect(await prisma().membership.count({ where: { userId: supervisor.id, cohortId: b.id, role: "MENTEE" } })).toBe(
      1,
    );
  });

  it("adding one person: the same words, and the same counts, for a known and an unknown email", async () => {
    const { b, coordB, supervisor } = await twoCohorts();
    const add = (email: string) =>
      asUser(coordB.userId, () => addPersonAction(null, { cohortId: b.id, name: "Some Name", email, role: "mentee" }));
    const known = await add(supervisor.email);
    const unknown = await add("brand.new@uni.test");
    expect(known).toMatchObject({ ok: true });
    expect(unknown).toMatchObject({ ok: true });
    if (!known.ok || !unknown.ok) return;
    expect(known.message).toBe(unknown.message);
    expect(known.data).toEqual(unknown.data);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: supervisor.id } })).name).toBe("Dr. Sara Karimi");
  });

  it("the import preview counts rows already in THIS cohort, not accounts elsewhere", async () => {
    const { b, coordB, supervisor } = await twoCohorts();
    const r = await asUser(coordB.userId, () =>
      previewImportAction(null, {
        cohortId: b.id,
        rows: [
          { name: "X", email: supervisor.email },
          { name: "Y", email: "nobody.yet@uni.test" },
        ],
      }),
    );
    expect(r).toMatchObject({ ok: true, data: { updates: 0 } });
  });

  it("editing a name or email: refused for someone also in another cohort; allowed within one's own", async () => {
    const { a, coordA, coordB, supervisorMembership, supervisor, b } = await twoCohorts();
    // coordinator B adds the supervisor to cohort B (a link), then tries to rename them
    await asUser(coordB.userId, () =>
      addPersonAction(null, { cohortId: b.id, name: "Whatever", email: supervisor.email, role: "mentee" }),
    );
    const inB = await prisma().membership.findFirstOrThrow({ where: { userId: supervisor.id, cohortId: b.id } });
    for (const [who, membershipId] of [
      [coordB.userId, inB.id],
      [coordA.userId, supervisorMembership.id],
    ] as const) {
      expect(
        await asUser(who, () => editPersonAction(null, { membershipId, name: "Hijacked", email: "evil@uni.test" })),
      ).toMatchObject({ ok: false, error: translator("en", "UTC").t(IDENTITY_NOT_YOURS) });
    }
    // coordinator B may not even ask about a membership of cohort A
    expect(
      await asUser(coordB.userId, () =>
        editPersonAction(null, { membershipId: supervisorMembership.id, name: "x", email: "x@uni.test" }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    expect(await prisma().user.findUniqueOrThrow({ where: { id: supervisor.id } })).toMatchObject({
      name: "Dr. Sara Karimi",
      email: supervisor.email,
    });

    // A student only in cohort A: coordinator A corrects the name and email.
    const student = await createMembership(prisma(), a.id, "MENTEE");
    const ok = await asUser(coordA.userId, () =>
      editPersonAction(null, { membershipId: student.id, name: "Corrected Name", email: "corrected@uni.test" }),
    );
    expect(ok).toMatchObject({ ok: true, data: { changed: ["name", "email"] } });
    expect(await prisma().auditEvent.count({ where: { action: "person.identity_changed" } })).toBe(1);

    // The person themself may always change their name.
    expect(await asUser(supervisor.id, () => updateMyNameAction(null, { name: "Sara Karimi" }))).toMatchObject({
      ok: true,
    });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: supervisor.id } })).name).toBe("Sara Karimi");
  });
});

describe("revoking an invitation", () => {
  it("a coordinator of the cohort withdraws the link; it stops working; others cannot", async () => {
    const { b, coordB, coordA } = await twoCohorts();
    await asUser(coordB.userId, () =>
      addPersonAction(null, { cohortId: b.id, name: "Late Student", email: `late${n}@uni.test`, role: "mentee" }),
    );
    const m = await prisma().membership.findFirstOrThrow({
      where: { cohortId: b.id, user: { email: `late${n}@uni.test` } },
    });
    // no invitation at import any more (issue 10): the coordinator sends one
    await asUser(coordB.userId, () => sendSignInLinkAction(null, { membershipId: m.id }));
    const mail = await prisma().outbox.findFirstOrThrow({
      where: { toEmail: `late${n}@uni.test`, kind: "invitation" },
    });
    const token = /\/invite\/(\S+)/.exec(mail.body)![1];
    expect(await asUser(coordA.userId, () => revokeInvitationAction(null, { membershipId: m.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/permission/),
    });
    expect(await asUser(coordB.userId, () => revokeInvitationAction(null, { membershipId: m.id }))).toMatchObject({
      ok: true,
    });
    const pw = "amber-violin-harbour-27";
    expect(await acceptInvitationAction(null, { token, password: pw, confirm: pw })).toMatchObject({ ok: false });
    expect(await asUser(coordB.userId, () => revokeInvitationAction(null, { membershipId: m.id }))).toMatchObject({
      ok: false,
      error: "This person has no open invitation.",
    });
  });
});
