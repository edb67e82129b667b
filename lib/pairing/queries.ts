import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";

const person = { select: { name: true, email: true, phone: true, preferredChannel: true } } as const;

/** A mentor's home: their pair partner and the group they share (published groups only). */
export async function getMentorHome(actor: CohortActor) {
  const pairId = actor.mentorPairId;
  if (!pairId || !can(actor, "read", "cohort.setup", { cohortId: actor.cohortId, pairId })) return null;
  const [pair, lastContacts] = await Promise.all([
    db().mentorPair.findUnique({
      where: { id: pairId },
      select: {
        label: true,
        clinicalMentor: { select: { id: true, yearOfStudy: true, user: person } },
        preclinicalMentor: { select: { id: true, yearOfStudy: true, user: person } },
        mentees: {
          orderBy: { mentee: { user: { name: "asc" } } },
          select: { mentee: { select: { id: true, user: person } } },
        },
      },
    }),
    // One query for the whole group: the latest completed contact per mentee, by either mentor.
    db().contactLog.groupBy({
      by: ["menteeId"],
      where: { pairId, outcome: "COMPLETED", menteeId: { not: null } },
      _max: { occurredAt: true },
      _count: { _all: true },
    }),
  ]);
  if (!pair) return null;
  const me = actor.membershipIds.MENTOR;
  const iAmClinical = pair.clinicalMentor.id === me;
  const last = new Map(lastContacts.map((c) => [c.menteeId, c]));
  return {
    label: pair.label,
    myPhase: iAmClinical ? ("CLINICAL" as const) : ("PRECLINICAL" as const),
    partner: iAmClinical
      ? { phase: "PRECLINICAL" as const, yearOfStudy: pair.preclinicalMentor.yearOfStudy, ...pair.preclinicalMentor.user }
      : { phase: "CLINICAL" as const, yearOfStudy: pair.clinicalMentor.yearOfStudy, ...pair.clinicalMentor.user },
    mentees: pair.mentees.map(({ mentee }) => ({
      id: mentee.id,
      ...mentee.user,
      lastContactAt: last.get(mentee.id)?._max.occurredAt ?? null,
      contacts: last.get(mentee.id)?._count._all ?? 0,
    })),
  };
}

/** A mentee's home: both mentors (who is clinical, who is preclinical) and their group. */
export async function getMenteeHome(actor: CohortActor) {
  const pairId = actor.menteePairId;
  const me = actor.membershipIds.MENTEE;
  if (!pairId || !me || !can(actor, "read", "cohort.setup", { cohortId: actor.cohortId, pairId })) return null;
  const now = new Date();
  const [pair, nextBookings, sessions] = await Promise.all([
    db().mentorPair.findUnique({
      where: { id: pairId },
      select: {
        label: true,
        clinicalMentor: { select: { yearOfStudy: true, user: person } },
        preclinicalMentor: { select: { yearOfStudy: true, user: person } },
        _count: { select: { mentees: true } },
      },
    }),
    db().booking.findMany({
      where: { menteeId: me, status: "BOOKED", slot: { startsAt: { gte: now } } },
      orderBy: { slot: { startsAt: "asc" } },
      take: 3,
      select: { id: true, slot: { select: { startsAt: true, endsAt: true, place: true, kind: true, mentor: { select: { user: { select: { name: true } } } } } } },
    }),
    db().programSession.findMany({
      where: { cohortId: actor.cohortId, cancelledAt: null, startsAt: { gte: now }, audience: { in: ["EVERYONE", "MENTEES"] } },
      orderBy: { startsAt: "asc" },
      take: 3,
      select: { id: true, kind: true, title: true, startsAt: true, place: true, speakerName: true, speaker: { select: { user: { select: { name: true } } } } },
    }),
  ]);
  if (!pair) return null;
  return {
    label: pair.label,
    groupSize: pair._count.mentees,
    mentors: [
      { phase: "CLINICAL" as const, yearOfStudy: pair.clinicalMentor.yearOfStudy, ...pair.clinicalMentor.user },
      { phase: "PRECLINICAL" as const, yearOfStudy: pair.preclinicalMentor.yearOfStudy, ...pair.preclinicalMentor.user },
    ],
    meetings: nextBookings.map((b) => ({ id: b.id, ...b.slot, mentorName: b.slot.mentor.user.name })),
    sessions: sessions.map((s) => ({ ...s, speaker: s.speaker?.user.name ?? s.speakerName })),
  };
}
