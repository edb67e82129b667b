import { beforeAll, describe, expect, it } from "vitest";
import type { CohortActor } from "@/lib/auth/permissions";
import { loadCohortActor } from "@/lib/auth/session";
import { getComplianceReport, getMenteeContacts, getMenteeInbox } from "@/lib/contacts/queries";
import { DEMO_EMAILS, seedDemo } from "@/lib/demo/seed-demo";
import { getMentorHome } from "@/lib/pairing/queries";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const actors: Record<keyof typeof DEMO_EMAILS, CohortActor> = {} as never;
let cohortId: string;
let notes: string[];

beforeAll(async () => {
  const p = getDb().prisma;
  await seedDemo(p, { today: new Date() });
  cohortId = (await p.cohort.findFirstOrThrow({ select: { id: true } })).id;
  for (const [key, email] of Object.entries(DEMO_EMAILS)) {
    const user = await p.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    actors[key as keyof typeof DEMO_EMAILS] = (await loadCohortActor(user.id, cohortId))!;
  }
  notes = (await p.contactLog.findMany({ where: { note: { not: null } }, select: { note: true } })).map((n) => n.note!);
  expect(notes.length).toBeGreaterThan(20);
});

/** No private note (nor a recognisable part of one) anywhere in a serialised result. */
function expectNoNotes(value: unknown) {
  const text = JSON.stringify(value);
  for (const note of notes) expect(text).not.toContain(note.slice(0, 40));
}

describe("contact reads: each role its slice; notes only for the pair and the supervisor", () => {
  it("mentor home: the demo's overdue mentee first, each with a status and a next due date; the co-mentor's contacts in the timeline", async () => {
    const home = (await getMentorHome(actors.clinicalMentor))!;
    expect(home.mentees).toHaveLength(6);
    expect(home.mentees[0].status.kind).toBe("overdue");
    expect(home.mentees.filter((m) => m.status.kind === "overdue")).toHaveLength(1);
    expect(home.mentees.every((m) => m.status.kind === "complete" || m.status.nextDueOn)).toBe(true);
    expect(home.timeline.some((c) => c.byMe) && home.timeline.some((c) => !c.byMe)).toBe(true);
    expectNoNotes(home);
  });

  it("a mentee sees their contacts with both mentors and their inbox, never a note", async () => {
    const inbox = (await getMenteeInbox(actors.mentee))!;
    expect(inbox.contacts.length).toBeGreaterThan(3);
    expect(new Set(inbox.contacts.map((c) => c.mentor.phase))).toEqual(new Set(["CLINICAL", "PRECLINICAL"]));
    expect(inbox.inbox.length).toBeGreaterThan(0);
    expect(inbox.inbox[0].body).toMatch(/^Hi /);
    expectNoNotes(inbox);
    for (const key of ["coordinator", "supervisor", "clinicalMentor"] as const)
      expect(await getMenteeInbox(actors[key])).toBeNull();
  });

  it("the coordinator's compliance report: figures, overdue list, weeks by channel, and no notes", async () => {
    const report = (await getComplianceReport(actors.coordinator))!;
    expect(report.totals.mentees).toBe(36);
    expect(report.totals.overdue).toBe(3);
    expect(report.overdue).toHaveLength(3);
    expect(report.totals.share).toBeGreaterThan(0.5);
    expect(report.pairs).toHaveLength(6);
    expect(report.weeks.some((w) => w.channel === "PHONE" && w.outcome === "NO_ANSWER")).toBe(true);
    expectNoNotes(report);
    const one = (await getComplianceReport(actors.coordinator, { pairId: report.pairs[0].id, phase: "CLINICAL" }))!;
    expect(one.pairs).toHaveLength(1);
    expect(one.totals.mentees).toBe(6);
    expect(await getComplianceReport(actors.mentee)).toBeNull();
    expect(await getComplianceReport(actors.roleModel)).toBeNull();
  });

  it("history of one mentee: the pair's mentors with notes; the supervisor with notes, audited; the coordinator without; others nothing", async () => {
    const menteeId = actors.mentee.membershipIds.MENTEE!;
    const mentor = (await getMenteeContacts(actors.preclinicalMentor, menteeId))!;
    expect(mentor.withNotes).toBe(true);
    expect(mentor.contacts.some((c) => c.note)).toBe(true);
    expect(await getDb().prisma.auditEvent.count({ where: { action: "contact.notes_read" } })).toBe(0);

    const sup = (await getMenteeContacts(actors.supervisor, menteeId))!;
    expect(sup.contacts.some((c) => c.note)).toBe(true);
    const events = await getDb().prisma.auditEvent.findMany({
      where: { action: "contact.notes_read", entityId: menteeId },
    });
    expect(events).toHaveLength(1);
    expect(events[0].actorId).toBe(actors.supervisor.userId);
    expectNoNotes(events);

    const coord = (await getMenteeContacts(actors.coordinator, menteeId))!;
    expect(coord.withNotes).toBe(false);
    expectNoNotes(coord);

    const otherPair = await getDb().prisma.mentorPair.findFirstOrThrow({
      where: { cohortId, label: "Group 2" },
      select: { clinicalMentor: { select: { userId: true } } },
    });
    expect(
      await getMenteeContacts((await loadCohortActor(otherPair.clinicalMentor.userId, cohortId))!, menteeId),
    ).toBeNull();
    expect(await getMenteeContacts(actors.roleModel, menteeId)).toBeNull();
    // a mentee may not open another mentee's history (nor their own through this view's notes)
    const someoneElse = (await getMentorHome(actors.clinicalMentor))!.mentees.find((m) => m.id !== menteeId)!.id;
    expect(await getMenteeContacts(actors.mentee, someoneElse)).toBeNull();
  });
});
