import "server-only";
import type { FeedMembership } from "../calendar/feed";
import type { IcsEvent } from "../calendar/ics";
import { db } from "../db";

/**
 * Meetings as calendar events: one booking (its .ics file, the mentee's feed) and the pair's
 * booked slots (the mentors' feed). The writer is lib/calendar/ics.ts; the feed that puts every
 * area's events together is lib/calendar/feed.ts.
 */

const HOST = "duomentor";
const phaseLabel = (p: string | null) => (p === "CLINICAL" ? "clinical mentor" : "preclinical mentor");

export interface BookingForIcs {
  id: string;
  status: string;
  sequence: number;
  updatedAt: Date;
  slot: {
    startsAt: Date;
    endsAt: Date;
    place: string;
    kind: string;
    mentor: { phase: string | null; user: { name: string } };
  };
}

export const bookingForIcsSelect = {
  id: true,
  status: true,
  sequence: true,
  updatedAt: true,
  slot: {
    select: {
      startsAt: true,
      endsAt: true,
      place: true,
      kind: true,
      mentor: { select: { phase: true, user: { select: { name: true } } } },
    },
  },
} as const;

/** A mentee's booking: stable UID per booking; a cancelled one stays, STATUS:CANCELLED. */
export function bookingEvent(b: BookingForIcs, timeZone: string): IcsEvent {
  const kind = b.slot.kind === "GROUP" ? "Group meeting" : "Meeting";
  return {
    uid: `booking-${b.id}@${HOST}`,
    sequence: b.sequence,
    status: b.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    startsAt: b.slot.startsAt,
    endsAt: b.slot.endsAt,
    timeZone,
    summary: `${kind} with ${b.slot.mentor.user.name} (mentoring)`,
    location: b.slot.place,
    description: `Face-to-face mentoring meeting with your ${phaseLabel(b.slot.mentor.phase)}, ${b.slot.mentor.user.name}.`,
    stamp: b.updatedAt,
  };
}

/**
 * The feed's meetings for one membership (pairs and groups count once published): a mentee's own
 * bookings (cancelled ones stay, so subscribed calendars remove them); for a mentor, the pair's
 * booked or cancelled slots, one event per slot whose SEQUENCE counts every change to the slot
 * and its bookings.
 */
export async function bookingFeedEvents(m: FeedMembership, since: Date): Promise<IcsEvent[]> {
  if (!m.groupsPublished) return [];
  if (m.role === "MENTEE") {
    const bookings = await db().booking.findMany({
      where: { menteeId: m.id, slot: { startsAt: { gte: since } } },
      select: bookingForIcsSelect,
    });
    return bookings.map((b) => bookingEvent(b, m.timeZone));
  }
  if (m.role !== "MENTOR" || !m.mentorPairId) return [];
  const slots = await db().availabilitySlot.findMany({
    where: { pairId: m.mentorPairId, startsAt: { gte: since }, bookings: { some: {} } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      place: true,
      kind: true,
      cancelledAt: true,
      updatedAt: true,
      mentor: { select: { user: { select: { name: true } } } },
      bookings: {
        select: {
          status: true,
          sequence: true,
          updatedAt: true,
          mentee: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  return slots.map((s) => {
    const active = s.bookings.filter((b) => b.status !== "CANCELLED");
    const stamp = new Date(Math.max(s.updatedAt.getTime(), ...s.bookings.map((b) => b.updatedAt.getTime())));
    return {
      uid: `slot-${s.id}@${HOST}`,
      sequence: s.bookings.reduce((n, b) => n + 1 + b.sequence, 0) + (s.cancelledAt ? 1 : 0),
      status: s.cancelledAt || active.length === 0 ? "CANCELLED" : "CONFIRMED",
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      timeZone: m.timeZone,
      summary: `${s.kind === "GROUP" ? "Group meeting" : "Meeting"}: ${active.map((b) => b.mentee.user.name).join(", ") || "no one booked"}`,
      location: s.place,
      description: `Offered by ${s.mentor.user.name}. Booked: ${active.length} of the seats.`,
      stamp,
    };
  });
}
