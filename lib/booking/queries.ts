import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { loadCohortActor } from "../auth/session";
import { db } from "../db";
import { addLocalDays, startOfLocalDay } from "../time";
import { clock } from "../clock";
import { buildCalendar, type IcsEvent } from "./ics";
import { insideNotice, noticeDeadline, overlaps, seatsLeft } from "./rules";
import { hashFeedToken } from "./token";

const ACTIVE = { not: "CANCELLED" } as const;

// ---------------------------------------------------------------- mentee

/** The open times of the mentee's own pair (both mentors), with what the mentee may do with each. */
export async function getBookableSlots(actor: CohortActor) {
  const pairId = actor.menteePairId;
  const menteeId = actor.membershipIds.MENTEE;
  if (!pairId || !menteeId || !can(actor, "read", "slot", { cohortId: actor.cohortId, pairId })) return null;
  const now = clock();
  const [cohort, slots, mine] = await Promise.all([
    db().cohort.findUniqueOrThrow({
      where: { id: actor.cohortId },
      select: { minBookingNoticeHours: true, timeZone: true },
    }),
    db().availabilitySlot.findMany({
      where: { pairId, cancelledAt: null, startsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      take: 200,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        place: true,
        kind: true,
        capacity: true,
        mentor: { select: { phase: true, user: { select: { name: true } } } },
        _count: { select: { bookings: { where: { status: ACTIVE } } } },
      },
    }),
    db().booking.findMany({
      where: { menteeId, status: "BOOKED", slot: { startsAt: { gt: now } } },
      select: { id: true, slot: { select: { id: true, startsAt: true, endsAt: true } } },
    }),
  ]);
  return {
    noticeHours: cohort.minBookingNoticeHours,
    timeZone: cohort.timeZone,
    slots: slots.map((s) => {
      const own = mine.find((m) => m.slot.id === s.id);
      const clash = !own && mine.some((m) => overlaps(m.slot, s));
      return {
        id: s.id,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        place: s.place,
        kind: s.kind,
        mentorName: s.mentor.user.name,
        phase: s.mentor.phase,
        seatsLeft: seatsLeft(s.capacity, s._count.bookings),
        capacity: s.capacity,
        bookedByMe: !!own,
        clashes: clash,
        insideNotice: insideNotice(s.startsAt, now, cohort.minBookingNoticeHours),
      };
    }),
  };
}

/** The mentee's own meetings: upcoming (with whether they can still cancel) and past. */
export async function getMyMeetings(actor: CohortActor) {
  const menteeId = actor.membershipIds.MENTEE;
  if (!menteeId || !can(actor, "read", "booking", { cohortId: actor.cohortId, subjectMembershipId: menteeId }))
    return null;
  const now = clock();
  const [cohort, bookings] = await Promise.all([
    db().cohort.findUniqueOrThrow({
      where: { id: actor.cohortId },
      select: { minBookingNoticeHours: true, timeZone: true },
    }),
    db().booking.findMany({
      where: { menteeId },
      orderBy: { slot: { startsAt: "asc" } },
      take: 300,
      select: {
        id: true,
        status: true,
        cancelReason: true,
        slot: {
          select: {
            startsAt: true,
            endsAt: true,
            place: true,
            kind: true,
            cancelReason: true,
            mentor: { select: { phase: true, user: { select: { name: true } } } },
          },
        },
      },
    }),
  ]);
  const rows = bookings.map((b) => ({
    id: b.id,
    status: b.status,
    startsAt: b.slot.startsAt,
    endsAt: b.slot.endsAt,
    place: b.slot.place,
    kind: b.slot.kind,
    mentorName: b.slot.mentor.user.name,
    phase: b.slot.mentor.phase,
    cancelReason: b.slot.cancelReason ?? b.cancelReason,
    canChange:
      b.status === "BOOKED" &&
      !insideNotice(b.slot.startsAt, now, cohort.minBookingNoticeHours) &&
      b.slot.startsAt > now,
    changeDeadline: noticeDeadline(b.slot.startsAt, cohort.minBookingNoticeHours),
  }));
  return {
    noticeHours: cohort.minBookingNoticeHours,
    timeZone: cohort.timeZone,
    upcoming: rows.filter((r) => r.status === "BOOKED" && r.endsAt > now),
    past: rows.filter((r) => !(r.status === "BOOKED" && r.endsAt > now)).reverse(),
  };
}

/** One of the mentee's own booked meetings (the page that moves it). */
export async function getMyBooking(actor: CohortActor, bookingId: string) {
  const menteeId = actor.membershipIds.MENTEE;
  if (!menteeId) return null;
  const b = await db().booking.findFirst({
    where: { id: bookingId, menteeId, status: "BOOKED" },
    select: { id: true, slot: { select: { startsAt: true, place: true, pairId: true, cohortId: true } } },
  });
  if (
    !b ||
    !can(actor, "read", "booking", { cohortId: b.slot.cohortId, pairId: b.slot.pairId, subjectMembershipId: menteeId })
  )
    return null;
  return { id: b.id, startsAt: b.slot.startsAt, place: b.slot.place };
}

// ---------------------------------------------------------------- mentor: the pair's week

/** The pair's slots in one local week (Monday `monday`), with who booked and the free seats. */
export async function getPairWeek(actor: CohortActor, monday: string) {
  const pairId = actor.mentorPairId;
  if (!pairId || !can(actor, "read", "slot", { cohortId: actor.cohortId, pairId })) return null;
  const cohort = await db().cohort.findUniqueOrThrow({
    where: { id: actor.cohortId },
    select: { timeZone: true, minBookingNoticeHours: true, groupSize: true, startsOn: true, endsOn: true },
  });
  const from = startOfLocalDay(monday, cohort.timeZone);
  const to = startOfLocalDay(addLocalDays(monday, 7), cohort.timeZone);
  const now = clock();
  const slots = await db().availabilitySlot.findMany({
    where: { pairId, startsAt: { gte: from, lt: to } },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      place: true,
      kind: true,
      capacity: true,
      cancelledAt: true,
      cancelReason: true,
      mentorId: true,
      mentor: { select: { phase: true, user: { select: { name: true } } } },
      bookings: {
        orderBy: { bookedAt: "asc" },
        select: {
          id: true,
          status: true,
          overrideReason: true,
          mentee: { select: { id: true, user: { select: { name: true } } } },
        },
      },
    },
  });
  return {
    timeZone: cohort.timeZone,
    noticeHours: cohort.minBookingNoticeHours,
    groupSize: cohort.groupSize,
    cohortStartsOn: cohort.startsOn,
    cohortEndsOn: cohort.endsOn,
    myMentorId: actor.membershipIds.MENTOR ?? null,
    slots: slots.map((s) => {
      const active = s.bookings.filter((b) => b.status !== "CANCELLED");
      return {
        id: s.id,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        place: s.place,
        kind: s.kind,
        capacity: s.capacity,
        cancelled: !!s.cancelledAt,
        cancelReason: s.cancelReason,
        mentorName: s.mentor.user.name,
        phase: s.mentor.phase,
        seatsLeft: seatsLeft(s.capacity, active.length),
        started: s.startsAt <= now,
        insideNotice: insideNotice(s.startsAt, now, cohort.minBookingNoticeHours),
        bookings: s.bookings.map((b) => ({
          id: b.id,
          status: b.status,
          menteeName: b.mentee.user.name,
          overridden: !!b.overrideReason,
        })),
      };
    }),
  };
}

// ---------------------------------------------------------------- coordinator: per pair, per week

export interface PairWeekRow {
  pairId: string;
  label: string;
  week: string; // Monday, local date
  slots: number;
  seats: number;
  booked: number;
  attended: number;
  noShow: number;
  cancelled: number;
}

/** Meetings per pair and per local week (aggregated in SQL: one query, no N+1). */
export async function getMeetingsByPairAndWeek(actor: CohortActor, weeksBack = 4, weeksAhead = 4) {
  if (!can(actor, "read", "booking", { cohortId: actor.cohortId })) return null;
  const cohort = await db().cohort.findUniqueOrThrow({ where: { id: actor.cohortId }, select: { timeZone: true } });
  const now = clock();
  const from = new Date(now.getTime() - weeksBack * 7 * 86_400_000);
  const to = new Date(now.getTime() + weeksAhead * 7 * 86_400_000);
  const rows = await db().$queryRaw<
    {
      pairId: string;
      label: string;
      week: string;
      slots: bigint;
      seats: bigint;
      booked: bigint;
      attended: bigint;
      noShow: bigint;
      cancelled: bigint;
    }[]
  >`
    WITH b AS (
      SELECT "slotId",
             count(*) FILTER (WHERE status = 'BOOKED') AS booked,
             count(*) FILTER (WHERE status = 'ATTENDED') AS attended,
             count(*) FILTER (WHERE status = 'NO_SHOW') AS "noShow",
             count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled
        FROM "Booking" GROUP BY "slotId"
    )
    SELECT p.id AS "pairId", p.label,
           to_char(date_trunc('week', sl."startsAt" AT TIME ZONE ${cohort.timeZone}), 'YYYY-MM-DD') AS week,
           count(*) AS slots, sum(sl.capacity) AS seats,
           COALESCE(sum(b.booked), 0) AS booked, COALESCE(sum(b.attended), 0) AS attended,
           COALESCE(sum(b."noShow"), 0) AS "noShow", COALESCE(sum(b.cancelled), 0) AS cancelled
      FROM "AvailabilitySlot" sl
      JOIN "MentorPair" p ON p.id = sl."pairId"
      LEFT JOIN b ON b."slotId" = sl.id
     WHERE sl."cohortId" = ${actor.cohortId} AND sl."cancelledAt" IS NULL
       AND sl."startsAt" >= ${from} AND sl."startsAt" < ${to}
     GROUP BY p.id, p.label, 3
     ORDER BY 3, p.label`;
  const pairs = await db().mentorPair.findMany({
    where: { cohortId: actor.cohortId },
    orderBy: { label: "asc" },
    select: { id: true, label: true },
  });
  const num = (v: bigint | number) => Number(v);
  return {
    timeZone: cohort.timeZone,
    pairs,
    rows: rows.map<PairWeekRow>((r) => ({
      pairId: r.pairId,
      label: r.label,
      week: r.week,
      slots: num(r.slots),
      seats: num(r.seats),
      booked: num(r.booked),
      attended: num(r.attended),
      noShow: num(r.noShow),
      cancelled: num(r.cancelled),
    })),
  };
}

// ---------------------------------------------------------------- calendar files and feeds

const host = "duomentor";
const phaseLabel = (p: string | null) => (p === "CLINICAL" ? "clinical mentor" : "preclinical mentor");

/** One booking as an .ics file, for someone who may read it (the mentee, the pair, staff). */
export async function getBookingIcs(userId: string, bookingId: string): Promise<string | null> {
  const b = await db().booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      status: true,
      sequence: true,
      updatedAt: true,
      menteeId: true,
      mentee: { select: { user: { select: { name: true } } } },
      slot: {
        select: {
          cohortId: true,
          pairId: true,
          startsAt: true,
          endsAt: true,
          place: true,
          kind: true,
          cohort: { select: { timeZone: true, name: true } },
          mentor: { select: { phase: true, user: { select: { name: true } } } },
        },
      },
    },
  });
  if (!b) return null;
  const actor = await loadCohortActor(userId, b.slot.cohortId);
  if (
    !actor ||
    !can(actor, "read", "booking", {
      cohortId: b.slot.cohortId,
      pairId: b.slot.pairId,
      subjectMembershipId: b.menteeId,
    })
  )
    return null;
  return buildCalendar({
    name: `${b.slot.cohort.name}: meetings`,
    timeZone: b.slot.cohort.timeZone,
    events: [bookingEvent(b, b.slot.cohort.timeZone)],
  });
}

type BookingForIcs = {
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
};

function bookingEvent(b: BookingForIcs, _tz: string): IcsEvent {
  const kind = b.slot.kind === "GROUP" ? "Group meeting" : "Meeting";
  return {
    uid: `booking-${b.id}@${host}`,
    sequence: b.sequence,
    status: b.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    startsAt: b.slot.startsAt,
    endsAt: b.slot.endsAt,
    summary: `${kind} with ${b.slot.mentor.user.name} (mentoring)`,
    location: b.slot.place,
    description: `Face-to-face mentoring meeting with your ${phaseLabel(b.slot.mentor.phase)}, ${b.slot.mentor.user.name}.`,
    stamp: b.updatedAt,
  };
}

/** Whether the user has a private feed link (the link itself is never stored). */
export async function hasCalendarFeed(userId: string): Promise<boolean> {
  const u = await db().user.findUnique({ where: { id: userId }, select: { calendarTokenHash: true } });
  return !!u?.calendarTokenHash;
}

/**
 * The private feed: a mentee's own bookings (cancelled ones stay, with STATUS:CANCELLED, so
 * subscribed calendars remove them) and, for mentors, the pair's booked or cancelled slots (one
 * event per slot; its SEQUENCE counts every change to the slot and its bookings).
 */
export async function getFeedIcs(token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const user = await db().user.findUnique({
    where: { calendarTokenHash: hashFeedToken(token) },
    select: { id: true, name: true },
  });
  if (!user) return null;
  const memberships = await db().membership.findMany({
    where: {
      userId: user.id,
      status: "ACTIVE",
      role: { in: ["MENTEE", "MENTOR"] },
      cohort: { status: { not: "CLOSED" } },
    },
    select: {
      id: true,
      role: true,
      cohort: { select: { timeZone: true, groupsPublishedAt: true } },
      pairAsClinical: { select: { id: true } },
      pairAsPreclinical: { select: { id: true } },
    },
  });
  const since = new Date(clock().getTime() - 90 * 86_400_000);
  const events: IcsEvent[] = [];
  let timeZone = memberships[0]?.cohort.timeZone ?? "UTC";
  for (const m of memberships) {
    if (!m.cohort.groupsPublishedAt) continue;
    timeZone = m.cohort.timeZone;
    if (m.role === "MENTEE") {
      const bookings = await db().booking.findMany({
        where: { menteeId: m.id, slot: { startsAt: { gte: since } } },
        select: {
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
        },
      });
      events.push(...bookings.map((b) => bookingEvent(b, m.cohort.timeZone)));
    } else {
      const pairId = m.pairAsClinical?.id ?? m.pairAsPreclinical?.id;
      if (!pairId) continue;
      const slots = await db().availabilitySlot.findMany({
        where: { pairId, startsAt: { gte: since }, bookings: { some: {} } },
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
      for (const s of slots) {
        const active = s.bookings.filter((b) => b.status !== "CANCELLED");
        const stamp = new Date(Math.max(s.updatedAt.getTime(), ...s.bookings.map((b) => b.updatedAt.getTime())));
        events.push({
          uid: `slot-${s.id}@${host}`,
          sequence: s.bookings.reduce((n, b) => n + 1 + b.sequence, 0) + (s.cancelledAt ? 1 : 0),
          status: s.cancelledAt || active.length === 0 ? "CANCELLED" : "CONFIRMED",
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          summary: `${s.kind === "GROUP" ? "Group meeting" : "Meeting"}: ${active.map((b) => b.mentee.user.name).join(", ") || "no one booked"}`,
          location: s.place,
          description: `Offered by ${s.mentor.user.name}. Booked: ${active.length} of the seats.`,
          stamp,
        });
      }
    }
  }
  return buildCalendar({ name: `DuoMentor: ${user.name}`, timeZone, events });
}

/** The cohort's booked meetings in the next days (coordinator: to cancel one for someone, with a reason). */
export async function getUpcomingCohortBookings(actor: CohortActor, days = 14) {
  if (!can(actor, "read", "booking", { cohortId: actor.cohortId })) return null;
  const now = clock();
  const cohort = await db().cohort.findUniqueOrThrow({
    where: { id: actor.cohortId },
    select: { minBookingNoticeHours: true },
  });
  const rows = await db().booking.findMany({
    where: {
      status: "BOOKED",
      slot: {
        cohortId: actor.cohortId,
        cancelledAt: null,
        startsAt: { gt: now, lt: new Date(now.getTime() + days * 86_400_000) },
      },
    },
    orderBy: { slot: { startsAt: "asc" } },
    take: 200,
    select: {
      id: true,
      menteeId: true,
      mentee: { select: { user: { select: { name: true } } } },
      slot: {
        select: {
          pairId: true,
          startsAt: true,
          endsAt: true,
          place: true,
          pair: { select: { label: true } },
          mentor: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  return rows
    .filter((b) =>
      can(actor, "write", "booking", {
        cohortId: actor.cohortId,
        pairId: b.slot.pairId,
        subjectMembershipId: b.menteeId,
      }),
    )
    .map((b) => ({
      id: b.id,
      menteeName: b.mentee.user.name,
      mentorName: b.slot.mentor.user.name,
      pairLabel: b.slot.pair.label,
      startsAt: b.slot.startsAt,
      endsAt: b.slot.endsAt,
      place: b.slot.place,
      insideNotice: insideNotice(b.slot.startsAt, now, cohort.minBookingNoticeHours),
    }));
}
