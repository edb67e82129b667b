/**
 * The database decides races (STYLE.md 12): parallel bookings on REAL PostgreSQL (PGlite has one
 * connection and serialises everything, so it cannot show a race). PostgreSQL only (`*.pg.test.ts`):
 * npm run test:pg, or bash scripts/with-postgres.sh npx vitest run tests/integration/booking-concurrency.pg.test.ts
 */
import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { bookSlotAction, rescheduleBookingAction } from "@/lib/booking/actions";
import { createBooking, createSlot } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";
import { bookingWorld, extraMentees, HOUR } from "./booking-helpers";

describe("booking under concurrency (real PostgreSQL)", () => {
  const getDb = useTestDb();
  const prisma = () => getDb().prisma;

  it("50 parallel attempts on a 1-seat slot: exactly 1 booking and 49 friendly refusals", async () => {
    const w = await bookingWorld(prisma(), { mentees: 0 });
    const mentees = await extraMentees(prisma(), w.g1.pair, 50);
    const slot = await w.slotAt(72);
    await w.slotAt(96); // the next free time to offer
    const results = await Promise.all(
      mentees.map((m) => asUser(m.userId, () => bookSlotAction(null, { slotId: slot.id }))),
    );
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    for (const r of losers)
      expect(r).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^That slot was just taken\. The next free time is/),
      });
    expect(await prisma().booking.count({ where: { slotId: slot.id, status: { not: "CANCELLED" } } })).toBe(1);
  }, 60_000);

  it("a 6-seat group slot under 30 parallel attempts: exactly 6 bookings", async () => {
    const w = await bookingWorld(prisma(), { mentees: 0 });
    const mentees = await extraMentees(prisma(), w.g1.pair, 30);
    const slot = await w.slotAt(72, { kind: "GROUP", capacity: 6 });
    const results = await Promise.all(
      mentees.map((m) => asUser(m.userId, () => bookSlotAction(null, { slotId: slot.id }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(6);
    expect(results.filter((r) => !r.ok && /just taken/.test(r.error))).toHaveLength(24);
    expect(await prisma().booking.count({ where: { slotId: slot.id, status: { not: "CANCELLED" } } })).toBe(6);
  }, 60_000);

  it("20 parallel attempts by one mentee on two overlapping slots: exactly 1 booking", async () => {
    const w = await bookingWorld(prisma(), { mentees: 1 });
    const me = w.g1.mentees[0];
    const a = await w.slotAt(72, { kind: "GROUP", capacity: 6 });
    const b = await createSlot(prisma(), w.g1.pair, {
      mentorId: w.g1.preclinical.id,
      kind: "GROUP",
      capacity: 6,
      startsAt: new Date(a.startsAt.getTime() + HOUR / 2),
      endsAt: new Date(a.endsAt.getTime() + HOUR / 2),
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        asUser(me.userId, () => bookSlotAction(null, { slotId: i % 2 ? a.id : b.id })),
      ),
    );
    expect(results.every((r) => r.ok || /already have a meeting/.test(r.error))).toBe(true);
    expect(await prisma().booking.count({ where: { menteeId: me.id, status: "BOOKED" } })).toBe(1);
  }, 60_000);

  it("parallel reschedules into one free seat: one moves, the others keep their old booking", async () => {
    const w = await bookingWorld(prisma(), { mentees: 0 });
    const mentees = await extraMentees(prisma(), w.g1.pair, 10);
    const target = await w.slotAt(200);
    const bookings: { id: string }[] = [];
    for (let i = 0; i < mentees.length; i++) {
      const s = await createSlot(prisma(), w.g1.pair, {
        mentorId: w.g1.preclinical.id,
        startsAt: new Date(Date.now() + (100 + 2 * i) * HOUR),
        endsAt: new Date(Date.now() + (101 + 2 * i) * HOUR),
      });
      bookings.push(await createBooking(prisma(), s, mentees[i].id));
    }
    const results = await Promise.all(
      mentees.map((m, i) =>
        asUser(m.userId, () => rescheduleBookingAction(null, { bookingId: bookings[i].id, slotId: target.id })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma().booking.count({ where: { slotId: target.id, status: "BOOKED" } })).toBe(1);
    expect(await prisma().booking.count({ where: { id: { in: bookings.map((b) => b.id) }, status: "BOOKED" } })).toBe(
      9,
    );
  }, 60_000);
});
