import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { clock } from "../clock";
import { db } from "../db";
import { cadenceOf, lastCompletedContacts, loadCohortCadence } from "../contacts/data";

const person = { select: { name: true, email: true, phone: true, preferredChannel: true } } as const;

/**
 * A mentor's home: their pair partner, the group they share with each mentee's cadence status
 * (overdue first; lib/contacts/rules.ts decides), and the pair's recent contacts by BOTH mentors
 * in one timeline, so the two coordinate. A constant number of queries (published groups only).
 */
export async function getMentorHome(actor: CohortActor, now = clock()) {
  const pairId = actor.mentorPairId;
  if (!pairId || !can(actor, "read", "cohort.setup", { cohortId: actor.cohortId, pairId }, "MENTOR")) return null;
  const seeContacts = can(actor, "read", "contact.meta", { cohortId: actor.cohortId, pairId }, "MENTOR");
  const [pair, cohort, lastContacts, counts, timeline] = await Promise.all([
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
    loadCohortCadence(db(), actor.cohortId),
    // The latest completed contact per mentee (own or whole-group), by either mentor: one statement.
    seeContacts ? lastCompletedContacts(db(), actor.cohortId, pairId) : Promise.resolve([]),
    seeContacts
      ? db().contactLog.groupBy({ by: ["menteeId"], where: { pairId, outcome: "COMPLETED" }, _count: { _all: true } })
      : Promise.resolve([]),
    seeContacts
      ? db().contactLog.findMany({
          where: { pairId },
          orderBy: { occurredAt: "desc" },
          take: 12,
          select: {
            id: true,
            channel: true,
            outcome: true,
            occurredAt: true,
            minutes: true,
            topics: true,
            menteeId: true,
            mentor: { select: { id: true, phase: true, user: { select: { name: true } } } },
            mentee: { select: { user: { select: { name: true } } } },
          },
        })
      : Promise.resolve([]),
  ]);
  if (!pair || !cohort) return null;
  const me = actor.membershipIds.MENTOR;
  const iAmClinical = pair.clinicalMentor.id === me;
  const last = new Map(lastContacts.map((c) => [c.menteeId, c.lastAt]));
  const count = new Map(counts.map((c) => [c.menteeId, c._count._all]));
  const groupContacts = count.get(null) ?? 0;
  const mentees = pair.mentees.map(({ mentee }) => ({
    id: mentee.id,
    pairId,
    ...mentee.user,
    lastAt: last.get(mentee.id) ?? null,
    contacts: (count.get(mentee.id) ?? 0) + groupContacts,
  }));
  return {
    label: pair.label,
    pairId,
    timeZone: cohort.cadence.timeZone,
    /** the cohort's cadence and pauses: the mentor home words them (lib/contacts/cadence-words.ts) */
    cadence: cohort,
    myPhase: iAmClinical ? ("CLINICAL" as const) : ("PRECLINICAL" as const),
    partner: iAmClinical
      ? {
          phase: "PRECLINICAL" as const,
          yearOfStudy: pair.preclinicalMentor.yearOfStudy,
          ...pair.preclinicalMentor.user,
        }
      : { phase: "CLINICAL" as const, yearOfStudy: pair.clinicalMentor.yearOfStudy, ...pair.clinicalMentor.user },
    mentees: cadenceOf(cohort, mentees, now).map(({ lastAt, ...m }) => ({
      ...m,
      lastContactAt: lastAt as Date | null,
    })),
    timeline: timeline.map((c) => ({
      id: c.id,
      channel: c.channel,
      outcome: c.outcome,
      occurredAt: c.occurredAt,
      minutes: c.minutes,
      topics: c.topics,
      mentee: c.mentee?.user.name ?? null,
      byMe: c.mentor.id === me,
      mentorName: c.mentor.user.name,
      mentorPhase: c.mentor.phase,
    })),
  };
}

/** A mentee's home: both mentors (who is clinical, who is preclinical) and their group. */
export async function getMenteeHome(actor: CohortActor, now = clock()) {
  const pairId = actor.menteePairId;
  const me = actor.membershipIds.MENTEE;
  if (!pairId || !me || !can(actor, "read", "cohort.setup", { cohortId: actor.cohortId, pairId }, "MENTEE"))
    return null;
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
      select: {
        id: true,
        slot: {
          select: {
            startsAt: true,
            endsAt: true,
            place: true,
            kind: true,
            mentor: { select: { user: { select: { name: true } } } },
          },
        },
      },
    }),
    db().programSession.findMany({
      where: {
        cohortId: actor.cohortId,
        cancelledAt: null,
        startsAt: { gte: now },
        audience: { in: ["EVERYONE", "MENTEES"] },
      },
      orderBy: { startsAt: "asc" },
      take: 3,
      select: {
        id: true,
        kind: true,
        title: true,
        startsAt: true,
        place: true,
        speakerName: true,
        speaker: { select: { user: { select: { name: true } } } },
      },
    }),
  ]);
  if (!pair) return null;
  return {
    label: pair.label,
    groupSize: pair._count.mentees,
    mentors: [
      { phase: "CLINICAL" as const, yearOfStudy: pair.clinicalMentor.yearOfStudy, ...pair.clinicalMentor.user },
      {
        phase: "PRECLINICAL" as const,
        yearOfStudy: pair.preclinicalMentor.yearOfStudy,
        ...pair.preclinicalMentor.user,
      },
    ],
    meetings: nextBookings.map((b) => ({ id: b.id, ...b.slot, mentorName: b.slot.mentor.user.name })),
    sessions: sessions.map((s) => ({ ...s, speaker: s.speaker?.user.name ?? s.speakerName })),
  };
}
