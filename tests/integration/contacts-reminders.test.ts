import { beforeAll, describe, expect, it } from "vitest";
import { runContactReminders } from "@/lib/contacts/reminders";
import { seedDemo } from "@/lib/demo/seed-demo";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const now = new Date();

beforeAll(async () => {
  await seedDemo(getDb().prisma, { today: now });
});

describe("runContactReminders: due and overdue reminders to both mentors, a daily digest, never twice", () => {
  it("queues reminders for the demo's overdue mentees and one digest per coordinator; a second run queues nothing", async () => {
    const p = getDb().prisma;
    const first = await runContactReminders(p, { now, appUrl: "https://duomentor.example" });
    expect(first.cohorts).toBe(1);
    expect(first.overdueReminders).toBe(6); // 3 overdue mentees x 2 mentors
    expect(first.digests).toBe(1);
    expect(first.queued).toBe(first.dueReminders + first.overdueReminders + first.digests);

    const overdue = await p.outbox.findMany({
      where: { kind: "reminder.contact_overdue" },
      select: { dedupeKey: true, body: true, toEmail: true },
    });
    expect(overdue).toHaveLength(6);
    expect(overdue.every((o) => /^contact-overdue:[^:]+:[^:]+:\d{4}-\d{2}-\d{2}$/.test(o.dedupeKey!))).toBe(true);
    expect(overdue[0].body).toContain("https://duomentor.example/mentor/contacts/new?mentee=");
    const digest = await p.outbox.findFirstOrThrow({ where: { kind: "digest.contacts_overdue" } });
    expect(digest.toEmail).toBe("coordinator@duomentor.test");
    expect(digest.body.match(/^- /gm)).toHaveLength(3);
    // never a note in a reminder
    const notes = (await p.contactLog.findMany({ where: { note: { not: null } }, select: { note: true } })).map(
      (n) => n.note!,
    );
    const all = JSON.stringify(await p.outbox.findMany({ select: { body: true, subject: true } }));
    for (const note of notes) expect(all).not.toContain(note.slice(0, 40));

    const again = await runContactReminders(p, { now, appUrl: "https://duomentor.example" });
    expect(again.queued).toBe(0);
    expect(again.skippedAsDuplicates).toBe(first.queued);
    expect(await p.outbox.count()).toBe(first.queued);
  });

  it("a completed contact ends the reminders for that mentee; the next day's digest is a new email", async () => {
    const p = getDb().prisma;
    const before = await p.outbox.count();
    const target = await p.outbox.findFirstOrThrow({
      where: { kind: "reminder.contact_overdue" },
      select: { dedupeKey: true },
    });
    const menteeId = target.dedupeKey!.split(":")[2];
    const assignment = await p.menteeAssignment.findFirstOrThrow({
      where: { menteeId },
      select: { pairId: true, cohortId: true, pair: { select: { clinicalMentorId: true } } },
    });
    await p.contactLog.create({
      data: {
        cohortId: assignment.cohortId,
        pairId: assignment.pairId,
        mentorId: assignment.pair.clinicalMentorId,
        menteeId,
        channel: "PHONE",
        occurredAt: new Date(now.getTime() - 60_000),
      },
    });
    const tomorrow = new Date(now.getTime() + 86_400_000);
    const next = await runContactReminders(p, { now: tomorrow });
    const queued = await p.outbox.findMany({
      skip: before,
      orderBy: { createdAt: "asc" },
      select: { kind: true, dedupeKey: true },
    });
    expect(next.queued).toBe(queued.length);
    expect(queued.filter((q) => q.kind === "digest.contacts_overdue")).toHaveLength(1);
    expect(queued.some((q) => q.dedupeKey?.includes(menteeId))).toBe(false);
  });
});
