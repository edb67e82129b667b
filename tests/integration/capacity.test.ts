/**
 * The lock-and-count helper on a real database (PGlite here; the race itself is proven through
 * the booking engine on PostgreSQL in booking-concurrency.test.ts): it reads the parent under
 * its lock, counts seats and waiting holders, lists arrivals in order, and claim() runs lock ->
 * count -> decide -> write in the caller's transaction.
 */
import { describe, expect, it } from "vitest";
import { SLOT_SEATS } from "@/lib/booking/engine";
import { arrivals, claim, defineCapacity, lockAndCount, nextPlace } from "@/lib/db/capacity";
import { createBooking, createCohort, createMentee, createProgramSession } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";
import { bookingWorld } from "./booking-helpers";

const getDb = useTestDb();
const prisma = () => getDb().prisma;

/** A session's RSVPs, as the sessions area would declare them (no waitlist status exists yet). */
const SESSION_SEATS = defineCapacity<{ id: string; capacity: number | null; title: string }>({
  parent: "ProgramSession",
  columns: "id, capacity, title",
  holders: "Attendance",
  key: "sessionId",
  seat: `h.status IN ('REGISTERED', 'ATTENDED')`,
  arrival: "registeredAt",
});

describe("lockAndCount and arrivals", () => {
  it("reads the slot under its lock and counts the seats its bookings hold (cancelled ones hold none)", async () => {
    const w = await bookingWorld(prisma(), { mentees: 3 });
    const slot = await w.slotAt(48, { kind: "GROUP", capacity: 6 });
    const [a, b, c] = w.g1.mentees;
    const first = await createBooking(prisma(), slot, a.id, { bookedAt: new Date(Date.now() - 3000) });
    await createBooking(prisma(), slot, b.id, { status: "CANCELLED", bookedAt: new Date(Date.now() - 2000) });
    const third = await createBooking(prisma(), slot, c.id, { bookedAt: new Date(Date.now() - 1000) });
    const held = await prisma().$transaction((tx) => lockAndCount(tx, SLOT_SEATS, slot.id));
    expect(held).toMatchObject({ row: { id: slot.id, capacity: 6, kind: "GROUP", pairId: w.g1.pair.id }, taken: 2 });
    expect(held?.waiting).toBe(0);
    expect(await prisma().$transaction((tx) => arrivals(tx, SLOT_SEATS, slot.id))).toEqual([
      { id: first.id, seat: true, waiting: false },
      { id: third.id, seat: true, waiting: false },
    ]);
    expect(await prisma().$transaction((tx) => lockAndCount(tx, SLOT_SEATS, "cnothere0000000000000000"))).toBeNull();
  });

  it("counts the waiting holders apart from the seats, in arrival order", async () => {
    const w = await bookingWorld(prisma(), { mentees: 3 });
    const slot = await w.slotAt(-2, { kind: "GROUP", capacity: 6 });
    // a stand-in condition for "waiting", to exercise the second count on real rows
    const withWaiting = defineCapacity<{ id: string; capacity: number }>({
      ...SLOT_SEATS.spec,
      columns: "id, capacity",
      seat: `h.status = 'ATTENDED'`,
      waiting: `h.status = 'NO_SHOW'`,
    });
    const [a, b, c] = w.g1.mentees;
    await createBooking(prisma(), slot, a.id, { status: "NO_SHOW", bookedAt: new Date(Date.now() - 3000) });
    await createBooking(prisma(), slot, b.id, { status: "ATTENDED", bookedAt: new Date(Date.now() - 2000) });
    await createBooking(prisma(), slot, c.id, { status: "NO_SHOW", bookedAt: new Date(Date.now() - 1000) });
    expect(await prisma().$transaction((tx) => lockAndCount(tx, withWaiting, slot.id))).toMatchObject({
      taken: 1,
      waiting: 2,
    });
    const order = await prisma().$transaction((tx) => arrivals(tx, withWaiting, slot.id));
    expect(order.map((x) => [x.seat, x.waiting])).toEqual([
      [false, true],
      [true, false],
      [false, true],
    ]);
  });

  it("claim: lock, count, decide with a pure rule, write; a session of 2 takes two RSVPs and refuses the third", async () => {
    const cohort = await createCohort(prisma());
    const session = await createProgramSession(prisma(), cohort.id, { capacity: 2 });
    const people = [];
    for (let i = 0; i < 3; i++) people.push(await createMentee(prisma(), cohort.id));
    const rsvp = (membershipId: string) =>
      prisma().$transaction((tx) =>
        claim(tx, SESSION_SEATS, session.id, {
          decide: ({ row, taken }) => nextPlace({ capacity: row.capacity, taken }),
          write: async (_held, place) =>
            place.kind === "seat"
              ? (await tx.attendance.create({ data: { sessionId: session.id, membershipId }, select: { id: true } })).id
              : place.kind,
        }),
      );
    expect(await rsvp(people[0].id)).toEqual(expect.any(String));
    expect(await rsvp(people[1].id)).toEqual(expect.any(String));
    expect(await rsvp(people[2].id)).toBe("full");
    expect(await prisma().attendance.count({ where: { sessionId: session.id } })).toBe(2);
    expect(
      await prisma().$transaction((tx) =>
        claim(tx, SESSION_SEATS, "cnothere0000000000000000", { decide: () => null, write: async () => "x" }),
      ),
    ).toBeNull();
  });
});
