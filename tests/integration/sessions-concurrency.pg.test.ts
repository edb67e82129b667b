/**
 * RSVPs under concurrency on REAL PostgreSQL (issue 12; PGlite serialises everything and cannot
 * show a race): bash scripts/with-postgres.sh npx vitest run tests/integration/sessions-concurrency.pg.test.ts
 */
import { describe, expect, it } from "vitest";
import type { Membership } from "@/generated/prisma/client";
import { asUser } from "@/lib/auth/test-context";
import { rsvpAction } from "@/lib/sessions/actions";
import { createCohort, createMentee, createProgramSession } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.runIf(onPostgres)("RSVPs under concurrency (real PostgreSQL)", () => {
  const getDb = useTestDb();
  const prisma = () => getDb().prisma;

  async function world(n: number, capacity: number) {
    const cohort = await createCohort(prisma());
    const mentees: Membership[] = [];
    for (let i = 0; i < n; i++) mentees.push(await createMentee(prisma(), cohort.id));
    const session = await createProgramSession(prisma(), cohort.id, { capacity, audience: "MENTEES" });
    return { mentees, session };
  }
  const rsvp = (m: Membership, sessionId: string, going: "yes" | "no") =>
    asUser(m.userId, () => rsvpAction(null, { sessionId, going }));

  it("100 parallel RSVPs for 40 seats: exactly 40 going and 60 waitlisted, in arrival order", async () => {
    const { mentees, session } = await world(100, 40);
    const results = await Promise.all(mentees.map((m) => rsvp(m, session.id, "yes")));
    expect(results.every((r) => r.ok)).toBe(true);
    const seats = results.filter((r) => r.ok && r.data.kind === "seat");
    const waits = results.flatMap((r) => (r.ok && r.data.kind === "waitlist" ? [r.data.position] : []));
    expect(seats).toHaveLength(40);
    expect(waits.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const rows = await prisma().attendance.findMany({
      where: { sessionId: session.id },
      orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
    });
    expect(rows.map((r) => r.status)).toEqual([...Array(40).fill("REGISTERED"), ...Array(60).fill("WAITLISTED")]);
    expect(new Set(rows.map((r) => r.registeredAt.getTime())).size).toBe(100); // a strict order
  }, 120_000);

  it("20 parallel cancellations promote exactly 20, the first 20 of the waitlist", async () => {
    const { mentees, session } = await world(60, 30);
    for (const m of mentees) await rsvp(m, session.id, "yes"); // 30 seats, 30 waiting, in this order
    const results = await Promise.all(mentees.slice(0, 20).map((m) => rsvp(m, session.id, "no")));
    expect(results.every((r) => r.ok)).toBe(true);
    const promoted = results.reduce((n, r) => n + (r.ok && r.data.kind === "notGoing" ? r.data.promoted : 0), 0);
    expect(promoted).toBe(20);
    const status = async (m: Membership) =>
      (
        await prisma().attendance.findUniqueOrThrow({
          where: { sessionId_membershipId: { sessionId: session.id, membershipId: m.id } },
        })
      ).status;
    expect(await Promise.all(mentees.slice(30, 50).map(status))).toEqual(Array(20).fill("REGISTERED"));
    expect(await Promise.all(mentees.slice(50).map(status))).toEqual(Array(10).fill("WAITLISTED"));
    expect(await prisma().attendance.count({ where: { sessionId: session.id, status: "REGISTERED" } })).toBe(30);
    expect(await prisma().outbox.count({ where: { kind: "session.promoted" } })).toBe(20);
  }, 120_000);

  it("one person RSVPing 10 times at once holds one RSVP", async () => {
    const { mentees, session } = await world(1, 5);
    const results = await Promise.all(Array.from({ length: 10 }, () => rsvp(mentees[0], session.id, "yes")));
    expect(results.every((r) => r.ok && r.data.kind === "seat")).toBe(true);
    expect(await prisma().attendance.count({ where: { sessionId: session.id } })).toBe(1);
  }, 60_000);

  it("the trigger is the second line: a direct insert past the capacity is refused", async () => {
    const { mentees, session } = await world(2, 1);
    await prisma().attendance.create({ data: { sessionId: session.id, membershipId: mentees[0].id } });
    await expect(
      prisma().attendance.create({ data: { sessionId: session.id, membershipId: mentees[1].id } }),
    ).rejects.toThrow(/Attendance_session_capacity/);
  });
});
