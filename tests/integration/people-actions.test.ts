import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { verifyPassword } from "@/lib/auth/password";
import { addPersonAction, importPeopleAction, previewImportAction } from "@/lib/people/actions";
import { MAX_CHUNK_ROWS } from "@/lib/people/rules";
import { acceptInvitationAction } from "@/lib/people/invite-actions";
import { decideApplicationAction } from "@/lib/pairing/actions";
import { sendSignInLinkAction } from "@/lib/staff/actions";
import { createCohort, createMembership, createMentee } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;

async function world() {
  const cohort = await createCohort(prisma(), { status: "DRAFT" });
  const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
  const supervisor = await createMembership(prisma(), cohort.id, "SUPERVISOR");
  const mentee = await createMentee(prisma(), cohort.id);
  const other = await createCohort(prisma());
  const otherCoordinator = await createMembership(prisma(), other.id, "COORDINATOR");
  return { cohort, coordinator, supervisor, mentee, otherCoordinator };
}

let n = 0;
const rows = (count: number, prefix = `p${++n}`) =>
  Array.from({ length: count }, (_, i) => ({
    name: `Student ${i}`,
    email: `${prefix}-${i}@uni.test`,
    year: "1",
    gender: i % 2 ? "female" : "male",
    languages: "English",
  }));

describe("previewImportAction and importPeopleAction", () => {
  it("stores the student number (for exam results); a number someone of the cohort has is refused, nothing written", async () => {
    const { cohort, coordinator, mentee } = await world();
    await prisma().membership.update({ where: { id: mentee.id }, data: { studentNumber: "20260099" } });
    const file = rows(2, "sn").map((r, i) => ({ ...r, "student number": `2026 000${i}` }));
    const r = await asUser(coordinator.userId, () => importPeopleAction(null, { cohortId: cohort.id, rows: file }));
    expect(r).toMatchObject({ ok: true });
    const stored = await prisma().membership.findMany({
      where: { cohortId: cohort.id, user: { email: { startsWith: "sn-" } } },
      orderBy: { studentNumber: "asc" },
      select: { studentNumber: true },
    });
    expect(stored.map((m) => m.studentNumber)).toEqual(["20260000", "20260001"]);
    const clash = [{ ...rows(1, "sn2")[0], "student number": "20260099" }];
    const refused = await asUser(coordinator.userId, () =>
      importPeopleAction(null, { cohortId: cohort.id, rows: clash }),
    );
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/nothing was imported/) });
    const preview = await asUser(coordinator.userId, () =>
      previewImportAction(null, { cohortId: cohort.id, rows: clash }),
    );
    expect(preview).toMatchObject({
      ok: true,
      data: {
        problemCount: 1,
        problems: [{ problems: [{ key: "roster.csv.rowProblem.numberTaken" }] }],
      },
    });
    expect(await prisma().user.count({ where: { email: { startsWith: "sn2-" } } })).toBe(0);
  });

  it("previews every problem and writes nothing; the import refuses a dirty file", async () => {
    const { cohort, coordinator } = await world();
    const file = rows(5);
    file[1].email = "broken";
    file[3].email = file[2].email;
    const preview = await asUser(coordinator.userId, () =>
      previewImportAction(null, {
        cohortId: cohort.id,
        rows: [...file, { name: "X", email: "x@uni.test", phase: "surgical" }],
      }),
    );
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.problemCount).toBe(3);
    expect(preview.data.problems.map((p) => p.line)).toEqual([3, 5, 7]);
    const users = await prisma().user.count();
    const refused = await asUser(coordinator.userId, () =>
      importPeopleAction(null, { cohortId: cohort.id, rows: file }),
    );
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/nothing was imported/) });
    expect(await prisma().user.count()).toBe(users);
  });

  it("imports candidates and applicants without invitations (issue 10); the mentor is invited when accepted", async () => {
    const { cohort, coordinator } = await world();
    const file = [
      ...rows(3, "imp"),
      {
        name: "Mentor A",
        email: "mentor-a@uni.test",
        role: "mentor",
        phase: "clinical",
        year: "5",
        motivation: "To help",
      },
    ];
    const r = await asUser(coordinator.userId, () => importPeopleAction(null, { cohortId: cohort.id, rows: file }));
    expect(r).toMatchObject({ ok: true, data: { newMemberships: 4, updatedMemberships: 0 } });
    const ms = await prisma().membership.findMany({
      where: { cohortId: cohort.id, user: { email: { in: file.map((f) => f.email) } } },
      select: { id: true, role: true, status: true, phase: true },
    });
    expect(ms.filter((m) => m.role === "MENTEE" && m.status === "CANDIDATE")).toHaveLength(3);
    expect(ms.find((m) => m.role === "MENTOR")).toMatchObject({ status: "APPLIED", phase: "CLINICAL" });
    // Nobody is told they were added before they have something to do.
    const emails = { in: file.map((f) => f.email) };
    expect(await prisma().authToken.count({ where: { user: { email: emails } } })).toBe(0);
    expect(await prisma().outbox.count({ where: { toEmail: emails } })).toBe(0);

    const mentor = ms.find((m) => m.role === "MENTOR")!;
    expect(
      await asUser(coordinator.userId, () =>
        decideApplicationAction(null, { membershipId: mentor.id, decision: "ACCEPT", reason: "" }),
      ),
    ).toMatchObject({ ok: true });
    const tokens = await prisma().authToken.findMany({ where: { user: { email: emails } } });
    expect(tokens).toHaveLength(1);
    const mails = await prisma().outbox.findMany({ where: { kind: "invitation", toEmail: emails } });
    expect(mails.map((m) => m.toEmail)).toEqual(["mentor-a@uni.test"]);
    // the stored hash is not the token in the link
    const link = /\/invite\/(\S+)/.exec(mails[0].body)![1];
    expect(tokens.map((t) => t.tokenHash)).not.toContain(link);

    file[0].name = "Renamed Student";
    const again = await asUser(coordinator.userId, () => importPeopleAction(null, { cohortId: cohort.id, rows: file }));
    expect(again).toMatchObject({ ok: true, data: { newMemberships: 0, updatedMemberships: 4 } });
    expect(await prisma().user.count({ where: { email: file[0].email } })).toBe(1);
    expect((await prisma().user.findUniqueOrThrow({ where: { email: file[0].email } })).name).toBe("Renamed Student");
    expect(
      await prisma().membership.count({
        where: { cohortId: cohort.id, user: { email: { in: file.map((f) => f.email) } } },
      }),
    ).toBe(4);
  });

  it("a chunk of 2,000 rows in one request; importing it again adds nobody twice and rewrites nobody", async () => {
    const { cohort, coordinator } = await world();
    const file = rows(MAX_CHUNK_ROWS, "big");
    const first = await asUser(coordinator.userId, () =>
      importPeopleAction(null, { cohortId: cohort.id, rows: file, offset: 4000 }),
    );
    expect(first).toMatchObject({ ok: true, data: { newMemberships: MAX_CHUNK_ROWS, updatedMemberships: 0 } });
    const where = { user: { email: { startsWith: "big-" } } };
    const before = await prisma().membership.findMany({ where, select: { id: true, updatedAt: true } });
    const usersBefore = await prisma().user.aggregate({ where: where.user, _max: { updatedAt: true } });
    const again = await asUser(coordinator.userId, () =>
      importPeopleAction(null, { cohortId: cohort.id, rows: file, offset: 4000 }),
    );
    expect(again).toMatchObject({ ok: true, data: { newMemberships: 0, updatedMemberships: MAX_CHUNK_ROWS } });
    expect(await prisma().user.count({ where: where.user })).toBe(MAX_CHUNK_ROWS);
    const after = await prisma().membership.findMany({ where, select: { id: true, updatedAt: true } });
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(MAX_CHUNK_ROWS);
    expect(await prisma().user.aggregate({ where: where.user, _max: { updatedAt: true } })).toEqual(usersBefore);
  });

  it("refuses a chunk of more than 2,000 rows (the browser sends smaller ones)", async () => {
    const { cohort, coordinator } = await world();
    expect(
      await asUser(coordinator.userId, () =>
        previewImportAction(null, { cohortId: cohort.id, rows: rows(MAX_CHUNK_ROWS + 1) }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { rows: [expect.stringMatching(/at most 2000 rows/)] } });
  });

  it("refuses a dirty chunk with its problems grouped by kind, on the file's lines", async () => {
    const { cohort, coordinator } = await world();
    const file = rows(6, "grp");
    for (const i of [0, 1, 2, 4]) file[i].name = "";
    file[5].email = "nope";
    const users = await prisma().user.count();
    const refused = await asUser(coordinator.userId, () =>
      importPeopleAction(null, { cohortId: cohort.id, rows: file, offset: 500 }),
    );
    expect(refused).toMatchObject({
      ok: false,
      error:
        "5 rows have problems (4 rows have no name: lines 502-504, 506; 1 row has an email that is not an email address: line 507): fix the file; nothing was imported.",
    });
    expect(await prisma().user.count()).toBe(users);
    const preview = await asUser(coordinator.userId, () =>
      previewImportAction(null, { cohortId: cohort.id, rows: file, offset: 500 }),
    );
    expect(preview.ok && preview.data.problems.map((p) => p.line)).toEqual([502, 503, 504, 506, 507]);
  });

  it("refuses invalid input (no rows)", async () => {
    const { cohort, coordinator } = await world();
    expect(
      await asUser(coordinator.userId, () => importPeopleAction(null, { cohortId: cohort.id, rows: [] })),
    ).toMatchObject({ ok: false, fieldErrors: { rows: expect.any(Array) } });
  });

  it("refuses a coordinator of another cohort, the supervisor and a mentee, for preview and import", async () => {
    const { cohort, supervisor, mentee, otherCoordinator } = await world();
    for (const who of [otherCoordinator.userId, supervisor.userId, mentee.userId]) {
      expect(await asUser(who, () => previewImportAction(null, { cohortId: cohort.id, rows: rows(1) }))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission/),
      });
      expect(await asUser(who, () => importPeopleAction(null, { cohortId: cohort.id, rows: rows(1) }))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission/),
      });
    }
  });

  it("writes nothing into a closed cohort", async () => {
    const { cohort, coordinator } = await world();
    await prisma().cohort.update({ where: { id: cohort.id }, data: { status: "CLOSED" } });
    expect(
      await asUser(coordinator.userId, () => importPeopleAction(null, { cohortId: cohort.id, rows: rows(2) })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/read-only/) });
  });
});

describe("addPersonAction", () => {
  it("adds a mentor applicant and invites them", async () => {
    const { cohort, coordinator } = await world();
    const r = await asUser(coordinator.userId, () =>
      addPersonAction(null, {
        cohortId: cohort.id,
        name: "Lee Min",
        email: "lee@uni.test",
        role: "mentor",
        phase: "preclinical",
        year: "2",
        gender: "female",
        languages: "Korean; English",
      }),
    );
    expect(r).toMatchObject({ ok: true, data: { newMemberships: 1 } });
    const m = await prisma().membership.findFirstOrThrow({
      where: { cohortId: cohort.id, user: { email: "lee@uni.test" } },
      include: { user: true },
    });
    expect(m).toMatchObject({
      role: "MENTOR",
      status: "APPLIED",
      phase: "PRECLINICAL",
      yearOfStudy: 2,
      user: { gender: "FEMALE", languages: ["Korean", "English"] },
    });
  });
  it("puts each problem next to its field", async () => {
    const { cohort, coordinator } = await world();
    const r = await asUser(coordinator.userId, () =>
      addPersonAction(null, { cohortId: cohort.id, name: "", email: "nope", role: "mentor", phase: "" }),
    );
    expect(r).toMatchObject({
      ok: false,
      // the problems' codes, translated for the caller (roster.csv.rowProblem.*)
      fieldErrors: {
        name: ["Name is missing."],
        email: ['"nope" is not an email address.'],
        phase: ["A mentor needs a phase: preclinical or clinical."],
      },
    });
  });
  it("refuses other roles", async () => {
    const { cohort, supervisor, otherCoordinator } = await world();
    for (const who of [supervisor.userId, otherCoordinator.userId]) {
      expect(
        await asUser(who, () =>
          addPersonAction(null, { cohortId: cohort.id, name: "A B", email: "ab@uni.test", role: "mentee" }),
        ),
      ).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    }
  });
});

describe("acceptInvitationAction", () => {
  it("sets the password once; the link then stops working", async () => {
    const { cohort, coordinator } = await world();
    await asUser(coordinator.userId, () =>
      addPersonAction(null, { cohortId: cohort.id, name: "New Student", email: "new@uni.test", role: "mentee" }),
    );
    const m = await prisma().membership.findFirstOrThrow({ where: { user: { email: "new@uni.test" } } });
    await asUser(coordinator.userId, () => sendSignInLinkAction(null, { membershipId: m.id }));
    const mail = await prisma().outbox.findFirstOrThrow({ where: { toEmail: "new@uni.test", kind: "invitation" } });
    const token = /\/invite\/(\S+)/.exec(mail.body)![1];
    expect(await acceptInvitationAction(null, { token, password: "short", confirm: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.any(Array) },
    });
    expect(
      await acceptInvitationAction(null, { token, password: "amber-violin-harbour-27", confirm: "different-pw!!" }),
    ).toMatchObject({ ok: false, fieldErrors: { confirm: expect.any(Array) } });
    expect(
      await acceptInvitationAction(null, {
        token,
        password: "amber-violin-harbour-27",
        confirm: "amber-violin-harbour-27",
      }),
    ).toMatchObject({ ok: true, data: { email: "new@uni.test" } });
    const user = await prisma().user.findUniqueOrThrow({
      where: { email: "new@uni.test" },
      select: { passwordHash: true },
    });
    expect(await verifyPassword(user.passwordHash!, "amber-violin-harbour-27")).toBe(true);
    expect(
      await acceptInvitationAction(null, {
        token,
        password: "quartz-meadow-lantern-81",
        confirm: "quartz-meadow-lantern-81",
      }),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/already used/) });
  });
  it("refuses an unknown or expired token", async () => {
    expect(
      await acceptInvitationAction(null, {
        token: "x".repeat(43),
        password: "amber-violin-harbour-27",
        confirm: "amber-violin-harbour-27",
      }),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/expired/) });
  });
});
