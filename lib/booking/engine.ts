/**
 * The transactional core of booking, shared by the server actions and bench/booking-throughput.ts
 * (so it imports nothing server-only). Every function takes the transaction client `tx`.
 *
 * Race-freedom (docs/decisions/007-booking-integrity.md): inside one transaction we lock the
 * mentee's Membership row, then the slot row(s) in id order, with SELECT ... FOR UPDATE; only
 * then count seats and look for overlapping bookings, and insert. Every writer of a BOOKED row
 * for that mentee or that slot takes the same locks (the Booking_integrity trigger takes them
 * too, for any writer that bypasses this file), so the count cannot change between the check
 * and the insert. Locks are always taken in the same order, so two bookings cannot deadlock.
 */
import type { Db } from "../db/client";
import { decideBooking, type SlotFacts } from "./rules";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Generous: 50 parallel attempts wait their turn on one slot row. */
export const BOOKING_TX = { maxWait: 20_000, timeout: 20_000 } as const;

export interface LockedSlot extends SlotFacts {
  id: string;
  cohortId: string;
  pairId: string;
  mentorId: string;
  place: string;
  kind: "INDIVIDUAL" | "GROUP";
}

export async function lockMembership(tx: Tx, membershipId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Membership" WHERE id = ${membershipId} FOR UPDATE`;
}

/** Locks the slots (in id order) and returns them by id. */
export async function lockSlots(tx: Tx, slotIds: string[]): Promise<Map<string, LockedSlot>> {
  const out = new Map<string, LockedSlot>();
  for (const id of [...new Set(slotIds)].sort()) {
    const rows = await tx.$queryRaw<LockedSlot[]>`
      SELECT id, "cohortId", "pairId", "mentorId", "startsAt", "endsAt", capacity, "cancelledAt", place, kind::text AS kind
        FROM "AvailabilitySlot" WHERE id = ${id} FOR UPDATE`;
    if (rows[0]) out.set(id, rows[0]);
  }
  return out;
}

export type BookOutcome =
  | { kind: "booked"; bookingId: string }
  | { kind: "already-booked"; bookingId: string }
  | { kind: "refused"; reason: "cancelled" | "past" | "full" | "overlap"; message: string };

/**
 * Books a seat for the mentee in the slot. The caller has checked who may do this, and has
 * already locked the mentee's membership and the slot (lockMembership, lockSlots).
 */
export async function bookLocked(
  tx: Tx,
  f: { slot: LockedSlot; menteeId: string; now: Date; ignoreBookingId?: string },
): Promise<BookOutcome> {
  const { slot, menteeId } = f;
  // One query at a time: a transaction is one connection (and PGlite has only one). The cheap
  // refusals (repeat, cancelled, past, full) come first: most attempts on a popular slot lose.
  const own = await tx.booking.findFirst({
    where: { slotId: slot.id, menteeId, status: { not: "CANCELLED" } },
    select: { id: true },
  });
  if (own) return { kind: "already-booked", bookingId: own.id };
  const seatsTaken = await tx.booking.count({ where: { slotId: slot.id, status: { not: "CANCELLED" } } });
  const early = decideBooking({ slot, seatsTaken, ownActive: false, overlapping: false, now: f.now });
  if (early.kind === "refused") return early;
  const overlapping = await tx.booking.findFirst({
    where: {
      menteeId,
      status: "BOOKED",
      ...(f.ignoreBookingId ? { id: { not: f.ignoreBookingId } } : {}),
      slot: { cancelledAt: null, startsAt: { lt: slot.endsAt }, endsAt: { gt: slot.startsAt } },
    },
    select: { id: true },
  });
  const decision = decideBooking({ slot, seatsTaken, ownActive: false, overlapping: !!overlapping, now: f.now });
  if (decision.kind === "refused") return decision;
  const booking = await tx.booking.create({ data: { slotId: slot.id, menteeId }, select: { id: true } });
  return { kind: "booked", bookingId: booking.id };
}

/** Locks and books in one go (the whole transaction body of a plain booking). */
export async function bookInTx(
  tx: Tx,
  f: { slotId: string; menteeId: string; now: Date },
): Promise<BookOutcome | { kind: "missing" }> {
  await lockMembership(tx, f.menteeId);
  const slot = (await lockSlots(tx, [f.slotId])).get(f.slotId);
  if (!slot) return { kind: "missing" };
  return bookLocked(tx, { slot, menteeId: f.menteeId, now: f.now });
}

/**
 * The next slot of the pair the mentee could still take: future, open, a free seat, and no
 * overlap with the mentee's own booked meetings. Used to offer an alternative after a lost race.
 */
export async function nextFreeSlot(
  db: Pick<Db, "availabilitySlot" | "booking">,
  f: { pairId: string; menteeId: string; now: Date; excludeSlotId?: string },
) {
  const candidates = await db.availabilitySlot.findMany({
    where: {
      pairId: f.pairId,
      cancelledAt: null,
      startsAt: { gt: f.now },
      ...(f.excludeSlotId ? { id: { not: f.excludeSlotId } } : {}),
    },
    orderBy: { startsAt: "asc" },
    take: 50,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      place: true,
      _count: { select: { bookings: { where: { status: { not: "CANCELLED" } } } } },
    },
  });
  const mine = await db.booking.findMany({
    where: { menteeId: f.menteeId, status: "BOOKED", slot: { startsAt: { gt: f.now } } },
    select: { slot: { select: { id: true, startsAt: true, endsAt: true } } },
  });
  return (
    candidates.find(
      (c) =>
        c._count.bookings < c.capacity &&
        !mine.some((m) => m.slot.id === c.id || (m.slot.startsAt < c.endsAt && c.startsAt < m.slot.endsAt)),
    ) ?? null
  );
}
