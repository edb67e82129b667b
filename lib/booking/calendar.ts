import "server-only";
import type { FeedMembership } from "../calendar/feed";
import type { IcsEvent } from "../calendar/ics";
import { db } from "../db";
import { calendarWords } from "../i18n/calendar";

/**
 * Meetings as calendar events: one booking (its .ics file, the mentee's feed) and the pair's
 * booked slots (the mentors' feed). The writer is lib/calendar/ics.ts; the feed that puts every
 * area's events together is lib/calendar/feed.ts.
 */

const HOST = "duomentor";
type Words = ReturnType<typeof calendarWords>;

export interface BookingForIcs {
  id: string;
  status: string;
  sequence: number;
  calendarUid: string | null;
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
  calendarUid: true,
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

/**
 * A mentee's booking: stable UID per meeting (a moved booking continues its first booking's UID,
 * with a higher SEQUENCE); a cancelled one stays, STATUS:CANCELLED.
 */
export function bookingUid(b: { id: string; calendarUid: string | null }) {
  return `booking-${b.calendarUid ?? b.id}@${HOST}`;
}

/** One booking as an event, in the words of its reader (calendarWords). */
export function bookingEvent(b: BookingForIcs, timeZone: string, words: Words): IcsEvent {
  const mentorName = b.slot.mentor.user.name;
  return {
    uid: bookingUid(b),
    sequence: b.sequence,
    status: b.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    startsAt: b.slot.startsAt,
    endsAt: b.slot.endsAt,
    timeZone,
    summary: words.bookingSummary({ group: b.slot.kind === "GROUP", mentorName }),
    location: b.slot.place,
    description: words.bookingDescription({ phase: b.slot.mentor.phase, mentorName }),
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
  const words = calendarWords(m.locale, m.timeZone);
  if (m.role === "MENTEE") {
    const bookings = await db().booking.findMany({
      // a moved booking's event is continued by the booking that replaced it (same UID)
      where: { menteeId: m.id, movedToId: null, slot: { startsAt: { gte: since } } },
      select: bookingForIcsSelect,
    });
    return bookings.map((b) => bookingEvent(b, m.timeZone, words));
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
      summary: words.slotSummary({ group: s.kind === "GROUP", menteeNames: active.map((b) => b.mentee.user.name) }),
      location: s.place,
      description: words.slotDescription({ mentorName: s.mentor.user.name, booked: active.length }),
      stamp,
    };
  });
}
