/**
 * The transactional core of booking: the whole transaction body of booking a seat and of moving
 * a booking, called by the server actions (inside the pipeline's transaction) and by
 * bench/booking-throughput.ts, so the bench measures what the actions run. No server-only
 * imports. Every function takes the transaction client `tx`.
 *
 * Race-freedom (docs/decisions/007-booking-integrity.md): lock the mentee's Membership row, then
 * the slot row(s) in id order (SELECT ... FOR UPDATE); only then count the seats
 * (lib/db/capacity.ts), read the mentee's own meetings, decide with slotOffer (rules.ts) and
 * write. Every writer of a BOOKED row for that mentee or that slot takes the same locks (the
 * Booking_integrity trigger takes them too, for any writer that bypasses this file), so nothing
 * changes between the decision and the write; the fixed order means no two bookings deadlock.
 */
import { msg, type MsgDescriptor } from "../i18n/msg";
import type { Db } from "../db/client";
import { claim, defineCapacity, lockParents, type Held, type Tx } from "../db/capacity";
import { slotOffer, type HeldMeeting, type SlotFacts, type SlotOffer } from "./rules";

export type { Tx };

/** Generous: 50 parallel attempts wait their turn on one slot row. */
export const BOOKING_TX = { maxWait: 20_000, timeout: 20_000 } as const;

export interface LockedSlot extends SlotFacts {
  cohortId: string;
  pairId: string;
  mentorId: string;
  place: string;
  kind: "INDIVIDUAL" | "GROUP";
}

/** A slot's seats: held by its bookings that are not cancelled (BOOKED, ATTENDED, NO_SHOW). */
export const SLOT_SEATS = defineCapacity<LockedSlot>({
  parent: "AvailabilitySlot",
  columns: `id, "cohortId", "pairId", "mentorId", "startsAt", "endsAt", capacity, "cancelledAt", place, kind::text AS kind`,
  holders: "Booking",
  key: "slotId",
  seat: `h.status <> 'CANCELLED'`,
  arrival: "bookedAt",
});

export async function lockMembership(tx: Tx, membershipId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Membership" WHERE id = ${membershipId} FOR UPDATE`;
}

/**
 * The mentee's meetings that slotOffer weighs: bookings that are not cancelled, with their
 * slot's times. `near`: only the seat in that slot and meetings touching its time (a loose
 * filter, back to back included: slotOffer decides what overlaps); `after`: meetings still to
 * end; `ignoreBookingId`: the booking being moved away from.
 */
export async function heldMeetings(
  db: Pick<Db, "booking">,
  menteeId: string,
  f: { near?: SlotFacts; after?: Date; ignoreBookingId?: string } = {},
): Promise<HeldMeeting[]> {
  const rows = await db.booking.findMany({
    where: {
      menteeId,
      status: { not: "CANCELLED" },
      ...(f.ignoreBookingId ? { id: { not: f.ignoreBookingId } } : {}),
      ...(f.after ? { slot: { endsAt: { gt: f.after } } } : {}),
      ...(f.near
        ? {
            OR: [
              { slotId: f.near.id },
              { slot: { cancelledAt: null, startsAt: { lte: f.near.endsAt }, endsAt: { gte: f.near.startsAt } } },
            ],
          }
        : {}),
    },
    select: { id: true, slotId: true, status: true, slot: { select: { startsAt: true, endsAt: true } } },
  });
  return rows.map((b) => ({
    bookingId: b.id,
    slotId: b.slotId,
    status: b.status,
    startsAt: b.slot.startsAt,
    endsAt: b.slot.endsAt,
  }));
}

export interface FreeSlot {
  id: string;
  startsAt: Date;
  place: string;
}

type Refused = Extract<SlotOffer, { kind: "closed" }>;

export type BookOutcome =
  | { kind: "booked"; bookingId: string }
  | { kind: "already-booked"; bookingId: string }
  /** `next`: after a lost race ("full"), the next time the mentee could still take */
  | { kind: "refused"; reason: Refused["reason"]; message: MsgDescriptor; next?: FreeSlot | null }
  /** moving: the booking to move is no longer BOOKED (nothing written) */
  | { kind: "gone"; message: MsgDescriptor }
  | { kind: "missing" };

/** Inside the seat transaction: a lost race is marked, to be answered once the slot is let go. */
type Step = BookOutcome | { kind: "lost"; message: MsgDescriptor; pairId: string };

function refused(offer: Refused, slot: LockedSlot): Step {
  return offer.reason === "full"
    ? { kind: "lost", message: offer.message, pairId: slot.pairId }
    : { kind: "refused", reason: offer.reason, message: offer.message };
}

/**
 * SAVEPOINT seat, before the slot locks. A lost race ("full") is final, so the loser gives the
 * slot's lock back (ROLLBACK TO SAVEPOINT releases the row locks taken after it; nothing was
 * written after it) before looking up the next free time to offer: the other contenders do not
 * wait for that lookup. The mentee's own lock, taken before, is kept.
 */
async function answer(
  tx: Tx,
  step: Step | null,
  f: { menteeId: string; now: Date; slotId: string },
): Promise<BookOutcome> {
  if (!step) return { kind: "missing" };
  if (step.kind !== "lost") return step;
  await tx.$executeRaw`ROLLBACK TO SAVEPOINT seat`;
  const next = await nextFreeSlot(tx, {
    pairId: step.pairId,
    menteeId: f.menteeId,
    now: f.now,
    excludeSlotId: f.slotId,
  });
  return { kind: "refused", reason: "full", message: step.message, next };
}

function offerOf({ row, taken }: Held<LockedSlot>, mine: HeldMeeting[], now: Date) {
  return slotOffer({ slot: row, seatsTaken: taken, mine, now });
}

/**
 * Books a seat for the mentee in the slot (the pipeline has checked who may): the whole
 * transaction body of bookSlotAction. Submitting twice returns the seat already held.
 */
export async function bookSlot(tx: Tx, f: { slotId: string; menteeId: string; now: Date }): Promise<BookOutcome> {
  await lockMembership(tx, f.menteeId);
  await tx.$executeRaw`SAVEPOINT seat`;
  const step = await claim(tx, SLOT_SEATS, f.slotId, {
    facts: ({ row }) => heldMeetings(tx, f.menteeId, { near: row }),
    decide: (held, mine) => offerOf(held, mine, f.now),
    async write({ row }, offer): Promise<Step> {
      if (offer.kind === "mine") return { kind: "already-booked", bookingId: offer.bookingId };
      if (offer.kind === "closed") return refused(offer, row);
      const booking = await tx.booking.create({ data: { slotId: row.id, menteeId: f.menteeId }, select: { id: true } });
      return { kind: "booked", bookingId: booking.id };
    },
  });
  return answer(tx, step, f);
}

/**
 * Moves a booking to another slot: cancel + book in one transaction (both or neither): the whole
 * transaction body of rescheduleBookingAction. The new booking continues the old one's calendar
 * event (calendarUid, SEQUENCE + 1) and the old one points to it (movedToId). The booking being left does not count against the
 * new time (it may overlap it); a refusal writes nothing.
 */
export async function moveBooking(
  tx: Tx,
  f: { bookingId: string; fromSlotId: string; toSlotId: string; menteeId: string; now: Date; byUserId: string },
): Promise<BookOutcome> {
  await lockMembership(tx, f.menteeId);
  await tx.$executeRaw`SAVEPOINT seat`;
  await lockParents(tx, SLOT_SEATS, [f.fromSlotId, f.toSlotId]);
  const step = await claim(tx, SLOT_SEATS, f.toSlotId, {
    facts: ({ row }) => heldMeetings(tx, f.menteeId, { near: row, ignoreBookingId: f.bookingId }),
    decide: (held, mine) => offerOf(held, mine, f.now),
    async write({ row }, offer): Promise<Step> {
      if (offer.kind === "closed") return refused(offer, row);
      const before = await tx.booking.findUnique({
        where: { id: f.bookingId },
        select: { sequence: true, calendarUid: true },
      });
      const left = await tx.booking.updateMany({
        where: { id: f.bookingId, status: "BOOKED" },
        data: {
          status: "CANCELLED",
          cancelledAt: f.now,
          cancelledById: f.byUserId,
          cancelReason: "Rescheduled",
          sequence: { increment: 1 },
        },
      });
      if (left.count !== 1) return { kind: "gone", message: msg("meetings.errors.notBooked") };
      if (offer.kind === "mine") return { kind: "already-booked", bookingId: offer.bookingId };
      // The meeting keeps its calendar identity: same UID, SEQUENCE + 1 (decision 120).
      const booking = await tx.booking.create({
        data: {
          slotId: row.id,
          menteeId: f.menteeId,
          calendarUid: before?.calendarUid ?? f.bookingId,
          sequence: (before?.sequence ?? 0) + 1,
        },
        select: { id: true },
      });
      await tx.booking.update({ where: { id: f.bookingId }, data: { movedToId: booking.id }, select: { id: true } });
      return { kind: "booked", bookingId: booking.id };
    },
  });
  return answer(tx, step, { ...f, slotId: f.toSlotId });
}

/**
 * The next slot of the pair the mentee could still take: the first of the pair's coming slots
 * that slotOffer calls open. Offered after a lost race.
 */
export async function nextFreeSlot(
  db: Pick<Db, "availabilitySlot" | "booking">,
  f: { pairId: string; menteeId: string; now: Date; excludeSlotId?: string },
): Promise<FreeSlot | null> {
  // One query at a time: a transaction is one connection (and PGlite has only one).
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
      cancelledAt: true,
      place: true,
      _count: { select: { bookings: { where: { status: { not: "CANCELLED" } } } } },
    },
  });
  const mine = await heldMeetings(db, f.menteeId, { after: f.now });
  const next = candidates.find(
    (c) => slotOffer({ slot: c, seatsTaken: c._count.bookings, mine, now: f.now }).kind === "open",
  );
  return next ? { id: next.id, startsAt: next.startsAt, place: next.place } : null;
}
