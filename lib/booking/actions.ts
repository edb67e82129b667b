"use server";
import { randomBytes, randomUUID } from "node:crypto";
import { ActionError, legacyAction, refuse, ruleError } from "../actions";
import { audit } from "../audit";
import { actorFor, authorize } from "../auth/guard";
import { grantingRoles } from "../auth/permissions";
import { getViewer } from "../auth/session";
import { db } from "../db";
import { formatDateTime } from "../format";
import { enqueueEmails } from "../outbox/enqueue";
import { dbDateToLocal } from "../time";
import { BOOKING_TX, bookLocked, lockMembership, lockSlots, nextFreeSlot } from "./engine";
import { clock } from "../clock";
import { hashFeedToken } from "./token";
import { decideCancel, decideMark, firstOverlap, minutesBetween, planSlots, SLOT_TAKEN } from "./rules";
import {
  bookSlotSchema,
  calendarFeedSchema,
  cancelBookingSchema,
  cancelSlotSchema,
  createSlotsSchema,
  markAttendanceSchema,
  rescheduleBookingSchema,
} from "./schemas";

const MENTEE_PATHS = ["/mentee", "/mentee/book", "/mentee/meetings"];
const STAFF_PATHS = ["/mentor", "/mentor/availability", "/coordinator/meetings"];
const ALL_PATHS = [...MENTEE_PATHS, ...STAFF_PATHS];

/** A lost race: say so, and offer the next time the mentee could still take. */
async function slotTaken(pairId: string, menteeId: string, slotId: string, tz: string): Promise<never> {
  const next = await nextFreeSlot(db(), { pairId, menteeId, now: clock(), excludeSlotId: slotId });
  const offer = next
    ? ` The next free time is ${formatDateTime(next.startsAt, tz)} (${next.place}).`
    : " There is no other free time at the moment.";
  throw new ActionError(SLOT_TAKEN + offer, next ? { nextSlotId: [next.id] } : undefined, "conflict");
}

// ---------------------------------------------------------------- mentors: availability

/** Either mentor of a pair opens one-off or weekly times for the group. */
export const createSlotsAction = legacyAction({
  name: "booking.createSlots",
  schema: createSlotsSchema,
  successMessage: (d: { count: number; skippedAfterEnd: number }) =>
    `${d.count === 1 ? "1 time is" : `${d.count} times are`} open for booking.` +
    (d.skippedAfterEnd ? ` ${d.skippedAfterEnd} week(s) after the programme ends were left out.` : ""),
  revalidate: () => ALL_PATHS,
  async run({ userId, input }) {
    const viewer = await getViewer();
    const membership = viewer?.memberships.find((m) => m.role === "MENTOR");
    if (!membership) refuse();
    const actor = await actorFor(userId, membership.cohort.id);
    const mentorId = actor.membershipIds.MENTOR;
    if (!mentorId || !actor.mentorPairId) refuse("You can open times once your pair and group are published.");
    authorize(actor, "write", "slot", { cohortId: actor.cohortId, pairId: actor.mentorPairId });
    const cohort = await db().cohort.findUniqueOrThrow({
      where: { id: actor.cohortId },
      select: { timeZone: true, startsOn: true, endsOn: true, groupSize: true },
    });
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
    const pairId = actor.mentorPairId;
    const seriesId = plan.slots.length > 1 ? randomUUID() : null;
    return db().$transaction(async (tx) => {
      // Lock the mentor: two submissions of overlapping times cannot both pass the check.
      await lockMembership(tx, mentorId);
      const existing = await tx.availabilitySlot.findMany({
        where: {
          mentorId,
          cancelledAt: null,
          startsAt: { lt: plan.slots[plan.slots.length - 1].endsAt },
          endsAt: { gt: plan.slots[0].startsAt },
        },
        select: { startsAt: true, endsAt: true },
      });
      const clash = firstOverlap(plan.slots, existing);
      if (clash) {
        ruleError(
          `You already have a time on ${formatDateTime(clash.existing.startsAt, cohort.timeZone)} that overlaps this one.`,
          "time",
        );
      }
      await tx.availabilitySlot.createMany({
        data: plan.slots.map((s) => ({
          cohortId: actor.cohortId,
          pairId,
          mentorId,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          place: input.place,
          kind: input.kind,
          capacity,
          seriesId,
        })),
      });
      return { count: plan.slots.length, skippedAfterEnd: plan.skippedAfterEnd };
    });
  },
});

/** A mentor cancels an open time with a message; booked mentees are told by email. */
export const cancelSlotAction = legacyAction({
  name: "booking.cancelSlot",
  schema: cancelSlotSchema,
  successMessage: (d: { notified: number }) =>
    `The time is cancelled.${d.notified ? ` ${d.notified} booked mentee(s) will be emailed.` : ""}`,
  revalidate: () => ALL_PATHS,
  async run({ userId, input }) {
    const slot = await db().availabilitySlot.findUnique({
      where: { id: input.slotId },
      select: {
        id: true,
        cohortId: true,
        pairId: true,
        startsAt: true,
        cancelledAt: true,
        place: true,
        cohort: { select: { timeZone: true } },
      },
    });
    if (!slot) refuse();
    const actor = await actorFor(userId, slot.cohortId);
    authorize(actor, "write", "slot", { cohortId: slot.cohortId, pairId: slot.pairId });
    if (slot.cancelledAt) ruleError("This time is already cancelled.");
    if (slot.startsAt <= clock()) ruleError("This time has already started.");
    const now = clock();
    return db().$transaction(async (tx) => {
      const done = await tx.availabilitySlot.updateMany({
        where: { id: slot.id, cancelledAt: null },
        data: { cancelledAt: now, cancelReason: input.message },
      });
      if (done.count !== 1) ruleError("This time is already cancelled.");
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
          kind: "booking.slot_cancelled",
          dedupeKey: `booking.slot_cancelled:${b.id}`,
          subject: `Your meeting on ${when} is cancelled`,
          body: `Hello ${b.mentee.user.name},\n\nYour mentor cancelled the meeting on ${when} (${slot.place}).\n\nTheir message: ${input.message}\n\nYou can book another time in DuoMentor under "Book a meeting".`,
        })),
      );
      await audit(tx, {
        actorId: userId,
        cohortId: slot.cohortId,
        action: "slot.cancelled",
        entity: "AvailabilitySlot",
        entityId: slot.id,
        detail: { bookingsCancelled: booked.length },
      });
      return { notified: booked.length };
    });
  },
});

// ---------------------------------------------------------------- mentees: book, cancel, reschedule

/** Tap a time, confirm: one seat for the caller. Submitting twice keeps one booking. */
export const bookSlotAction = legacyAction({
  name: "booking.book",
  schema: bookSlotSchema,
  successMessage: (d: { bookingId: string; repeated: boolean; when: string }) =>
    `Booked: ${d.when}. Both your mentors can see it.`,
  revalidate: () => ALL_PATHS,
  conflicts: { Booking_one_active_per_mentee_slot: { message: "You have already booked this time." } },
  async run({ userId, input }) {
    const slot = await db().availabilitySlot.findUnique({
      where: { id: input.slotId },
      select: { id: true, cohortId: true, pairId: true, cohort: { select: { timeZone: true } } },
    });
    if (!slot) refuse();
    const actor = await actorFor(userId, slot.cohortId);
    const menteeId = actor.membershipIds.MENTEE;
    if (!menteeId || actor.menteePairId !== slot.pairId) refuse();
    authorize(actor, "write", "booking", {
      cohortId: slot.cohortId,
      pairId: slot.pairId,
      subjectMembershipId: menteeId,
    });
    const now = clock();
    const outcome = await db().$transaction(async (tx) => {
      await lockMembership(tx, menteeId);
      const locked = (await lockSlots(tx, [slot.id])).get(slot.id);
      if (!locked) return null;
      return bookLocked(tx, { slot: locked, menteeId, now });
    }, BOOKING_TX);
    if (!outcome) refuse();
    if (outcome.kind === "refused") {
      if (outcome.reason === "full") await slotTaken(slot.pairId, menteeId, slot.id, slot.cohort.timeZone);
      ruleError(outcome.message);
    }
    const startsAt = (
      await db().availabilitySlot.findUniqueOrThrow({ where: { id: slot.id }, select: { startsAt: true } })
    ).startsAt;
    return {
      bookingId: outcome.bookingId,
      repeated: outcome.kind === "already-booked",
      when: formatDateTime(startsAt, slot.cohort.timeZone),
    };
  },
});

/**
 * Cancel a booked meeting: the mentee up to the cohort's minimum notice; a mentor of the pair or a
 * coordinator at any time before it starts, inside the notice only with a reason (recorded, audited).
 */
export const cancelBookingAction = legacyAction({
  name: "booking.cancel",
  schema: cancelBookingSchema,
  successMessage: "The meeting is cancelled.",
  revalidate: () => ALL_PATHS,
  async run({ userId, input }) {
    const booking = await db().booking.findUnique({
      where: { id: input.bookingId },
      select: {
        id: true,
        status: true,
        menteeId: true,
        mentee: { select: { user: { select: { id: true, email: true, name: true } } } },
        slot: {
          select: {
            cohortId: true,
            pairId: true,
            startsAt: true,
            place: true,
            cohort: { select: { minBookingNoticeHours: true, timeZone: true } },
          },
        },
      },
    });
    if (!booking) refuse();
    const { slot } = booking;
    const actor = await actorFor(userId, slot.cohortId);
    const roles = grantingRoles(actor, "write", "booking", {
      cohortId: slot.cohortId,
      pairId: slot.pairId,
      subjectMembershipId: booking.menteeId,
    });
    if (roles.length === 0) refuse();
    const by = roles.includes("MENTOR") || roles.includes("COORDINATOR") ? "staff" : "mentee";
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
    return db().$transaction(async (tx) => {
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
      if (done.count !== 1) ruleError("This meeting is no longer booked.");
      if (by === "staff") {
        const when = formatDateTime(slot.startsAt, slot.cohort.timeZone);
        await enqueueEmails(tx, [
          {
            userId: booking.mentee.user.id,
            toEmail: booking.mentee.user.email,
            kind: "booking.cancelled",
            dedupeKey: `booking.cancelled:${booking.id}`,
            subject: `Your meeting on ${when} is cancelled`,
            body: `Hello ${booking.mentee.user.name},\n\nYour meeting on ${when} (${slot.place}) was cancelled by your mentors.\n\nYou can book another time in DuoMentor under "Book a meeting".`,
          },
        ]);
      }
      await audit(tx, {
        actorId: userId,
        cohortId: slot.cohortId,
        action: decision.override ? "booking.cancelled_inside_notice" : "booking.cancelled",
        entity: "Booking",
        entityId: booking.id,
        detail: { by: roles, override: decision.override },
      });
      return { bookingId: booking.id, override: decision.override };
    });
  },
});

/** Move a booking to another time of the pair: cancel + book in ONE transaction (both or neither). */
export const rescheduleBookingAction = legacyAction({
  name: "booking.reschedule",
  schema: rescheduleBookingSchema,
  successMessage: (d: { bookingId: string; when: string }) => `Moved to ${d.when}.`,
  revalidate: () => ALL_PATHS,
  async run({ userId, input }) {
    const booking = await db().booking.findUnique({
      where: { id: input.bookingId },
      select: {
        id: true,
        status: true,
        menteeId: true,
        slotId: true,
        slot: {
          select: {
            cohortId: true,
            pairId: true,
            startsAt: true,
            cohort: { select: { minBookingNoticeHours: true, timeZone: true } },
          },
        },
      },
    });
    if (!booking) refuse();
    const { slot } = booking;
    const actor = await actorFor(userId, slot.cohortId);
    authorize(actor, "write", "booking", {
      cohortId: slot.cohortId,
      pairId: slot.pairId,
      subjectMembershipId: booking.menteeId,
    });
    if (actor.membershipIds.MENTEE !== booking.menteeId)
      refuse("Only the mentee can move their own meeting; mentors can cancel it.");
    const target = await db().availabilitySlot.findUnique({
      where: { id: input.slotId },
      select: { id: true, pairId: true, startsAt: true },
    });
    if (!target || target.pairId !== slot.pairId) refuse();
    if (target.id === booking.slotId) ruleError("That is the time you already have.", "slotId");
    const now = clock();
    const decision = decideCancel({
      status: booking.status,
      startsAt: slot.startsAt,
      now,
      noticeHours: slot.cohort.minBookingNoticeHours,
      by: "mentee",
    });
    if (decision.kind === "refused") ruleError(decision.message);
    const menteeId = booking.menteeId;
    const result = await db()
      .$transaction(async (tx) => {
        await lockMembership(tx, menteeId);
        const locked = await lockSlots(tx, [booking.slotId, target.id]);
        const done = await tx.booking.updateMany({
          where: { id: booking.id, status: "BOOKED" },
          data: {
            status: "CANCELLED",
            cancelledAt: now,
            cancelledById: userId,
            cancelReason: "Rescheduled",
            sequence: { increment: 1 },
          },
        });
        if (done.count !== 1) ruleError("This meeting is no longer booked.");
        const outcome = await bookLocked(tx, { slot: locked.get(target.id)!, menteeId, now });
        // A refusal throws: the transaction rolls back and the old booking stays as it was.
        if (outcome.kind === "refused")
          throw new ActionError(
            outcome.message,
            { slotId: [outcome.message] },
            outcome.reason === "full" ? "conflict" : "rule",
          );
        return outcome;
      }, BOOKING_TX)
      .catch(async (e: unknown) => {
        if (e instanceof ActionError && e.code === "conflict")
          await slotTaken(slot.pairId, menteeId, target.id, slot.cohort.timeZone);
        throw e;
      });
    return { bookingId: result.bookingId, when: formatDateTime(target.startsAt, slot.cohort.timeZone) };
  },
});

// ---------------------------------------------------------------- after the meeting

/** A mentor of the pair records attended / did not come; attended also logs a face-to-face contact. */
export const markAttendanceAction = legacyAction({
  name: "booking.markAttendance",
  schema: markAttendanceSchema,
  successMessage: (d: { mark: string }) =>
    d.mark === "ATTENDED"
      ? "Marked as attended; the meeting counts as a face-to-face contact."
      : "Marked as did not come.",
  revalidate: () => ALL_PATHS,
  async run({ userId, input }) {
    const booking = await db().booking.findUnique({
      where: { id: input.bookingId },
      select: {
        id: true,
        status: true,
        menteeId: true,
        slot: { select: { cohortId: true, pairId: true, startsAt: true, endsAt: true } },
      },
    });
    if (!booking) refuse();
    const { slot } = booking;
    const actor = await actorFor(userId, slot.cohortId);
    const mentorId = actor.membershipIds.MENTOR;
    if (!mentorId || actor.mentorPairId !== slot.pairId) refuse();
    authorize(actor, "write", "booking", {
      cohortId: slot.cohortId,
      pairId: slot.pairId,
      subjectMembershipId: booking.menteeId,
    });
    const now = clock();
    const ok = decideMark({ status: booking.status, startsAt: slot.startsAt, now });
    if (!ok.ok) ruleError(ok.message);
    return db().$transaction(async (tx) => {
      const done = await tx.booking.updateMany({
        where: { id: booking.id, status: "BOOKED" },
        data: { status: input.mark, markedAt: now, sequence: { increment: 1 } },
      });
      if (done.count !== 1) ruleError("Attendance is already recorded.");
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
    });
  },
});

// ---------------------------------------------------------------- calendar feed

/** A new private feed URL (any older one stops working). Only its sha-256 is stored. */
export const createCalendarFeedAction = legacyAction({
  name: "booking.calendarFeed.create",
  schema: calendarFeedSchema,
  successMessage: "Your private calendar link is ready. Copy it now: it is shown only once.",
  async run({ userId }) {
    const token = randomBytes(24).toString("base64url");
    return db().$transaction(async (tx) => {
      await tx.user.update({
        where: { id: userId },
        data: { calendarTokenHash: hashFeedToken(token) },
        select: { id: true },
      });
      await audit(tx, { actorId: userId, action: "calendar_feed.created", entity: "User", entityId: userId });
      return { path: `/api/calendar/feed/${token}` };
    });
  },
});

export const revokeCalendarFeedAction = legacyAction({
  name: "booking.calendarFeed.revoke",
  schema: calendarFeedSchema,
  successMessage: "Your calendar link no longer works. Calendars subscribed to it stop updating.",
  async run({ userId }) {
    return db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { calendarTokenHash: null }, select: { id: true } });
      await audit(tx, { actorId: userId, action: "calendar_feed.revoked", entity: "User", entityId: userId });
      return { revoked: true };
    });
  },
});
