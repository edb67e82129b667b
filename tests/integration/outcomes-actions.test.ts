import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Membership } from "@/generated/prisma/client";
import { loadCohortActor } from "@/lib/auth/session";
import { asUser } from "@/lib/auth/test-context";
import { importExamResultsAction, previewExamImportAction } from "@/lib/outcomes/actions";
import { getOutcomes } from "@/lib/outcomes/queries";
import { mannWhitney } from "@/lib/stats";
import { createCohort, createMembership, createPair, createUser, assignMentee } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const db = () => getDb().prisma;
let coordinator: Membership;
let supervisor: Membership;
let mentor: Membership;
let drawn: Membership[];
let notDrawn: Membership[];
const email = (i: number) => `student${i}@uni.example`;
const number = (i: number) => `2026${String(i).padStart(4, "0")}`;
let otherCohortNumber: string;
// Deterministic scores: mentees 60 + (i*7 % 30), not drawn 55 + (i*11 % 30).
const menteeScore = (i: number) => 60 + ((i * 7) % 30);
const otherScore = (i: number) => 55 + ((i * 11) % 30);

beforeAll(async () => {
  const cohort = await createCohort(db(), { groupsPublishedAt: new Date() });
  coordinator = await createMembership(db(), cohort.id, "COORDINATOR");
  supervisor = await createMembership(db(), cohort.id, "SUPERVISOR");
  const { pair, clinical } = await createPair(db(), cohort.id);
  mentor = clinical;
  drawn = [];
  notDrawn = [];
  for (let i = 0; i < 12; i++) {
    const u = await createUser(db(), { email: email(i), name: `Student ${i}` });
    const m = await createMembership(db(), cohort.id, "MENTEE", {
      userId: u.id,
      status: i < 6 ? "ACTIVE" : "CANDIDATE",
      studentNumber: number(i),
    });
    if (i < 6) {
      await assignMentee(db(), pair, m.id);
      drawn.push(m);
    } else notDrawn.push(m);
  }
  // A first-year of another cohort, with a student number: never matched from this cohort.
  const other = await createCohort(db());
  otherCohortNumber = "20279999";
  await createMembership(db(), other.id, "MENTEE", { studentNumber: otherCohortNumber });
});

const rowsFor = (exam: string) =>
  Array.from({ length: 12 }, (_, i) => ({
    email: email(i),
    exam,
    date: "2026-12-10",
    score: String(i < 6 ? menteeScore(i) : otherScore(i)),
    maximum: "100",
    passed: (i < 6 ? menteeScore(i) : otherScore(i)) >= 60 ? "pass" : "fail",
  }));

describe("exam results import and the comparison", () => {
  it("preview lists bad rows by line with their problem; nothing is written", async () => {
    const rows = [
      ...rowsFor("Block 1"),
      { email: "nobody@uni.example", exam: "Block 1", date: "2026-12-10", score: "70", maximum: "100", passed: "pass" },
      { email: email(1), exam: "Block 2", date: "2026-02-30", score: "120", maximum: "100", passed: "maybe" },
    ];
    const r = await asUser(coordinator.userId, () => previewExamImportAction(null, { rows, offset: 0 }));
    expect(r).toMatchObject({ ok: true, data: { rows: 14, valid: 12 } });
    if (!r.ok) return;
    expect(r.data.problems).toEqual([
      { line: 14, email: "nobody@uni.example", problems: [{ key: "outcomes.problems.notFirstYear" }] },
      {
        line: 15,
        email: email(1),
        problems: [
          { key: "outcomes.problems.date" },
          { key: "outcomes.problems.score" },
          { key: "outcomes.problems.passed" },
        ],
      },
    ]);
    expect(await db().examResult.count()).toBe(0);
  });

  it("refused: a mentor, the supervisor, a mentee, no one signed in; invalid input gives errors", async () => {
    for (const u of [mentor.userId, supervisor.userId, drawn[0].userId, null]) {
      const r = await asUser(u, () => importExamResultsAction(null, { rows: rowsFor("Block 1"), offset: 0 }));
      expect(r, String(u)).toMatchObject({ ok: false });
    }
    const empty = await asUser(coordinator.userId, () => importExamResultsAction(null, { rows: [], offset: 0 }));
    expect(empty).toMatchObject({ ok: false });
    expect(await db().examResult.count()).toBe(0);
  });

  it("import writes the valid rows, skips the bad ones; re-import updates in place; audited", async () => {
    const rows = [
      ...rowsFor("Block 1"),
      { email: "nobody@uni.example", exam: "Block 1", date: "2026-12-10", score: "1", maximum: "100", passed: "fail" },
    ];
    const r = await asUser(coordinator.userId, () => importExamResultsAction(null, { rows, offset: 0 }));
    expect(r).toMatchObject({ ok: true, data: { imported: 12, skipped: 1 } });
    const again = await asUser(coordinator.userId, () =>
      importExamResultsAction(null, { rows: rowsFor("Block 1"), offset: 0 }),
    );
    expect(again).toMatchObject({ ok: true, data: { imported: 12, skipped: 0 } });
    expect(await db().examResult.count()).toBe(12);
    expect(await db().auditEvent.count({ where: { action: "outcomes.imported" } })).toBe(2);
  });

  it("comparison: n, means, the test as computed from the raw scores; only aggregates, no student", async () => {
    const actor = (await loadCohortActor(coordinator.userId, coordinator.cohortId))!;
    const [exam] = (await getOutcomes(actor, "COORDINATOR"))!;
    expect(exam.suppressed).toBe(false);
    if (exam.suppressed) return;
    const a = drawn.map((_, i) => menteeScore(i));
    const b = notDrawn.map((_, i) => otherScore(i + 6));
    expect(exam.mentees.n).toBe(6);
    expect(exam.notDrawn.n).toBe(6);
    expect(exam.mentees.mean).toBeCloseTo(a.reduce((x, y) => x + y) / 6, 10);
    expect(exam.mannWhitney!.u).toBe(mannWhitney(a, b)!.u);
    const text = JSON.stringify(exam);
    expect(text).not.toContain("uni.example");
    expect(text).not.toContain("Student");
    // the supervisor reads it; a mentor and a mentee never
    expect(
      await getOutcomes((await loadCohortActor(supervisor.userId, supervisor.cohortId))!, "SUPERVISOR"),
    ).toHaveLength(1);
    expect(await getOutcomes((await loadCohortActor(mentor.userId, mentor.cohortId))!, "COORDINATOR")).toBeNull();
    expect(await getOutcomes((await loadCohortActor(drawn[0].userId, drawn[0].cohortId))!, "SUPERVISOR")).toBeNull();
  });

  it("a group under 5 is suppressed: nothing but that", async () => {
    const small = rowsFor("Block 2").filter((_, i) => i < 4 || i >= 6); // 4 mentees, 6 not drawn
    await asUser(coordinator.userId, () => importExamResultsAction(null, { rows: small, offset: 0 }));
    const actor = (await loadCohortActor(coordinator.userId, coordinator.cohortId))!;
    const exams = (await getOutcomes(actor, "COORDINATOR"))!;
    const b2 = exams.find((e) => e.exam === "Block 2")!;
    expect(b2).toEqual({ exam: "Block 2", takenOn: expect.any(Date), suppressed: true });
  });
});

describe("exam results by student number", () => {
  const byNumber = (exam: string, score: (i: number) => number) =>
    Array.from({ length: 12 }, (_, i) => ({
      "student number": number(i),
      exam,
      date: "2026-12-12",
      score: String(score(i)),
      maximum: "100",
      passed: score(i) >= 60 ? "pass" : "fail",
    }));
  const score = (i: number) => 41 + i * 3;

  it("matches the cohort's first-years by number; unknown numbers come back as one list; nothing written", async () => {
    const rows = [
      ...byNumber("Block 5", score),
      {
        "student number": "99990001",
        exam: "Block 5",
        date: "2026-12-12",
        score: "50",
        maximum: "100",
        passed: "fail",
      },
      {
        "student number": otherCohortNumber,
        exam: "Block 5",
        date: "2026-12-12",
        score: "77",
        maximum: "100",
        passed: "pass",
      },
      {
        "student number": "9999 0002",
        exam: "Block 5",
        date: "2026-12-12",
        score: "61",
        maximum: "100",
        passed: "pass",
      },
      { "student number": "", exam: "Block 5", date: "2026-12-12", score: "61", maximum: "100", passed: "pass" },
    ];
    const before = await db().examResult.count();
    const r = await asUser(coordinator.userId, () => previewExamImportAction(null, { rows, offset: 0 }));
    expect(r).toMatchObject({ ok: true, data: { rows: 16, valid: 12, fileProblems: [] } });
    if (!r.ok) return;
    expect(r.data.unknownNumbers).toEqual([
      { number: "99990001", line: 14 },
      { number: otherCohortNumber, line: 15 },
      { number: "99990002", line: 16 },
    ]);
    expect(r.data.problems).toEqual([{ line: 17, email: "", problems: [{ key: "outcomes.problems.student" }] }]);
    expect(await db().examResult.count()).toBe(before);
  });

  it("a file with neither an email nor a student number column is refused as a whole", async () => {
    const rows = [{ name: "x", exam: "Block 5", date: "2026-12-12", score: "50", maximum: "100", passed: "fail" }];
    const r = await asUser(coordinator.userId, () => previewExamImportAction(null, { rows, offset: 0 }));
    expect(r).toMatchObject({ ok: true, data: { fileProblems: [{ key: "outcomes.problems.studentColumn" }] } });
  });

  it("refused for a mentor, the supervisor (least privilege: they read aggregates only) and a mentee", async () => {
    for (const u of [mentor.userId, supervisor.userId, drawn[0].userId]) {
      const r = await asUser(u, () => importExamResultsAction(null, { rows: byNumber("Block 5", score), offset: 0 }));
      expect(r, String(u)).toMatchObject({ ok: false });
      const p = await asUser(u, () => previewExamImportAction(null, { rows: byNumber("Block 5", score), offset: 0 }));
      expect(p, String(u)).toMatchObject({ ok: false });
    }
    expect(await db().examResult.count({ where: { exam: "Block 5" } })).toBe(0);
  });

  it("imports each result to the right first-year; the audit and the logs carry counts, never a number or a grade", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((k) =>
      vi.spyOn(console, k).mockImplementation(() => {}),
    );
    const rows = [
      ...byNumber("Block 5", score),
      {
        "student number": "99990001",
        exam: "Block 5",
        date: "2026-12-12",
        score: "50",
        maximum: "100",
        passed: "fail",
      },
    ];
    let r: Awaited<ReturnType<typeof importExamResultsAction>>;
    try {
      r = await asUser(coordinator.userId, () => importExamResultsAction(null, { rows, offset: 0 }));
      const logged = JSON.stringify(spies.flatMap((s) => s.mock.calls));
      for (const i of [0, 5, 11]) {
        expect(logged).not.toContain(number(i));
        expect(logged).not.toContain(`"${score(i)}"`);
      }
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(r).toMatchObject({ ok: true, data: { imported: 12, skipped: 1, byStudentNumber: 12 } });
    const stored = await db().examResult.findMany({
      where: { exam: "Block 5" },
      select: { score: true, membershipId: true },
    });
    expect(stored).toHaveLength(12);
    const numbers = new Map(
      (
        await db().membership.findMany({
          where: { id: { in: stored.map((x) => x.membershipId) } },
          select: { id: true, studentNumber: true },
        })
      ).map((m) => [m.id, m.studentNumber!]),
    );
    for (const x of stored) expect(x.score).toBe(score(Number(numbers.get(x.membershipId)!.slice(4))));
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "outcomes.imported" },
      orderBy: { createdAt: "desc" },
      select: { detail: true },
    });
    expect(audit.detail).toEqual({ imported: 12, skipped: 1, byStudentNumber: 12 });
  });
});
