import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { loadCohortActor } from "../auth/session";
import { buildCalendar } from "../calendar/ics";
import { clock } from "../clock";
import { db } from "../db";
import type { BookingStatus, SlotKind } from "../../generated/prisma/client";
import type { Phase } from "../people/rules";
import { addLocalDays, startOfLocalDay } from "../time";
import { calendarWords } from "../i18n/calendar";
import { recipientLocales } from "../i18n/people";
import { bookingEvent, bookingForIcsSelect } from "./calendar";
import { heldMeetings } from "./engine";
import { loadBooking } from "./loaders";
import { decideCancel, insideNotice, noticeDeadline, seatsLeft, slotOffer } from "./rules";

const ACTIVE = { not: "CANCELLED" } as const;

// ---------------------------------------------------------------- mentee

/**
 * The open times of the mentee's own pair (both mentors), each with what slotOffer says about it
 * for this mentee: booked by them, free seats, clashing with one of their meetings, bookable.
 */
export async function getBookableSlots(actor: CohortActor) {
  const pairId = actor.menteePairId;
  const menteeId = actor.membershipIds.MENTEE;
  if (!pairId || !menteeId || !can(actor, "read", "slot", { cohortId: actor.cohortId, pairId }, "MENTEE")) return null;
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
        cancelledAt: true,
        place: true,
        kind: true,
        capacity: true,
        mentor: { select: { phase: true, user: { select: { name: true } } } },
        _count: { select: { bookings: { where: { status: ACTIVE } } } },
      },
    }),
    heldMeetings(db(), menteeId, { after: now }),
  ]);
  return {
    noticeHours: cohort.minBookingNoticeHours,
    timeZone: cohort.timeZone,
    slots: slots.map((s) => {
      const offer = slotOffer({ slot: s, seatsTaken: s._count.bookings, mine, now });
      return {
        id: s.id,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        place: s.place,
        kind: s.kind,
        mentorName: s.mentor.user.name,
        phase: s.mentor.phase,
        seatsLeft: offer.seatsLeft,
        capacity: s.capacity,
        bookedByMe: offer.kind === "mine",
        clashes: offer.kind === "closed" && offer.reason === "overlap",
        bookable: offer.kind === "open",
        insideNotice: insideNotice(s.startsAt, now, cohort.minBookingNoticeHours),
      };
    }),
  };
}

/** The mentee's own meetings: upcoming (with whether they can still cancel or move them) and past. */
export async function getMyMeetings(actor: CohortActor) {
  const menteeId = actor.membershipIds.MENTEE;
  if (
    !menteeId ||
    !can(actor, "read", "booking", { cohortId: actor.cohortId, subjectMembershipId: menteeId }, "MENTEE")
  )
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
        movedToId: true,
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
  const noticeHours = cohort.minBookingNoticeHours;
  const rows = bookings.map((b) => ({
    id: b.id,
    status: b.status,
    moved: b.movedToId !== null,
    startsAt: b.slot.startsAt,
    endsAt: b.slot.endsAt,
    place: b.slot.place,
    kind: b.slot.kind,
    mentorName: b.slot.mentor.user.name,
    phase: b.slot.mentor.phase,
    cancelReason: b.slot.cancelReason ?? b.cancelReason,
    // the rule the cancel and move actions apply, asked for the mentee
    canChange:
      decideCancel({ status: b.status, startsAt: b.slot.startsAt, now, noticeHours, by: "mentee" }).kind === "cancel",
    changeDeadline: noticeDeadline(b.slot.startsAt, noticeHours),
  }));
  return {
    noticeHours,
    timeZone: cohort.timeZone,
    upcoming: rows.filter((r) => r.status === "BOOKED" && r.endsAt > now),
    past: rows.filter((r) => !(r.status === "BOOKED" && r.endsAt > now)).reverse(),
  };
}

/**
 * The confirmation after a move or a cancel (/mentee/meetings?moved=… / ?cancelled=…): one of the
 * caller's own bookings (read scope), its time and state; null for anyone else's.
 */
export async function getBookingDone(actor: CohortActor, bookingId: string) {
  const b = await loadBooking(bookingId);
  if (!b || !can(actor, "read", "booking", b.scope, "MENTEE")) return null;
  return { id: b.id, status: b.status, startsAt: b.slot.startsAt, place: b.slot.place };
}

/** One of the mentee's own booked meetings, if they may move it (the page that moves it). */
export async function getMyBooking(actor: CohortActor, bookingId: string) {
  const b = await loadBooking(bookingId);
  if (!b || b.status !== "BOOKED" || !can(actor, "write", "booking.move", b.scope)) return null;
  return { id: b.id, startsAt: b.slot.startsAt, place: b.slot.place };
}

// ---------------------------------------------------------------- mentor: the pair's week

/** The pair's slots in one local week (Monday `monday`), with who booked and the free seats. */
export async function getPairWeek(actor: CohortActor, monday: string, weeks = 1) {
  const pairId = actor.mentorPairId;
  if (!pairId || !can(actor, "read", "slot", { cohortId: actor.cohortId, pairId }, "MENTOR")) return null;
  const cohort = await db().cohort.findUniqueOrThrow({
    where: { id: actor.cohortId },
    select: { timeZone: true, minBookingNoticeHours: true, groupSize: true, startsOn: true, endsOn: true },
  });
  const from = startOfLocalDay(monday, cohort.timeZone);
  const to = startOfLocalDay(addLocalDays(monday, 7 * weeks), cohort.timeZone);
  const now = clock();
  const mine = actor.membershipIds.MENTOR;
  // the time this mentor opened last: the form starts from it (decision 124)
  const lastMine = mine
    ? await db().availabilitySlot.findFirst({
        where: { mentorId: mine, pairId },
        orderBy: { createdAt: "desc" },
        select: { startsAt: true, endsAt: true, place: true, kind: true, capacity: true },
      })
    : null;
  // One statement for the slots, their mentor and their bookings with the mentees' names (the
  // nested select cost six: one per relation).
  const slots = await db().$queryRaw<
    {
      id: string;
      startsAt: Date;
      endsAt: Date;
      place: string;
      kind: SlotKind;
      capacity: number;
      cancelledAt: Date | null;
      cancelReason: string | null;
      phase: Phase | null;
      mentorName: string;
      bookings: {
        id: string;
        status: BookingStatus;
        overrideReason: string | null;
        cancelReason: string | null;
        menteeName: string;
      }[];
    }[]
  >`
    SELECT s.id, s."startsAt", s."endsAt", s.place, s.kind::text AS kind, s.capacity, s."cancelledAt",
           s."cancelReason", mm.phase::text AS phase, mu.name AS "mentorName",
           COALESCE((
             SELECT json_agg(json_build_object('id', b.id, 'status', b.status, 'overrideReason', b."overrideReason",
                                               'cancelReason', b."cancelReason", 'menteeName', eu.name)
                             ORDER BY b."bookedAt", b.id)
               FROM "Booking" b
               JOIN "Membership" em ON em.id = b."menteeId"
               JOIN "User" eu ON eu.id = em."userId"
              WHERE b."slotId" = s.id), '[]'::json) AS bookings
      FROM "AvailabilitySlot" s
      JOIN "Membership" mm ON mm.id = s."mentorId"
      JOIN "User" mu ON mu.id = mm."userId"
     WHERE s."pairId" = ${pairId} AND s."startsAt" >= ${from} AND s."startsAt" < ${to}
     ORDER BY s."startsAt", s.id`;
  return {
    timeZone: cohort.timeZone,
    noticeHours: cohort.minBookingNoticeHours,
    groupSize: cohort.groupSize,
    cohortStartsOn: cohort.startsOn,
    cohortEndsOn: cohort.endsOn,
    myMentorId: actor.membershipIds.MENTOR ?? null,
    lastMine,
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
        mentorName: s.mentorName,
        phase: s.phase,
        seatsLeft: seatsLeft(s.capacity, active.length),
        started: s.startsAt <= now,
        insideNotice: insideNotice(s.startsAt, now, cohort.minBookingNoticeHours),
        bookings: s.bookings.map((b) => ({
          id: b.id,
          status: b.status,
          menteeName: b.menteeName,
          overridden: !!b.overrideReason,
          cancelReason: b.status === "CANCELLED" ? b.cancelReason : null,
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
  if (!can(actor, "read", "booking", { cohortId: actor.cohortId }, "COORDINATOR")) return null;
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
    SELECT p.id AS "pairId", p.label,
           to_char(date_trunc('week', sl."startsAt" AT TIME ZONE ${cohort.timeZone}), 'YYYY-MM-DD') AS week,
           count(*) AS slots, sum(sl.capacity) AS seats,
           COALESCE(sum(b.booked), 0) AS booked, COALESCE(sum(b.attended), 0) AS attended,
           COALESCE(sum(b."noShow"), 0) AS "noShow", COALESCE(sum(b.cancelled), 0) AS cancelled
      FROM "AvailabilitySlot" sl
      JOIN "MentorPair" p ON p.id = sl."pairId"
      -- Only the bookings of the slots in the window (index on "slotId"), never the whole history
      -- (decision 102); the slots through ("cohortId","startsAt").
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE bk.status = 'BOOKED') AS booked,
               count(*) FILTER (WHERE bk.status = 'ATTENDED') AS attended,
               count(*) FILTER (WHERE bk.status = 'NO_SHOW') AS "noShow",
               count(*) FILTER (WHERE bk.status = 'CANCELLED') AS cancelled
          FROM "Booking" bk WHERE bk."slotId" = sl.id
      ) b ON true
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

// ---------------------------------------------------------------- calendar file

/** One booking as an .ics file, for someone who may read it (the mentee, the pair, staff). */
export async function getBookingIcs(userId: string, bookingId: string): Promise<string | null> {
  const select = {
    ...bookingForIcsSelect,
    menteeId: true,
    movedToId: true,
    slot: {
      select: {
        ...bookingForIcsSelect.slot.select,
        cohortId: true,
        pairId: true,
        cohort: { select: { timeZone: true, name: true } },
      },
    },
  } as const;
  const first = await db().booking.findUnique({ where: { id: bookingId }, select });
  if (!first) return null;
  let b: NonNullable<typeof first> = first;
  const actor = await loadCohortActor(userId, b.slot.cohortId);
  const scope = { cohortId: b.slot.cohortId, pairId: b.slot.pairId, subjectMembershipId: b.menteeId };
  if (!actor || !can(actor, "read", "booking", scope)) return null;
  // A moved meeting: the file is its current version (same UID, higher SEQUENCE), so the link of
  // an old confirmation still updates the calendar. A move stays within the mentee and the pair.
  for (let hops = 0; b.movedToId && hops < 50; hops++) {
    const next = (await db().booking.findUnique({ where: { id: b.movedToId }, select })) as typeof b | null;
    if (!next || next.menteeId !== b.menteeId || next.slot.pairId !== b.slot.pairId) break;
    b = next;
  }
  const { timeZone, name } = b.slot.cohort;
  const locale = (await recipientLocales(db(), [userId])).get(userId)?.locale ?? "en";
  const words = calendarWords(locale, timeZone);
  const event = bookingEvent(b, timeZone, words);
  return buildCalendar({
    name: words.calendarName(name),
    timeZone,
    // a cancelled meeting's own file removes it from a calendar that imported it
    method: event.status === "CANCELLED" ? "CANCEL" : "PUBLISH",
    events: [event],
  });
}

/** The cohort's booked meetings in the next days (coordinator: to cancel one for someone, with a reason). */
export async function getUpcomingCohortBookings(actor: CohortActor, days = 14) {
  if (!can(actor, "read", "booking", { cohortId: actor.cohortId })) return null;
  const now = clock();
  // One statement (decision 100): the notice hours join the bookings instead of a lookup, and the
  // names come from joins instead of one statement per nested relation.
  const flat = await db().$queryRaw<
    {
      id: string;
      menteeId: string;
      menteeName: string;
      pairId: string;
      startsAt: Date;
      endsAt: Date;
      place: string;
      pairLabel: string;
      mentorName: string;
      notice: number;
    }[]
  >`
    SELECT b.id, b."menteeId", eu.name AS "menteeName", s."pairId", s."startsAt", s."endsAt", s.place,
           p.label AS "pairLabel", mu.name AS "mentorName", c."minBookingNoticeHours" AS notice
      FROM "Booking" b
      JOIN "AvailabilitySlot" s ON s.id = b."slotId"
      JOIN "Cohort" c ON c.id = s."cohortId"
      JOIN "MentorPair" p ON p.id = s."pairId"
      JOIN "Membership" mm ON mm.id = s."mentorId"
      JOIN "User" mu ON mu.id = mm."userId"
      JOIN "Membership" em ON em.id = b."menteeId"
      JOIN "User" eu ON eu.id = em."userId"
     WHERE b.status = 'BOOKED' AND s."cohortId" = ${actor.cohortId} AND s."cancelledAt" IS NULL
       AND s."startsAt" > ${now} AND s."startsAt" < ${new Date(now.getTime() + days * 86_400_000)}
     ORDER BY s."startsAt", b.id
     LIMIT 200`;
  const cohort = { minBookingNoticeHours: flat[0]?.notice ?? 0 };
  const rows = flat.map((r) => ({
    id: r.id,
    menteeId: r.menteeId,
    mentee: { user: { name: r.menteeName } },
    slot: {
      pairId: r.pairId,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      place: r.place,
      pair: { label: r.pairLabel },
      mentor: { user: { name: r.mentorName } },
    },
  }));
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
