import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { can, type CohortActor } from "../auth/permissions";
import { clock } from "../clock";
import { db } from "../db";
import {
  attendanceProblem,
  audienceRoles,
  effectiveAudience,
  FEEDBACK_KINDS,
  feedbackProblem,
  feedbackSummary,
  missedInARow,
  attendanceRate,
  rsvpProblem,
  waitlistPosition,
  type AttendanceStatus,
  type AttendeeRole,
  type Audience,
  type SessionKind,
} from "./rules";

/**
 * Reads for the sessions pages. Each takes the CohortActor and asks `can()` before returning
 * anything; `select` is what the page shows. Attendance stays one row per person and session
 * (Attendance.status), so reports (volunteer hours) read it with one plain query.
 */

const listSelect = {
  id: true,
  kind: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  place: true,
  capacity: true,
  audience: true,
  cancelledAt: true,
  speakerName: true,
  speaker: { select: { user: { select: { name: true } } } },
} satisfies Prisma.ProgramSessionSelect;

type ListRow = Prisma.ProgramSessionGetPayload<{ select: typeof listSelect }>;
const speakerOf = (s: ListRow) => s.speaker?.user.name ?? s.speakerName ?? null;

const PAGE = 50;

// ---------------------------------------------------------------- the audience (mentors, mentees)

export interface MySession {
  id: string;
  kind: SessionKind;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string;
  speaker: string | null;
  cancelled: boolean;
  capacity: number | null;
  going: number;
  my: AttendanceStatus | null;
  position: number | null;
  canRsvp: boolean;
  canFeedback: boolean;
  gaveFeedback: boolean;
  past: boolean;
}

/**
 * The sessions a mentor or mentee is invited to (their audience), upcoming first then the recent
 * past, each with their RSVP state (and place on the waitlist). `scope`: upcoming or past.
 */
export async function getMySessions(
  actor: CohortActor,
  role: AttendeeRole,
  scope: "upcoming" | "past" = "upcoming",
  take = PAGE,
) {
  const me = actor.membershipIds[role];
  if (!me || !can(actor, "read", "session", { cohortId: actor.cohortId }, role)) return null;
  const now = clock();
  const audiences: Audience[] = role === "MENTOR" ? ["EVERYONE", "MENTORS"] : ["EVERYONE", "MENTEES"];
  // One statement (the homes show these; the nested relations were six): the speaker's name, the
  // seats taken, the caller's own row and place on the waitlist (registeredAt, then id by
  // character codes: rules.ts waitlistPosition), and whether they gave feedback.
  const when = scope === "upcoming" ? Prisma.sql`s."endsAt" > ${now}` : Prisma.sql`s."endsAt" <= ${now}`;
  const order = scope === "upcoming" ? Prisma.sql`s."startsAt" ASC, s.id` : Prisma.sql`s."startsAt" DESC, s.id`;
  const rows = await db().$queryRaw<
    {
      id: string;
      kind: SessionKind;
      title: string;
      description: string | null;
      startsAt: Date;
      endsAt: Date;
      place: string;
      capacity: number | null;
      audience: Audience;
      cancelledAt: Date | null;
      speaker: string | null;
      going: number;
      my: AttendanceStatus | null;
      position: number | null;
      gaveFeedback: boolean;
    }[]
  >`
    SELECT s.id, s.kind::text AS kind, s.title, s.description, s."startsAt", s."endsAt", s.place, s.capacity,
           s.audience::text AS audience, s."cancelledAt", COALESCE(su.name, s."speakerName") AS speaker,
           (SELECT count(*)::int FROM "Attendance" a
             WHERE a."sessionId" = s.id AND a.status IN ('REGISTERED', 'ATTENDED')) AS going,
           my.status::text AS my,
           CASE WHEN my.status = 'WAITLISTED' THEN 1 + (
             SELECT count(*)::int FROM "Attendance" w
              WHERE w."sessionId" = s.id AND w.status = 'WAITLISTED'
                AND (w."registeredAt" < my."registeredAt"
                     OR (w."registeredAt" = my."registeredAt" AND w.id COLLATE "C" < my.id COLLATE "C"))
           ) END AS position,
           EXISTS (SELECT 1 FROM "SessionFeedback" f WHERE f."sessionId" = s.id AND f."membershipId" = ${me})
             AS "gaveFeedback"
      FROM "ProgramSession" s
      LEFT JOIN "Membership" sm ON sm.id = s."speakerId"
      LEFT JOIN "User" su ON su.id = sm."userId"
      LEFT JOIN "Attendance" my ON my."sessionId" = s.id AND my."membershipId" = ${me}
     WHERE s."cohortId" = ${actor.cohortId} AND s.audience::text = ANY(${audiences}::text[]) AND ${when}
     ORDER BY ${order}
     LIMIT ${take}`;
  return rows.map((s): MySession => {
    const facts = { ...s, audience: s.audience, kind: s.kind };
    return {
      id: s.id,
      kind: s.kind,
      title: s.title,
      description: s.description,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      place: s.place,
      speaker: s.speaker,
      cancelled: !!s.cancelledAt,
      capacity: s.capacity,
      going: s.going,
      my: s.my,
      position: s.position,
      canRsvp: rsvpProblem(facts, role, now) === null,
      canFeedback: feedbackProblem(facts, s.my, s.gaveFeedback, now) === null,
      gaveFeedback: s.gaveFeedback,
      past: s.endsAt.getTime() <= now.getTime(),
    };
  });
}

// ---------------------------------------------------------------- the coordinator's list

export interface SessionRow {
  id: string;
  kind: SessionKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  speaker: string | null;
  cancelled: boolean;
  capacity: number | null;
  going: number;
  waiting: number;
  present: number;
  marked: number;
  seriesId: string | null;
}

/** The cohort's sessions for the coordinator (or the supervisor): upcoming or past, with counts. */
export async function getCohortSessions(actor: CohortActor, scope: "upcoming" | "past") {
  if (!can(actor, "read", "session.attendance", { cohortId: actor.cohortId })) return null;
  const now = clock();
  const rows = await db().programSession.findMany({
    where: { cohortId: actor.cohortId, ...(scope === "upcoming" ? { endsAt: { gt: now } } : { endsAt: { lte: now } }) },
    orderBy: { startsAt: scope === "upcoming" ? "asc" : "desc" },
    take: PAGE,
    select: { ...listSelect, seriesId: true },
  });
  const counts = await db().attendance.groupBy({
    by: ["sessionId", "status"],
    where: { sessionId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const n = (id: string, statuses: string[]) =>
    counts.filter((c) => c.sessionId === id && statuses.includes(c.status)).reduce((a, c) => a + c._count._all, 0);
  return rows.map(
    (s): SessionRow => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      place: s.place,
      speaker: speakerOf(s),
      cancelled: !!s.cancelledAt,
      capacity: s.capacity,
      going: n(s.id, ["REGISTERED", "ATTENDED"]),
      waiting: n(s.id, ["WAITLISTED"]),
      present: n(s.id, ["ATTENDED"]),
      marked: n(s.id, ["ATTENDED", "EXCUSED", "ABSENT"]),
      seriesId: s.seriesId,
    }),
  );
}

/** The role models of the coordinator's cohort (speakers to choose from). */
export async function getSpeakerChoices(actor: CohortActor) {
  if (!can(actor, "write", "session", { cohortId: actor.cohortId })) return null;
  const rows = await db().membership.findMany({
    where: { cohortId: actor.cohortId, role: "ROLE_MODEL", status: "ACTIVE" },
    select: { id: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((r) => ({ id: r.id, name: r.user.name }));
}

// ---------------------------------------------------------------- one session

export interface AttendeeLine {
  membershipId: string;
  name: string;
  role: AttendeeRole;
  status: AttendanceStatus | null;
  position: number | null;
  walkIn: boolean;
}

/**
 * One session, for the person running it: the coordinator (any kind) or a mentor (inter-mentor
 * sessions). The whole audience with each person's RSVP or attendance, the feedback summary (no
 * names, n >= 3), the minutes (and the named note only where its cell allows).
 */
export async function getSessionForRunning(actor: CohortActor, sessionId: string, as: "COORDINATOR" | "MENTOR") {
  const s = await db().programSession.findUnique({
    where: { id: sessionId },
    select: {
      ...listSelect,
      cohortId: true,
      speakerId: true,
      seriesId: true,
      trainingModules: true,
      minutes: true,
      minutesAt: true,
      namedPairId: true,
      namedNote: true,
      namedMenteeId: true,
      attendance: {
        select: { id: true, membershipId: true, status: true, registeredAt: true, walkIn: true },
        orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!s) return null;
  const scope = { cohortId: s.cohortId, subjectMembershipId: s.speakerId };
  const resource = s.kind === "INTER_MENTOR" ? "session.attendance.peer" : "session.attendance";
  if (!can(actor, "read", resource, scope, as)) return null;
  const now = clock();
  const audience = effectiveAudience(s.kind as SessionKind, s.audience as Audience);
  const members = await db().membership.findMany({
    where: {
      cohortId: s.cohortId,
      OR: [
        { role: { in: audienceRoles(audience) }, status: "ACTIVE" },
        { id: { in: s.attendance.map((a) => a.membershipId) } },
      ],
    },
    select: { id: true, role: true, user: { select: { name: true } } },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    take: 500,
  });
  const byMember = new Map(s.attendance.map((a) => [a.membershipId, a]));
  const people: AttendeeLine[] = members
    .filter((m) => m.role === "MENTOR" || m.role === "MENTEE")
    .map((m) => {
      const a = byMember.get(m.id);
      return {
        membershipId: m.id,
        name: m.user.name,
        role: m.role as AttendeeRole,
        status: (a?.status as AttendanceStatus | undefined) ?? null,
        position: a?.status === "WAITLISTED" ? waitlistPosition(s.attendance, a.id) : null,
        walkIn: a?.walkIn ?? false,
      };
    });
  const feedback =
    FEEDBACK_KINDS.includes(s.kind as SessionKind) && can(actor, "read", "session.feedback.summary", scope)
      ? feedbackSummary(
          await db().sessionFeedback.findMany({ where: { sessionId }, select: { rating: true, comment: true } }),
        )
      : null;
  const minutesReadable = s.kind === "INTER_MENTOR" && can(actor, "read", "session.minutes", scope);
  const namedReadable =
    minutesReadable &&
    !!s.namedPairId &&
    can(actor, "read", "session.minutes.named", { cohortId: s.cohortId, pairId: s.namedPairId });
  return {
    id: s.id,
    kind: s.kind as SessionKind,
    title: s.title,
    description: s.description,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    place: s.place,
    capacity: s.capacity,
    audience,
    speaker: speakerOf(s),
    speakerId: s.speakerId,
    speakerName: s.speakerName,
    trainingModules: s.trainingModules,
    cancelled: !!s.cancelledAt,
    past: s.endsAt.getTime() <= now.getTime(),
    canTakeAttendance: attendanceProblem(s, now) === null,
    canEdit: as === "COORDINATOR" && !s.cancelledAt && s.endsAt.getTime() > now.getTime(),
    going: s.attendance.filter((a) => a.status === "REGISTERED" || a.status === "ATTENDED").length,
    waiting: s.attendance.filter((a) => a.status === "WAITLISTED").length,
    people,
    feedback,
    minutes: minutesReadable ? { text: s.minutes, at: s.minutesAt } : null,
    named: namedReadable
      ? { note: s.namedNote, name: members.find((m) => m.id === s.namedMenteeId)?.user.name ?? null }
      : null,
    canWriteMinutes:
      s.kind === "INTER_MENTOR" &&
      !s.cancelledAt &&
      now >= s.startsAt &&
      can(actor, "write", "session.minutes", scope, as),
  };
}

/** The mentees of the caller's own group, for the "name a mentee" choice in the minutes. */
export async function getOwnGroupMentees(actor: CohortActor) {
  if (!actor.mentorPairId) return [];
  if (!can(actor, "read", "session.minutes.named", { cohortId: actor.cohortId, pairId: actor.mentorPairId }, "MENTOR"))
    return [];
  const rows = await db().menteeAssignment.findMany({
    where: { pairId: actor.mentorPairId },
    select: { mentee: { select: { id: true, user: { select: { name: true } } } } },
    orderBy: { mentee: { user: { name: "asc" } } },
  });
  return rows.map((r) => ({ id: r.mentee.id, name: r.mentee.user.name }));
}

/** Inter-mentor minutes a mentor may read (the cohort's past inter-mentor sessions). */
export async function getInterMentorMinutes(actor: CohortActor) {
  if (!can(actor, "read", "session.minutes", { cohortId: actor.cohortId })) return null;
  const rows = await db().programSession.findMany({
    where: { cohortId: actor.cohortId, kind: "INTER_MENTOR", minutes: { not: null } },
    orderBy: { startsAt: "desc" },
    take: PAGE,
    select: { id: true, title: true, startsAt: true, minutes: true },
  });
  return rows;
}

// ---------------------------------------------------------------- the role model

/** The sessions a role model speaks at: upcoming with RSVPs, past with their feedback summary. */
export async function getSpeakerSessions(actor: CohortActor) {
  const me = actor.membershipIds.ROLE_MODEL;
  if (!me || !can(actor, "read", "session", { cohortId: actor.cohortId, subjectMembershipId: me })) return null;
  const now = clock();
  const rows = await db().programSession.findMany({
    where: { speakerId: me, cohortId: actor.cohortId },
    orderBy: { startsAt: "asc" },
    take: PAGE,
    select: {
      id: true,
      title: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      place: true,
      capacity: true,
      cancelledAt: true,
      attendance: { where: { status: { in: ["REGISTERED", "ATTENDED", "WAITLISTED"] } }, select: { status: true } },
      feedback: { select: { rating: true, comment: true } },
    },
  });
  const summaryAllowed = can(actor, "read", "session.feedback.summary", {
    cohortId: actor.cohortId,
    subjectMembershipId: me,
  });
  return rows.map((s) => ({
    id: s.id,
    title: s.title,
    kind: s.kind as SessionKind,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    place: s.place,
    capacity: s.capacity,
    cancelled: !!s.cancelledAt,
    past: s.endsAt.getTime() <= now.getTime(),
    going: s.attendance.filter((a) => a.status !== "WAITLISTED").length,
    waiting: s.attendance.filter((a) => a.status === "WAITLISTED").length,
    present: s.attendance.filter((a) => a.status === "ATTENDED").length,
    feedback: summaryAllowed ? feedbackSummary(s.feedback) : null,
  }));
}

// ---------------------------------------------------------------- attendance rates

/**
 * Attendance per person over the cohort's past sessions (coordinator): present / marked, and for
 * mentors whether they missed the last three inter-mentor sessions in a row. One query for the
 * sessions, one for the rows.
 */
export async function getAttendanceByPerson(actor: CohortActor) {
  if (!can(actor, "read", "session.attendance", { cohortId: actor.cohortId })) return null;
  const now = clock();
  const sessions = await db().programSession.findMany({
    where: { cohortId: actor.cohortId, cancelledAt: null, endsAt: { lte: now } },
    orderBy: { startsAt: "asc" },
    select: { id: true, kind: true, audience: true },
  });
  const rows = await db().attendance.findMany({
    where: { sessionId: { in: sessions.map((s) => s.id) } },
    select: { sessionId: true, membershipId: true, status: true },
  });
  const members = await db().membership.findMany({
    where: { cohortId: actor.cohortId, role: { in: ["MENTOR", "MENTEE"] }, status: "ACTIVE" },
    select: { id: true, role: true, user: { select: { name: true } } },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
  });
  const mark = new Map(rows.map((r) => [`${r.sessionId}:${r.membershipId}`, r.status as AttendanceStatus]));
  return members.map((m) => {
    const role = m.role as AttendeeRole;
    const invited = sessions.filter((s) =>
      audienceRoles(effectiveAudience(s.kind as SessionKind, s.audience as Audience)).includes(role),
    );
    const marks = invited.map((s) => mark.get(`${s.id}:${m.id}`) ?? null);
    const inter = invited.filter((s) => s.kind === "INTER_MENTOR").map((s) => mark.get(`${s.id}:${m.id}`) ?? null);
    return {
      membershipId: m.id,
      name: m.user.name,
      role,
      invited: invited.length,
      present: marks.filter((x) => x === "ATTENDED").length,
      rate: attendanceRate(marks),
      flagged: role === "MENTOR" && missedInARow(inter, 3),
    };
  });
}

/** The cohort's training modules (a workshop names those it covers). */
export async function getCohortModules(actor: CohortActor) {
  if (!can(actor, "write", "session", { cohortId: actor.cohortId })) return null;
  const c = await db().cohort.findUnique({ where: { id: actor.cohortId }, select: { trainingModules: true } });
  return c?.trainingModules ?? [];
}

/**
 * Every attendance row of the cohort's past sessions (the CSV; reports read the same table): one
 * plain query over Attendance joined to its session and person.
 */
export async function getAttendanceRows(actor: CohortActor) {
  if (!can(actor, "read", "session.attendance", { cohortId: actor.cohortId })) return null;
  const rows = await db().attendance.findMany({
    where: {
      session: { cohortId: actor.cohortId, cancelledAt: null, endsAt: { lte: clock() } },
      status: { in: ["ATTENDED", "EXCUSED", "ABSENT"] },
    },
    orderBy: [{ session: { startsAt: "asc" } }, { membership: { user: { name: "asc" } } }],
    take: 20_000,
    select: {
      status: true,
      walkIn: true,
      session: { select: { title: true, kind: true, startsAt: true, endsAt: true } },
      membership: { select: { role: true, user: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    ...r.session,
    name: r.membership.user.name,
    role: r.membership.role,
    status: r.status,
    walkIn: r.walkIn,
  }));
}
