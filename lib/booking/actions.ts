"use server";
import { randomUUID } from "node:crypto";
import { ActionError, defineAction, refuse, ruleError } from "../actions";
import { clock } from "../clock";
import { email } from "../emails";
import { formatDateTime } from "../format";
import { enqueueEmails } from "../outbox/enqueue";
import { dbDateToLocal } from "../time";
import type { Tx } from "../db/capacity";
import { msg } from "../i18n/msg";
import { BOOKING_TX, bookSlot, lockMembership, moveBooking, type BookOutcome } from "./engine";
import { loadBooking, loadMove, loadOwnPair, loadSlot, loadSlotToBook } from "./loaders";
import {
  decideCancel,
  decideCancelSlot,
  decideMark,
  firstOverlap,
  minutesBetween,
  planSlots,
  SLOT_TAKEN,
  weekStart,
} from "./rules";
import {
  bookSlotSchema,
  cancelBookingSchema,
  cancelSlotSchema,
  createSlotsSchema,
  markAttendanceSchema,
  rescheduleBookingSchema,
} from "./schemas";

const MENTEE_PATHS = ["/mentee", "/mentee/book", "/mentee/meetings"];
const STAFF_PATHS = ["/mentor", "/mentor/availability", "/coordinator/meetings"];
const ALL_PATHS = [...MENTEE_PATHS, ...STAFF_PATHS];

/** A refused booking or move, as the person reads it; a lost race offers the next free time. */
function refusal(outcome: Exclude<BookOutcome, { kind: "booked" | "already-booked" }>, field?: string): never {
  if (outcome.kind === "missing") refuse();
  if (outcome.kind === "refused" && outcome.reason === "full") {
    const next = outcome.next;
    const taken = next ? msg(SLOT_TAKEN.key, { next: "yes", when: next.startsAt, place: next.place }) : SLOT_TAKEN;
    throw new ActionError(taken, undefined, "conflict", next ? { slotId: next.id } : undefined);
  }
  ruleError(outcome.message, field);
}

/**
 * Both mentors of the pair are told when a mentee books, moves or cancels (each in their own
 * language), with the mentee's cancel reason: it is written for them (decision 121).
 */
async function tellMentors(
  tx: Tx,
  f: { pairId: string; menteeId: string; bookingId: string } & (
    | { kind: "booking.booked_mentor"; when: Date; place: string }
    | { kind: "booking.moved_mentor"; from: Date; when: Date; place: string }
    | { kind: "booking.cancelled_mentor"; when: Date; place: string; reason: string | null }
  ),
) {
  const mentor = { select: { status: true, user: { select: { id: true, email: true, name: true } } } } as const;
  const [pair, mentee] = [
    await tx.mentorPair.findUnique({
      where: { id: f.pairId },
      select: { clinicalMentor: mentor, preclinicalMentor: mentor },
    }),
    await tx.membership.findUnique({ where: { id: f.menteeId }, select: { user: { select: { name: true } } } }),
  ];
  if (!pair || !mentee) return;
  const menteeName = mentee.user.name;
  const mentors = [pair.clinicalMentor, pair.preclinicalMentor].filter((m) => m.status === "ACTIVE");
  await enqueueEmails(
    tx,
    mentors.map(({ user }) => {
      const facts = { name: user.name, menteeName };
      return {
        userId: user.id,
        toEmail: user.email,
        dedupeKey: `${f.kind}:${f.bookingId}:${user.id}`,
        ...(f.kind === "booking.booked_mentor"
          ? email(f.kind, { ...facts, when: f.when, place: f.place })
          : f.kind === "booking.moved_mentor"
            ? email(f.kind, { ...facts, from: f.from, when: f.when, place: f.place })
            : email(f.kind, { ...facts, when: f.when, place: f.place, reason: f.reason })),
      };
    }),
  );
}

// ---------------------------------------------------------------- mentors: availability

/** Either mentor of a pair opens one-off or weekly times for the group. */
export const createSlotsAction = defineAction({
  name: "bookings.createSlots",
  schema: createSlotsSchema,
  successMessage: (d: { count: number; skippedAfterEnd: number; week: string }) =>
    msg("meetings.opened", { count: d.count, skipped: d.skippedAfterEnd }),
  revalidate: () => ALL_PATHS,
  load: () => loadOwnPair(),
  permission: { verb: "write", resource: "slot" },
  async run({ input, record, membershipId: mentorId, tx }) {
    const { cohort } = record;
    const plan = planSlots(
      {
        date: input.date,
        time: input.time,
        durationMinutes: input.durationMinutes,
        weeks: input.weeks,
        timeZone: cohort.timeZone,
        cohortStartsOn: dbDateToLocal(cohort.startsOn),
        cohortEndsOn: dbDateToLocal(cohort.endsOn),
      },
      clock(),
    );
    if (!plan.ok) ruleError(plan.message, plan.field);
    const capacity = input.kind === "INDIVIDUAL" ? 1 : (input.capacity ?? cohort.groupSize);
    const seriesId = plan.slots.length > 1 ? randomUUID() : null;
    // Lock the mentor: two submissions of overlapping times cannot both pass the check.
    await lockMembership(tx, mentorId);
    const existing = await tx.availabilitySlot.findMany({
      where: {
        mentorId,
        cancelledAt: null,
        // a loose window (back to back included): firstOverlap decides
        startsAt: { lte: plan.slots[plan.slots.length - 1].endsAt },
        endsAt: { gte: plan.slots[0].startsAt },
      },
      select: { startsAt: true, endsAt: true },
    });
    const clash = firstOverlap(plan.slots, existing);
    if (clash) {
      ruleError(msg("meetings.errors.slotOverlap", { when: clash.existing.startsAt }), "time");
    }
    await tx.availabilitySlot.createMany({
      data: plan.slots.map((s) => ({
        cohortId: record.scope.cohortId,
        pairId: record.scope.pairId,
        mentorId,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        place: input.place,
        kind: input.kind,
        capacity,
        seriesId,
      })),
    });
    // the week the new times start in: the page offers to jump there (decision 124)
    const week = weekStart(plan.slots[0].startsAt, cohort.timeZone);
    return { count: plan.slots.length, skippedAfterEnd: plan.skippedAfterEnd, week };
  },
});

/** A mentor cancels an open time with a message; booked mentees are told by email. */
export const cancelSlotAction = defineAction({
  name: "bookings.cancelSlot",
  schema: cancelSlotSchema,
  successMessage: (d: { slotId: string; notified: number }) => msg("meetings.slotCancelled", { notified: d.notified }),
  revalidate: () => ALL_PATHS,
  load: ({ input }) => loadSlot(input.slotId),
  permission: { verb: "write", resource: "slot" },
  async run({ userId, input, record: slot, tx }) {
    const now = clock();
    const ok = decideCancelSlot({ cancelledAt: slot.cancelledAt, startsAt: slot.startsAt, now });
    if (!ok.ok) ruleError(ok.message);
    const done = await tx.availabilitySlot.updateMany({
      where: { id: slot.id, cancelledAt: null },
      data: { cancelledAt: now, cancelReason: input.message },
    });
    if (done.count !== 1) ruleError(msg("meetings.errors.slotAlreadyCancelled"));
    const booked = await tx.booking.findMany({
      where: { slotId: slot.id, status: "BOOKED" },
      select: { id: true, mentee: { select: { user: { select: { id: true, email: true, name: true } } } } },
    });
    await tx.booking.updateMany({
      where: { slotId: slot.id, status: "BOOKED" },
      data: {
        status: "CANCELLED",
        cancelledAt: now,
        cancelledById: userId,
        cancelReason: input.message,
        sequence: { increment: 1 },
      },
    });
    const when = formatDateTime(slot.startsAt, slot.cohort.timeZone);
    await enqueueEmails(
      tx,
      booked.map((b) => ({
        userId: b.mentee.user.id,
        toEmail: b.mentee.user.email,
        dedupeKey: `booking.slot_cancelled:${b.id}`,
        ...email("booking.slot_cancelled", {
          name: b.mentee.user.name,
          when,
          place: slot.place,
          message: input.message,
        }),
      })),
    );
    return { slotId: slot.id, notified: booked.length };
  },
  audit: (d) => ({
    action: "slot.cancelled",
    entity: "AvailabilitySlot",
    entityId: d.slotId,
    detail: { bookingsCancelled: d.notified },
  }),
});

// ---------------------------------------------------------------- mentees: book, cancel, reschedule

/** Tap a time, confirm: one seat for the caller. Submitting twice keeps one booking. */
export const bookSlotAction = defineAction({
  name: "bookings.book",
  schema: bookSlotSchema,
  successMessage: (d: { bookingId: string; repeated: boolean; when: Date }) => msg("meetings.booked", { when: d.when }),
  revalidate: () => ALL_PATHS,
  conflicts: { Booking_one_active_per_mentee_slot: { message: "meetings.errors.alreadyBooked" } },
  transaction: BOOKING_TX,
  load: ({ userId, input }) => loadSlotToBook(userId, input.slotId),
  // the booking is the caller's own, as a mentee, on a slot of their own group's pair
  permission: [
    { verb: "write", resource: "booking", as: "MENTEE" },
    { verb: "read", resource: "slot", as: "MENTEE" },
  ],
  async run({ record: slot, membershipId: menteeId, tx }) {
    const outcome = await bookSlot(tx, { slotId: slot.id, menteeId, now: clock() });
    if (outcome.kind !== "booked" && outcome.kind !== "already-booked") refusal(outcome);
    if (outcome.kind === "booked") {
      await tellMentors(tx, {
        kind: "booking.booked_mentor",
        pairId: slot.pairId,
        menteeId,
        bookingId: outcome.bookingId,
        when: slot.startsAt,
        place: slot.place,
      });
    }
    return { bookingId: outcome.bookingId, repeated: outcome.kind === "already-booked", when: slot.startsAt };
  },
});

/**
 * Cancel a booked meeting: the mentee up to the cohort's minimum notice; a mentor of the pair or a
 * coordinator at any time before it starts, inside the notice only with a reason (recorded, audited).
 */
export const cancelBookingAction = defineAction({
  name: "bookings.cancel",
  schema: cancelBookingSchema,
  successMessage: (d: { bookingId: string; override: boolean; when: Date; by: "staff" | "mentee" }) =>
    msg(d.by === "mentee" ? "meetings.cancelledByMentee" : "meetings.cancelledByStaff", { when: d.when }),
  revalidate: () => ALL_PATHS,
  load: ({ input }) => loadBooking(input.bookingId),
  permission: { verb: "write", resource: "booking" },
  async run({ userId, input, record: booking, roles, tx }) {
    const { slot } = booking;
    const by: "staff" | "mentee" = roles.includes("MENTOR") || roles.includes("COORDINATOR") ? "staff" : "mentee";
    const now = clock();
    const decision = decideCancel({
      status: booking.status,
      startsAt: slot.startsAt,
      now,
      noticeHours: slot.cohort.minBookingNoticeHours,
      by,
      overrideReason: input.overrideReason,
    });
    if (decision.kind === "refused") ruleError(decision.message, decision.field);
    const done = await tx.booking.updateMany({
      where: { id: booking.id, status: "BOOKED" },
      data: {
        status: "CANCELLED",
        cancelledAt: now,
        cancelledById: userId,
        cancelReason: input.reason || null,
        ...(decision.override ? { overrideById: userId, overrideReason: input.overrideReason } : {}),
        sequence: { increment: 1 },
      },
    });
    if (done.count !== 1) ruleError(msg("meetings.errors.notBooked"));
    if (by === "staff") {
      const { user } = booking.mentee;
      await enqueueEmails(tx, [
        {
          userId: user.id,
          toEmail: user.email,
          dedupeKey: `booking.cancelled:${booking.id}`,
          ...email("booking.cancelled", {
            name: user.name,
            when: formatDateTime(slot.startsAt, slot.cohort.timeZone),
            place: slot.place,
          }),
        },
      ]);
    }
    if (by === "mentee") {
      await tellMentors(tx, {
        kind: "booking.cancelled_mentor",
        pairId: slot.pairId,
        menteeId: booking.menteeId,
        bookingId: booking.id,
        when: slot.startsAt,
        place: slot.place,
        reason: input.reason || null,
      });
    }
    return { bookingId: booking.id, override: decision.override, when: slot.startsAt, by };
  },
  audit: (d, { roles }) => ({
    action: d.override ? "booking.cancelled_inside_notice" : "booking.cancelled",
    entity: "Booking",
    entityId: d.bookingId,
    detail: { by: roles, override: d.override },
  }),
});

/**
 * Move a booking to another time of the pair: cancel + book in ONE transaction (both or neither).
 * Only the mentee moves their own meeting (the booking.move cell); mentors can cancel it.
 */
export const rescheduleBookingAction = defineAction({
  name: "bookings.reschedule",
  schema: rescheduleBookingSchema,
  successMessage: (d: { bookingId: string; when: Date }) => msg("meetings.moved", { when: d.when }),
  revalidate: () => ALL_PATHS,
  transaction: BOOKING_TX,
  load: ({ input }) => loadMove(input.bookingId, input.slotId),
  permission: [
    // someone who may touch this booking at all (else: the answer for a missing record) …
    { verb: "write", resource: "booking" },
    // … but only the mentee moves it
    {
      verb: "write",
      resource: "booking.move",
      refusal: "meetings.errors.onlyMenteeMoves",
    },
  ],
  async run({ userId, record: booking, tx }) {
    const { slot, target } = booking;
    if (target.id === booking.slotId) ruleError(msg("meetings.errors.sameTime"), "slotId");
    const now = clock();
    const decision = decideCancel({
      status: booking.status,
      startsAt: slot.startsAt,
      now,
      noticeHours: slot.cohort.minBookingNoticeHours,
      by: "mentee",
    });
    if (decision.kind === "refused") ruleError(decision.message);
    const outcome = await moveBooking(tx, {
      bookingId: booking.id,
      fromSlotId: booking.slotId,
      toSlotId: target.id,
      menteeId: booking.menteeId,
      now,
      byUserId: userId,
    });
    if (outcome.kind !== "booked" && outcome.kind !== "already-booked")
      refusal(outcome, outcome.kind === "refused" ? "slotId" : undefined);
    if (outcome.kind === "booked") {
      await tellMentors(tx, {
        kind: "booking.moved_mentor",
        pairId: slot.pairId,
        menteeId: booking.menteeId,
        bookingId: outcome.bookingId,
        from: slot.startsAt,
        when: target.startsAt,
        place: target.place,
      });
    }
    return { bookingId: outcome.bookingId, when: target.startsAt };
  },
});

// ---------------------------------------------------------------- after the meeting

/** A mentor of the pair records attended / did not come; attended also logs a face-to-face contact. */
export const markAttendanceAction = defineAction({
  name: "bookings.markAttendance",
  schema: markAttendanceSchema,
  successMessage: (d: { mark: string }) =>
    msg(d.mark === "ATTENDED" ? "meetings.markedAttended" : "meetings.markedNoShow"),
  revalidate: () => ALL_PATHS,
  load: ({ input }) => loadBooking(input.bookingId),
  permission: { verb: "write", resource: "booking.attendance" },
  async run({ input, record: booking, membershipId: mentorId, tx }) {
    const { slot } = booking;
    const now = clock();
    const ok = decideMark({ status: booking.status, startsAt: slot.startsAt, now });
    if (!ok.ok) ruleError(ok.message);
    const done = await tx.booking.updateMany({
      where: { id: booking.id, status: "BOOKED" },
      data: { status: input.mark, markedAt: now, sequence: { increment: 1 } },
    });
    if (done.count !== 1) ruleError(msg("meetings.errors.attendanceRecorded"));
    if (input.mark === "ATTENDED") {
      await tx.contactLog.create({
        data: {
          cohortId: slot.cohortId,
          pairId: slot.pairId,
          mentorId,
          menteeId: booking.menteeId,
          channel: "FACE_TO_FACE",
          outcome: "COMPLETED",
          occurredAt: slot.startsAt,
          minutes: minutesBetween(slot.startsAt, slot.endsAt),
          bookingId: booking.id,
        },
        select: { id: true },
      });
    }
    return { bookingId: booking.id, mark: input.mark };
  },
});
