import "server-only";
import { refuse } from "../actions";
import { loadOwnMembership } from "../auth/loaders";
import type { RecordScope } from "../auth/permissions";
import { db } from "../db";
import { msg } from "../i18n/msg";

/**
 * Loaders: a slot or a booking by the ids a form sends, with the facts that decide access
 * (RecordScope: cohort, pair, and for a booking whom it is about: the mentee). Shared by the
 * actions (the pipeline authorises on them) and by the pages. No checks here.
 */

/** The caller's own pair, as a mentor (opening times): the pair they mentor in, once published. */
export async function loadOwnPair() {
  const own = await loadOwnMembership("MENTOR");
  if (!own) return null;
  const m = await db().membership.findUnique({
    where: { id: own.scope.ownerMembershipId },
    select: {
      id: true,
      pairAsClinical: { select: { id: true } },
      pairAsPreclinical: { select: { id: true } },
      cohort: {
        select: { id: true, timeZone: true, startsOn: true, endsOn: true, groupSize: true, groupsPublishedAt: true },
      },
    },
  });
  if (!m) return null;
  // Pairs are drafts, invisible to their mentors, until the coordinators publish them.
  const pairId = m.cohort.groupsPublishedAt ? (m.pairAsClinical?.id ?? m.pairAsPreclinical?.id) : null;
  if (!pairId) refuse(msg("meetings.errors.notPublished"));
  const { groupsPublishedAt: _published, ...cohort } = m.cohort;
  return { scope: { cohortId: m.cohort.id, pairId } satisfies RecordScope, cohort };
}

/** A slot, with its pair. */
export async function loadSlot(slotId: string) {
  const s = await db().availabilitySlot.findUnique({
    where: { id: slotId },
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
  return s ? { ...s, scope: { cohortId: s.cohortId, pairId: s.pairId } satisfies RecordScope } : null;
}

/**
 * A slot to book, with the booking it would make: about the caller's own mentee membership in
 * the slot's cohort (a mentee books for themself), on the slot's pair.
 */
export async function loadSlotToBook(userId: string, slotId: string) {
  const slot = await loadSlot(slotId);
  if (!slot) return null;
  const mentee = await db().membership.findFirst({
    where: { userId, cohortId: slot.cohortId, role: "MENTEE", status: "ACTIVE" },
    select: { id: true },
  });
  return { ...slot, scope: { ...slot.scope, subjectMembershipId: mentee?.id ?? null } satisfies RecordScope };
}

/** A booking, with its slot, its mentee and the cohort's notice and zone. */
export async function loadBooking(bookingId: string) {
  const b = await db().booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      status: true,
      menteeId: true,
      slotId: true,
      mentee: { select: { user: { select: { id: true, email: true, name: true } } } },
      slot: {
        select: {
          cohortId: true,
          pairId: true,
          startsAt: true,
          endsAt: true,
          place: true,
          cohort: { select: { minBookingNoticeHours: true, timeZone: true } },
        },
      },
    },
  });
  return b
    ? {
        ...b,
        scope: {
          cohortId: b.slot.cohortId,
          pairId: b.slot.pairId,
          subjectMembershipId: b.menteeId,
        } satisfies RecordScope,
      }
    : null;
}

/** A booking and the slot it would move to: another time of the same pair (else out of reach). */
export async function loadMove(bookingId: string, slotId: string) {
  const booking = await loadBooking(bookingId);
  if (!booking) return null;
  const target = await db().availabilitySlot.findUnique({
    where: { id: slotId },
    select: { id: true, pairId: true, startsAt: true, place: true },
  });
  if (!target || target.pairId !== booking.slot.pairId) return null;
  return { ...booking, target };
}
