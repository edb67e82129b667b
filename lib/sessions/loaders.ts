import "server-only";
import type { RecordScope } from "../auth/permissions";
import { db } from "../db";

/**
 * Loaders: a session by the id a form sends, with the facts that decide access (RecordScope: its
 * cohort; whom it is about: its speaker, for the role model's "self" cells). No checks here: the
 * pipeline (actions) and the queries (pages) check.
 */

export const sessionLoadSelect = {
  id: true,
  cohortId: true,
  kind: true,
  title: true,
  place: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  audience: true,
  cancelledAt: true,
  speakerId: true,
  trainingModules: true,
  sequence: true,
  cohort: { select: { timeZone: true, trainingModules: true } },
} as const;

export async function loadSession(sessionId: string) {
  const s = await db().programSession.findUnique({ where: { id: sessionId }, select: sessionLoadSelect });
  return s ? { ...s, scope: { cohortId: s.cohortId, subjectMembershipId: s.speakerId } satisfies RecordScope } : null;
}

export type LoadedSession = NonNullable<Awaited<ReturnType<typeof loadSession>>>;

/**
 * A session with the person whose attendance is being taken: they must be a member of the
 * session's cohort (a mentor or a mentee), or the record is out of reach.
 */
export async function loadSessionAndMember(sessionId: string, membershipId: string) {
  const session = await loadSession(sessionId);
  if (!session) return null;
  const member = await db().membership.findFirst({
    where: { id: membershipId, cohortId: session.cohortId, role: { in: ["MENTOR", "MENTEE"] } },
    select: { id: true, role: true },
  });
  return member ? { ...session, member } : null;
}

/** The mentee a minutes note names, with the pair whose group they are in (that pair may read it). */
export async function loadSessionWithNamedMentee(sessionId: string, menteeId: string | null) {
  const session = await loadSession(sessionId);
  if (!session) return null;
  if (!menteeId) return { ...session, named: null };
  const a = await db().menteeAssignment.findFirst({
    where: { menteeId, cohortId: session.cohortId },
    select: { pairId: true, menteeId: true },
  });
  return a ? { ...session, named: a } : null;
}
