import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { clock } from "../clock";
import { db } from "../db";
import { cadenceOf, LAST_COMPLETED_AT, lastCompletedJoins, loadCohortCadence } from "../contacts/data";
import { firstName } from "../format";
import type { ContactChannel, ContactOutcome, ContactTopic } from "../../generated/prisma/client";

interface Person {
  name: string;
  email: string;
  phone: string | null;
  preferredChannel: ContactChannel | null;
}
interface PairMember {
  id: string;
  yearOfStudy: number | null;
  user: Person;
}

/** A pair's label, both mentors and its mentees (by name), in one statement. */
async function pairPeople(pairId: string): Promise<{
  label: string;
  clinicalMentor: PairMember;
  preclinicalMentor: PairMember;
  mentees: { mentee: { id: string; active: boolean; user: Person } }[];
} | null> {
  const rows = await db().$queryRaw<
    (Person & {
      label: string;
      kind: "clinical" | "preclinical" | "mentee";
      id: string;
      yearOfStudy: number | null;
      active: boolean;
    })[]
  >`
    SELECT p.label, x.kind, m.id, m."yearOfStudy", m.status = 'ACTIVE' AS active, u.name, u.email, u.phone, u."preferredChannel"::text AS "preferredChannel"
      FROM "MentorPair" p
      JOIN LATERAL (
        SELECT 'clinical' AS kind, p."clinicalMentorId" AS mid, 0 AS o
        UNION ALL SELECT 'preclinical', p."preclinicalMentorId", 1
        UNION ALL SELECT 'mentee', a."menteeId", 2 FROM "MenteeAssignment" a WHERE a."pairId" = p.id
      ) x ON true
      JOIN "Membership" m ON m.id = x.mid
      JOIN "User" u ON u.id = m."userId"
     WHERE p.id = ${pairId}
     ORDER BY x.o, u.name, m.id`;
  const clinical = rows.find((r) => r.kind === "clinical");
  const preclinical = rows.find((r) => r.kind === "preclinical");
  if (!clinical || !preclinical) return null;
  const member = (r: (typeof rows)[number]) => ({
    id: r.id,
    yearOfStudy: r.yearOfStudy,
    user: { name: r.name, email: r.email, phone: r.phone, preferredChannel: r.preferredChannel },
  });
  return {
    label: clinical.label,
    clinicalMentor: member(clinical),
    preclinicalMentor: member(preclinical),
    mentees: rows
      .filter((r) => r.kind === "mentee")
      .map((r) => ({ mentee: { id: r.id, active: r.active, user: member(r).user } })),
  };
}

/**
 * A pair's contacts for the mentor home in one statement: per mentee the latest completed contact
 * (lastCompletedContacts' lateral form) and the completed count, the whole-group count, and the
 * last 12 contacts with their mentor's and mentee's names.
 */
async function pairContacts(cohortId: string, pairId: string) {
  const [row] = await db().$queryRaw<
    {
      mentees: { menteeId: string; lastAt: string | null; n: number }[] | null;
      groupCount: number;
      timeline:
        | {
            id: string;
            channel: ContactChannel;
            outcome: ContactOutcome;
            occurredAt: string;
            minutes: number | null;
            topics: ContactTopic[];
            menteeId: string | null;
            mentorId: string;
            mentorPhase: "CLINICAL" | "PRECLINICAL" | null;
            mentorName: string;
            menteeName: string | null;
          }[]
        | null;
    }[]
  >`
    SELECT
      (SELECT json_agg(json_build_object('menteeId', a."menteeId", 'lastAt', ${LAST_COMPLETED_AT}, 'n', ind.n))
         FROM "MenteeAssignment" a
         ${lastCompletedJoins(cohortId, { count: true })}
        WHERE a."cohortId" = ${cohortId} AND a."pairId" = ${pairId}) AS mentees,
      (SELECT count(*)::int FROM "ContactLog" c
        WHERE c."pairId" = ${pairId} AND c."menteeId" IS NULL AND c."outcome" = 'COMPLETED') AS "groupCount",
      (SELECT json_agg(t ORDER BY t."occurredAt" DESC, t.id) FROM (
         SELECT c.id, c.channel, c.outcome, c."occurredAt", c.minutes, c.topics, c."menteeId", c."mentorId",
                mm.phase AS "mentorPhase", mu.name AS "mentorName", eu.name AS "menteeName"
           FROM "ContactLog" c
           JOIN "Membership" mm ON mm.id = c."mentorId"
           JOIN "User" mu ON mu.id = mm."userId"
           LEFT JOIN "Membership" em ON em.id = c."menteeId"
           LEFT JOIN "User" eu ON eu.id = em."userId"
          WHERE c."pairId" = ${pairId}
          ORDER BY c."occurredAt" DESC, c.id
          LIMIT 12
      ) t) AS timeline`;
  const mentees = row?.mentees ?? [];
  return {
    lastContacts: mentees.map((m) => ({ menteeId: m.menteeId, lastAt: m.lastAt ? new Date(m.lastAt) : null })),
    counts: [
      ...mentees.map((m) => ({ menteeId: m.menteeId as string | null, _count: { _all: m.n } })),
      { menteeId: null, _count: { _all: row?.groupCount ?? 0 } },
    ],
    timeline: (row?.timeline ?? []).map((c) => ({
      id: c.id,
      channel: c.channel,
      outcome: c.outcome,
      occurredAt: new Date(c.occurredAt),
      minutes: c.minutes,
      topics: c.topics,
      menteeId: c.menteeId,
      mentor: { id: c.mentorId, phase: c.mentorPhase, user: { name: c.mentorName } },
      mentee: c.menteeName === null ? null : { user: { name: c.menteeName } },
    })),
  };
}

/**
 * A mentor's home: their pair partner, the group they share with each mentee's cadence status
 * (overdue first; lib/contacts/rules.ts decides), and the pair's recent contacts by BOTH mentors
 * in one timeline, so the two coordinate. A constant number of queries (published groups only).
 */
export async function getMentorHome(actor: CohortActor, now = clock()) {
  const pairId = actor.mentorPairId;
  if (!pairId || !can(actor, "read", "cohort.setup", { cohortId: actor.cohortId, pairId }, "MENTOR")) return null;
  const seeContacts = can(actor, "read", "contact.meta", { cohortId: actor.cohortId, pairId }, "MENTOR");
  // Three statements in parallel (decision 100): the pair's people, the cadence facts, and the
  // contacts (latest per mentee, counts, the last 12); each nested Prisma relation was a statement.
  const [pair, cohort, contacts] = await Promise.all([
    pairPeople(pairId),
    loadCohortCadence(db(), actor.cohortId),
    seeContacts
      ? pairContacts(actor.cohortId, pairId)
      : Promise.resolve({ lastContacts: [], counts: [], timeline: [] }),
  ]);
  const { lastContacts, counts, timeline } = contacts;
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
  // Two statements (decision 100): nested Prisma relations were one statement per level.
  const [people, nextBookings] = await Promise.all([
    pairPeople(pairId),
    db().$queryRaw<
      {
        id: string;
        startsAt: Date;
        endsAt: Date;
        place: string;
        kind: "INDIVIDUAL" | "GROUP";
        mentorName: string;
      }[]
    >`
      SELECT b.id, s."startsAt", s."endsAt", s.place, s.kind::text AS kind, u.name AS "mentorName"
        FROM "Booking" b
        JOIN "AvailabilitySlot" s ON s.id = b."slotId"
        JOIN "Membership" m ON m.id = s."mentorId"
        JOIN "User" u ON u.id = m."userId"
       WHERE b."menteeId" = ${me} AND b.status = 'BOOKED' AND s."startsAt" >= ${now}
       ORDER BY s."startsAt", b.id
       LIMIT 3`,
  ]);
  const pair = people && {
    label: people.label,
    clinicalMentor: people.clinicalMentor,
    preclinicalMentor: people.preclinicalMentor,
    _count: { mentees: people.mentees.length },
  };
  if (!pair) return null;
  return {
    label: pair.label,
    groupSize: pair._count.mentees,
    // What a mentee sees of the others in the group: their first names, nothing else (decision 127).
    groupMates: people.mentees
      .filter(({ mentee }) => mentee.id !== me && mentee.active)
      .map(({ mentee }) => firstName(mentee.user.name)),
    mentors: [
      { phase: "CLINICAL" as const, yearOfStudy: pair.clinicalMentor.yearOfStudy, ...pair.clinicalMentor.user },
      {
        phase: "PRECLINICAL" as const,
        yearOfStudy: pair.preclinicalMentor.yearOfStudy,
        ...pair.preclinicalMentor.user,
      },
    ],
    meetings: nextBookings,
  };
}
