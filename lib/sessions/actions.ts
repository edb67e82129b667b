"use server";
import { randomUUID } from "node:crypto";
import { defineAction, refuse, ruleError, type Need, type Tx } from "../actions";
import { loadRoleCohort } from "../auth/loaders";
import { clock } from "../clock";
import { db } from "../db";
import { email } from "../emails";
import { env } from "../env";
import { msg } from "../i18n/msg";
import { enqueueEmails } from "../outbox/enqueue";
import { zonedToUtc } from "../time";
import { promoteWaiting, rsvpGoing, rsvpNotGoing, SESSION_SEATS } from "./engine";
import { loadSession, loadSessionAndMember, loadSessionWithNamedMentee, type LoadedSession } from "./loaders";
import { lockAndCount } from "../db/capacity";
import {
  attendanceProblem,
  editProblem,
  effectiveAudience,
  feedbackProblem,
  inAudience,
  rsvpProblem,
  timesProblem,
  trainingCompletions,
  trainingModulesProblem,
  weeklyOccurrences,
  type AttendeeRole,
} from "./rules";
import {
  cancelSessionSchema,
  createSeriesSchema,
  createSessionSchema,
  feedbackSchema,
  markAttendanceSchema,
  minutesSchema,
  NEW_SPEAKER,
  rsvpSchema,
  updateSessionSchema,
} from "./schemas";
import { lockEditableCohort } from "../cohorts/setup";
import { addStaffMember } from "../staff/add";

const PATHS = [
  "/coordinator/sessions",
  "/coordinator/sessions/new",
  "/supervisor/sessions",
  "/mentor/sessions",
  "/mentee/sessions",
  "/role-model",
  "/mentee",
  "/mentor",
];
const sessionPaths = (id: string) => [...PATHS, `/coordinator/sessions/${id}`, `/mentor/sessions/${id}`];

/** The coordinator's cohort, with the facts a new session is checked against. */
async function loadCoordinatorCohort() {
  const own = await loadRoleCohort("COORDINATOR");
  if (!own) return null;
  const cohort = await db().cohort.findUnique({
    where: { id: own.scope.cohortId },
    select: {
      id: true,
      name: true,
      timeZone: true,
      trainingModules: true,
      pausedPeriods: { select: { startsOn: true, endsOn: true } },
    },
  });
  return cohort ? { ...cohort, scope: own.scope } : null;
}

/** The instants of a local date and two wall-clock times in the cohort's zone. */
function instants(date: string, startTime: string, endTime: string, timeZone: string) {
  return { startsAt: zonedToUtc(`${date}T${startTime}`, timeZone), endsAt: zonedToUtc(`${date}T${endTime}`, timeZone) };
}

/** A speaker must be a role model of the cohort. */
async function checkSpeaker(tx: Tx, cohortId: string, speakerId: string | null) {
  if (!speakerId) return;
  const m = await tx.membership.findFirst({
    where: { id: speakerId, cohortId, role: "ROLE_MODEL" },
    select: { id: true },
  });
  if (!m) ruleError(msg("sessions.errors.speaker"), "speakerId");
}

/** Emails to the people of the given memberships (their language: enqueueEmails). */
async function mailMembers(
  tx: Tx,
  membershipIds: string[],
  make: (name: string) => ReturnType<typeof email>,
  dedupe?: (membershipId: string) => string,
) {
  if (membershipIds.length === 0) return;
  const people = await tx.membership.findMany({
    where: { id: { in: membershipIds } },
    select: { id: true, user: { select: { id: true, name: true, email: true } } },
  });
  await enqueueEmails(
    tx,
    people.map((p) => ({
      userId: p.user.id,
      toEmail: p.user.email,
      dedupeKey: dedupe?.(p.id),
      ...make(p.user.name),
    })),
  );
}

/** Everyone who said going or waits: they hear of a cancellation or a new time. */
async function goingOrWaiting(tx: Tx, sessionId: string) {
  const rows = await tx.attendance.findMany({
    where: { sessionId, status: { in: ["REGISTERED", "WAITLISTED"] } },
    select: { membershipId: true },
  });
  return rows.map((r) => r.membershipId);
}

const link = (path: string) => `${(env.NEXTAUTH_URL ?? "").replace(/\/$/, "")}${path}`;

// ---------------------------------------------------------------- scheduling (the coordinator)

/** A coordinator schedules a session of any kind (an inter-mentor one: usually the weekly series). */
interface SessionCreated {
  id: string;
  speakerAdded: boolean;
  /** the role model added in the same form, if any */
  speaker: { membershipId: string; invited: boolean } | null;
}

export const createSessionAction = defineAction({
  name: "session.create",
  schema: createSessionSchema,
  successMessage: (d: SessionCreated) =>
    d.speakerAdded ? msg("sessions.createdWithSpeaker") : msg("sessions.created"),
  revalidate: () => PATHS,
  load: () => loadCoordinatorCohort(),
  // Adding a role model on the way is a staff change: the setup cell too, as on the staff page.
  permission: (_cohort, input) =>
    input.kind === "ROLE_MODEL" && input.speakerId === NEW_SPEAKER
      ? [
          { verb: "write", resource: "session" },
          { verb: "write", resource: "cohort.setup", as: "COORDINATOR" },
        ]
      : { verb: "write", resource: "session" },
  async run({ input, record: cohort, tx }): Promise<SessionCreated> {
    const { startsAt, endsAt } = instants(input.date, input.startTime, input.endTime, cohort.timeZone);
    const times = timesProblem(startsAt, endsAt, clock());
    if (times) ruleError(times.msg, times.field);
    const modules = trainingModulesProblem(input.kind, input.trainingModules, cohort.trainingModules);
    if (modules) ruleError(modules, "trainingModules");
    if (input.kind === "ROLE_MODEL" && !input.speakerId && !input.speakerName)
      ruleError(msg("sessions.errors.speakerRequired"), "speakerId");
    let speakerId = input.kind === "ROLE_MODEL" ? input.speakerId : null;
    let added: { membershipId: string; invited: boolean } | null = null;
    if (speakerId === NEW_SPEAKER) {
      if (!input.newSpeakerName) ruleError(msg("sessions.errors.newSpeakerName"), "newSpeakerName");
      if (!input.newSpeakerEmail) ruleError(msg("sessions.errors.newSpeakerEmail"), "newSpeakerEmail");
      // the same steps as the staff page: the cohort's lock, an account or the existing one, an invitation
      await lockEditableCohort(tx, cohort.id);
      added = await addStaffMember(
        tx,
        cohort,
        { role: "ROLE_MODEL", name: input.newSpeakerName, email: input.newSpeakerEmail },
        { email: "newSpeakerEmail" },
      );
      speakerId = added.membershipId;
    } else await checkSpeaker(tx, cohort.id, speakerId);
    const session = await tx.programSession.create({
      data: {
        cohortId: cohort.id,
        kind: input.kind,
        title: input.title,
        description: input.description,
        place: input.place,
        startsAt,
        endsAt,
        capacity: input.capacity,
        audience: effectiveAudience(input.kind, input.audience),
        speakerId,
        speakerName: speakerId ? null : input.speakerName,
        trainingModules: input.kind === "TRAINING" ? input.trainingModules : [],
      },
      select: { id: true },
    });
    return { id: session.id, speakerAdded: !!added, speaker: added };
  },
  audit: (d: SessionCreated) => [
    { action: "session.created", entity: "ProgramSession", entityId: d.id },
    d.speaker && {
      action: "staff.added",
      entity: "Membership",
      entityId: d.speaker.membershipId,
      detail: { role: "ROLE_MODEL", invited: d.speaker.invited, from: "session.create" },
    },
  ],
});

/** The weekly inter-mentor series: one session a week over a date range, skipping paused periods. */
export const createSeriesAction = defineAction({
  name: "session.create_series",
  schema: createSeriesSchema,
  successMessage: (d: { seriesId: string; count: number }) => msg("sessions.seriesCreated", { count: d.count }),
  revalidate: () => PATHS,
  load: () => loadCoordinatorCohort(),
  permission: { verb: "write", resource: "session" },
  async run({ input, record: cohort, tx }) {
    if (input.lastDay < input.firstDay) ruleError(msg("sessions.errors.lastBeforeFirst"), "lastDay");
    const [h1, m1] = input.startTime.split(":").map(Number);
    const [h2, m2] = input.endTime.split(":").map(Number);
    const minutes = h2 * 60 + m2 - (h1 * 60 + m1);
    if (minutes <= 0) ruleError(msg("sessions.errors.endBeforeStart"), "endTime");
    const days = weeklyOccurrences({
      firstDay: input.firstDay,
      lastDay: input.lastDay,
      startTime: input.startTime,
      minutes,
      timeZone: cohort.timeZone,
      paused: cohort.pausedPeriods.map((p) => ({
        startsOn: p.startsOn.toISOString().slice(0, 10),
        endsOn: p.endsOn.toISOString().slice(0, 10),
      })),
    });
    const now = clock();
    const future = days.filter((d) => d.startsAt.getTime() > now.getTime());
    if (future.length === 0) ruleError(msg("sessions.errors.seriesEmpty"), "firstDay");
    const seriesId = randomUUID();
    await tx.programSession.createMany({
      data: future.map((d) => ({
        cohortId: cohort.id,
        kind: "INTER_MENTOR" as const,
        title: input.title,
        description: input.description,
        place: input.place,
        startsAt: d.startsAt,
        endsAt: d.endsAt,
        audience: "MENTORS" as const,
        seriesId,
      })),
    });
    return { seriesId, count: future.length };
  },
  audit: (d) => ({
    action: "session.series_created",
    entity: "ProgramSession",
    entityId: d.seriesId,
    detail: { count: d.count },
  }),
});

/** Edit one session (one occurrence of a series: moved alone). A new time is emailed to those going. */
export const updateSessionAction = defineAction({
  name: "session.update",
  schema: updateSessionSchema,
  successMessage: msg("sessions.updated"),
  revalidate: (_d, input) => sessionPaths(input.sessionId),
  load: ({ input }) => loadSession(input.sessionId),
  permission: { verb: "write", resource: "session" },
  async run({ input, record: s, tx }) {
    const now = clock();
    const problem = editProblem(s, now);
    if (problem) ruleError(problem);
    const { startsAt, endsAt } = instants(input.date, input.startTime, input.endTime, s.cohort.timeZone);
    const moved = startsAt.getTime() !== s.startsAt.getTime() || endsAt.getTime() !== s.endsAt.getTime();
    if (moved) {
      const times = timesProblem(startsAt, endsAt, now);
      if (times) ruleError(times.msg, times.field);
    }
    const modules = trainingModulesProblem(s.kind, input.trainingModules, s.cohort.trainingModules);
    if (modules) ruleError(modules, "trainingModules");
    await checkSpeaker(tx, s.cohortId, input.speakerId);
    // The lock first: a smaller capacity must not race an RSVP.
    const held = await lockAndCount(tx, SESSION_SEATS, s.id);
    if (held && input.capacity !== null && held.taken > input.capacity)
      ruleError(msg("sessions.errors.capacityBelowTaken", { taken: held.taken }), "capacity");
    const updated = await tx.programSession.update({
      where: { id: s.id },
      data: {
        title: input.title,
        description: input.description,
        place: input.place,
        startsAt,
        endsAt,
        capacity: input.capacity,
        audience: effectiveAudience(s.kind, input.audience),
        speakerId: s.kind === "ROLE_MODEL" ? input.speakerId : null,
        speakerName: input.speakerId ? null : input.speakerName,
        trainingModules: s.kind === "TRAINING" ? input.trainingModules : [],
        sequence: { increment: 1 },
      },
      select: { id: true, sequence: true },
    });
    const promoted = await promoteWaiting(tx, s.id, input.capacity);
    if (moved || input.place !== s.place) {
      await mailMembers(
        tx,
        (await goingOrWaiting(tx, s.id)).filter((m) => !promoted.includes(m)),
        (name) =>
          email("session.changed", { name, title: input.title, when: startsAt, place: input.place, url: link("/") }),
        (m) => `session.changed:${s.id}:${updated.sequence}:${m}`,
      );
    }
    await mailMembers(tx, promoted, (name) =>
      email("session.promoted", { name, title: input.title, when: startsAt, place: input.place, url: link("/") }),
    );
    return { id: s.id, moved };
  },
  audit: (d: { id: string; moved: boolean }) => ({
    action: "session.updated",
    entity: "ProgramSession",
    entityId: d.id,
    detail: { moved: d.moved },
  }),
});

/** Cancel a session: it stays (STATUS:CANCELLED in calendars); everyone going or waiting is emailed. */
export const cancelSessionAction = defineAction({
  name: "session.cancel",
  schema: cancelSessionSchema,
  successMessage: msg("sessions.cancelledMessage"),
  revalidate: (_d, input) => sessionPaths(input.sessionId),
  load: ({ input }) => loadSession(input.sessionId),
  permission: { verb: "write", resource: "session" },
  async run({ record: s, tx }) {
    const problem = editProblem(s, clock());
    if (problem) ruleError(problem);
    await lockAndCount(tx, SESSION_SEATS, s.id);
    const { count } = await tx.programSession.updateMany({
      where: { id: s.id, cancelledAt: null },
      data: { cancelledAt: clock(), sequence: { increment: 1 } },
    });
    if (count !== 1) ruleError(msg("sessions.errors.cancelled"));
    const notify = await goingOrWaiting(tx, s.id);
    await mailMembers(
      tx,
      notify,
      (name) => email("session.cancelled", { name, title: s.title, when: s.startsAt }),
      (m) => `session.cancelled:${s.id}:${m}`,
    );
    return { id: s.id, notified: notify.length };
  },
  audit: (d: { id: string; notified: number }) => ({
    action: "session.cancelled",
    entity: "ProgramSession",
    entityId: d.id,
    detail: { notified: d.notified },
  }),
});

// ---------------------------------------------------------------- RSVP (the audience)

/** The attendee role a caller answers in: the first of their granting roles that is invited. */
function attendeeRole(s: LoadedSession, roles: readonly string[]): AttendeeRole | null {
  const audience = effectiveAudience(s.kind, s.audience);
  return (
    (roles.filter((r) => r === "MENTOR" || r === "MENTEE") as AttendeeRole[]).find((r) => inAudience(audience, r)) ??
    null
  );
}

export type RsvpOutcome =
  | { kind: "seat"; sessionId: string }
  | { kind: "waitlist"; sessionId: string; position: number }
  | { kind: "notGoing"; sessionId: string; promoted: number };

/**
 * Going / not going, in one tap. Going: a seat, else the waitlist (the database decides under the
 * session's lock: lib/sessions/engine.ts). Not going (until the start): the seat goes to the first
 * on the waitlist, who is emailed.
 */
export const rsvpAction = defineAction({
  name: "session.rsvp",
  schema: rsvpSchema,
  successMessage: (d: RsvpOutcome) =>
    d.kind === "seat"
      ? msg("sessions.rsvp.goingMessage")
      : d.kind === "waitlist"
        ? msg("sessions.rsvp.waitlistMessage", { position: d.position })
        : msg("sessions.rsvp.notGoingMessage"),
  revalidate: (_d, input) => sessionPaths(input.sessionId),
  transaction: { maxWait: 20_000, timeout: 30_000 },
  load: ({ input }) => loadSession(input.sessionId),
  permission: { verb: "write", resource: "session.rsvp" },
  async run({ input, record: s, roles, actor, tx }): Promise<RsvpOutcome> {
    const now = clock();
    const role = attendeeRole(s, roles);
    const problem = rsvpProblem(s, role, now);
    if (problem) ruleError(problem);
    const membershipId = actor.membershipIds[role!];
    if (!membershipId) refuse();
    if (input.going === "yes") {
      const r = await rsvpGoing(tx, s.id, membershipId, now);
      if (!r) refuse();
      return r.kind === "seat"
        ? { kind: "seat", sessionId: s.id }
        : { kind: "waitlist", sessionId: s.id, position: r.position };
    }
    const r = await rsvpNotGoing(tx, s.id, membershipId, now);
    if (!r) refuse();
    await mailMembers(tx, r.promoted, (name) =>
      email("session.promoted", { name, title: s.title, when: s.startsAt, place: s.place, url: link("/") }),
    );
    return { kind: "notGoing", sessionId: s.id, promoted: r.promoted.length };
  },
  audit: (d: RsvpOutcome) => ({
    action: d.kind === "notGoing" ? "session.rsvp_no" : "session.rsvp_yes",
    entity: "ProgramSession",
    entityId: d.sessionId,
    detail: d.kind === "notGoing" ? { promoted: d.promoted } : { place: d.kind },
  }),
});

// ---------------------------------------------------------------- attendance

/** Inter-mentor sessions: any mentor or the coordinator; every other kind: the coordinator. */
const attendanceNeed = (s: LoadedSession): Need => ({
  verb: "write",
  resource: s.kind === "INTER_MENTOR" ? "session.attendance.peer" : "session.attendance",
});

/**
 * One tap per person: present / excused / absent (a walk-in without an RSVP is added the same way).
 * A present mentor at a training workshop completes its modules (the pairing's training gate),
 * recorded as by the caller.
 */
export const markAttendanceAction = defineAction({
  name: "session.mark_attendance",
  schema: markAttendanceSchema,
  successMessage: msg("sessions.attendance.saved"),
  revalidate: (_d, input) => sessionPaths(input.sessionId),
  load: ({ input }) => loadSessionAndMember(input.sessionId, input.membershipId),
  permission: attendanceNeed,
  async run({ input, record: s, userId, membershipId: recorder, tx }) {
    const now = clock();
    const problem = attendanceProblem(s, now);
    if (problem) ruleError(problem);
    if (!inAudience(effectiveAudience(s.kind, s.audience), s.member.role as AttendeeRole))
      ruleError(msg("sessions.errors.notInAudienceOther"));
    await lockAndCount(tx, SESSION_SEATS, s.id); // every writer of a session's rows takes its lock
    const existing = await tx.attendance.findUnique({
      where: { sessionId_membershipId: { sessionId: s.id, membershipId: s.member.id } },
      select: { id: true, status: true },
    });
    const walkIn = !existing || existing.status === "CANCELLED" || existing.status === "WAITLISTED";
    const data = { status: input.mark, recordedById: recorder, recordedAt: now, walkIn };
    const row = existing
      ? await tx.attendance.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.attendance.create({
          data: { sessionId: s.id, membershipId: s.member.id, registeredAt: now, ...data },
          select: { id: true },
        });
    const modules = trainingCompletions(s.kind, s.trainingModules, input.mark, s.member.role);
    for (const trained of modules) {
      await tx.trainingCompletion.upsert({
        where: { membershipId_module: { membershipId: s.member.id, module: trained } },
        create: { membershipId: s.member.id, module: trained, completedAt: s.startsAt, recordedById: userId },
        update: {},
      });
    }
    return { id: row.id, sessionId: s.id, mark: input.mark, trained: modules.length };
  },
  audit: (d: { id: string; mark: string; trained: number }) => ({
    action: "session.attendance_marked",
    entity: "Attendance",
    entityId: d.id,
    detail: { mark: d.mark, trainingModules: d.trained },
  }),
});

// ---------------------------------------------------------------- minutes

/**
 * The minutes of an inter-mentor session (problems raised, ideas and actions agreed), about "a
 * mentee". Naming one is explicit: the note goes to its own field, readable by that mentee's pair
 * and the supervisor only, and only a mentor of that pair may write it (docs/decisions/081).
 */
export const writeMinutesAction = defineAction({
  name: "session.minutes",
  schema: minutesSchema,
  successMessage: msg("sessions.minutes.saved"),
  revalidate: (_d, input) => sessionPaths(input.sessionId),
  load: ({ input }) => loadSessionWithNamedMentee(input.sessionId, input.namedMenteeId),
  permission: (s) => [
    { verb: "write", resource: "session.minutes" },
    ...(s.named
      ? [{ verb: "write", resource: "session.minutes.named", as: "MENTOR", scope: { pairId: s.named.pairId } } as Need]
      : []),
  ],
  async run({ input, record: s, membershipId, tx }) {
    if (s.kind !== "INTER_MENTOR") ruleError(msg("sessions.errors.minutesOnlyInterMentor"));
    if (s.cancelledAt) ruleError(msg("sessions.errors.cancelled"));
    if (clock().getTime() < s.startsAt.getTime()) ruleError(msg("sessions.errors.minutesNotYet"));
    if (s.named && !input.namedNote) ruleError(msg("sessions.errors.namedNoteRequired"), "namedNote");
    await tx.programSession.update({
      where: { id: s.id },
      data: {
        minutes: input.minutes,
        minutesById: membershipId,
        minutesAt: clock(),
        namedMenteeId: s.named?.menteeId ?? null,
        namedPairId: s.named?.pairId ?? null,
        namedNote: s.named ? input.namedNote : null,
      },
    });
    return { id: s.id, named: !!s.named };
  },
  audit: (d: { id: string; named: boolean }) => ({
    action: "session.minutes_written",
    entity: "ProgramSession",
    entityId: d.id,
    detail: { namedMentee: d.named },
  }),
});

// ---------------------------------------------------------------- feedback

/** An attendee rates the session (1-5) and may comment, once, after it ends. */
export const leaveFeedbackAction = defineAction({
  name: "session.feedback",
  schema: feedbackSchema,
  successMessage: msg("sessions.feedback.thanks"),
  revalidate: (_d, input) => sessionPaths(input.sessionId),
  conflicts: { SessionFeedback_sessionId_membershipId_key: { message: msg("sessions.errors.feedbackAlready") } },
  load: ({ input }) => loadSession(input.sessionId),
  permission: { verb: "write", resource: "session.feedback" },
  async run({ input, record: s, roles, actor, tx }) {
    const ids = roles.map((r) => actor.membershipIds[r]).filter((x): x is string => !!x);
    const mine = await tx.attendance.findFirst({
      where: { sessionId: s.id, membershipId: { in: ids }, status: "ATTENDED" },
      select: { membershipId: true },
    });
    const membershipId = mine?.membershipId ?? ids[0];
    const already = !!(await tx.sessionFeedback.findFirst({
      where: { sessionId: s.id, membershipId: { in: ids } },
      select: { id: true },
    }));
    const problem = feedbackProblem(s, mine ? "ATTENDED" : null, already, clock());
    if (problem) ruleError(problem);
    const row = await tx.sessionFeedback.create({
      data: { sessionId: s.id, membershipId, rating: input.rating, comment: input.comment },
      select: { id: true },
    });
    return { id: row.id, sessionId: s.id };
  },
  // The rating and the comment are not in the audit: feedback is shown without names.
  audit: (d: { sessionId: string }) => ({
    action: "session.feedback_left",
    entity: "ProgramSession",
    entityId: d.sessionId,
  }),
});
