/**
 * Programme sessions on the pipeline (issue 12): scheduling, RSVP and the waitlist, attendance (and
 * the training it records), minutes and feedback; success, invalid input (nothing written) and
 * each refused role. PGlite; the races are in sessions-concurrency.pg.test.ts on PostgreSQL.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Membership, MentorPair } from "@/generated/prisma/client";
import { asUser } from "@/lib/auth/test-context";
import {
  cancelSessionAction,
  createSeriesAction,
  createSessionAction,
  leaveFeedbackAction,
  markAttendanceAction,
  rsvpAction,
  updateSessionAction,
  writeMinutesAction,
} from "@/lib/sessions/actions";
import { loadCohortActor } from "@/lib/auth/session";
import { getSessionForRunning, getSpeakerSessions, getMySessions } from "@/lib/sessions/queries";
import { enqueueSessionReminders } from "@/lib/sessions/reminders";
import { getSessionIcs, sessionFeedEvents } from "@/lib/sessions/calendar";
import { createCohort, createGroup, createMembership, createProgramSession } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const p = () => getDb().prisma;
const DAY = 86_400_000;
const HOUR = 3_600_000;

let cohortId: string;
let coordinator: Membership;
let supervisor: Membership;
let roleModel: Membership;
let otherRoleModel: Membership;
let g1: { pair: MentorPair; clinical: Membership; preclinical: Membership; mentees: Membership[] };
let g2: { pair: MentorPair; clinical: Membership; preclinical: Membership; mentees: Membership[] };
let outsider: Membership; // a mentee of another cohort
let otherCoordinator: Membership;

beforeAll(async () => {
  const cohort = await createCohort(p(), {
    startsOn: new Date(Date.now() - 30 * DAY),
    endsOn: new Date(Date.now() + 200 * DAY),
    groupsPublishedAt: new Date(Date.now() - 40 * DAY),
    timeZone: "Asia/Tehran",
  });
  cohortId = cohort.id;
  coordinator = await createMembership(p(), cohortId, "COORDINATOR");
  supervisor = await createMembership(p(), cohortId, "SUPERVISOR");
  roleModel = await createMembership(p(), cohortId, "ROLE_MODEL");
  otherRoleModel = await createMembership(p(), cohortId, "ROLE_MODEL");
  g1 = await createGroup(p(), cohortId, 3);
  g2 = await createGroup(p(), cohortId, 2);
  const other = await createCohort(p());
  outsider = await createMembership(p(), other.id, "MENTEE");
  otherCoordinator = await createMembership(p(), other.id, "COORDINATOR");
});

afterEach(() => {
  vi.useRealTimers();
});

/** A local date n days ahead (the cohort's zone is close enough to UTC+3:30 for a whole day). */
const dayAhead = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
const as = <T>(m: Membership, fn: () => Promise<T>) => asUser(m.userId, fn);

const roleModelInput = {
  kind: "ROLE_MODEL" as "ROLE_MODEL" | "TRAINING",
  trainingModules: [] as string[],
  title: "Why physiology matters on the ward",
  description: "A young internist on her first year.",
  date: dayAhead(10),
  startTime: "17:00",
  endTime: "18:30",
  place: "Lecture hall 2",
  audience: "MENTEES" as "MENTEES" | "MENTORS",
  capacity: "2",
  speakerId: "",
  speakerName: "",
};

describe("scheduling", () => {
  it("a coordinator schedules a role-model session in the cohort's time zone", async () => {
    const r = await as(coordinator, () => createSessionAction(null, { ...roleModelInput, speakerId: roleModel.id }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = await p().programSession.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(s).toMatchObject({ kind: "ROLE_MODEL", capacity: 2, audience: "MENTEES", speakerId: roleModel.id });
    // 17:00 in Tehran (UTC+03:30) is 13:30 UTC
    expect(s.startsAt.toISOString()).toBe(`${roleModelInput.date}T13:30:00.000Z`);
    expect(await p().auditEvent.count({ where: { entityId: s.id, action: "session.created" } })).toBe(1);
  });

  it("invalid input: field messages, nothing written", async () => {
    const before = await p().programSession.count();
    const r = await as(coordinator, () =>
      createSessionAction(null, {
        ...roleModelInput,
        title: "x",
        endTime: "16:00",
        capacity: "0",
        speakerId: roleModel.id,
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors?.title?.[0]).toMatch(/title of 3 to 140/);
    expect(r.fieldErrors?.capacity?.[0]).toMatch(/whole number/);
    const r2 = await as(coordinator, () =>
      createSessionAction(null, { ...roleModelInput, endTime: "16:00", speakerId: roleModel.id }),
    );
    expect(r2).toMatchObject({ ok: false, fieldErrors: { endTime: [expect.stringMatching(/after the start/)] } });
    expect(await p().programSession.count()).toBe(before);
  });

  it("a role model of the cohort only as speaker; a training names the cohort's modules", async () => {
    const bad = await as(coordinator, () =>
      createSessionAction(null, { ...roleModelInput, speakerId: g1.clinical.id }),
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { speakerId: [expect.stringMatching(/role model/)] } });
    const training = await as(coordinator, () =>
      createSessionAction(null, {
        ...roleModelInput,
        kind: "TRAINING",
        audience: "MENTORS",
        trainingModules: ["Juggling"],
      }),
    );
    expect(training).toMatchObject({ ok: false, fieldErrors: { trainingModules: [expect.any(String)] } });
  });

  it("refused: mentors, mentees, the supervisor, role models and another cohort's coordinator", async () => {
    for (const m of [g1.clinical, g1.mentees[0], supervisor, roleModel, otherCoordinator]) {
      const r = await as(m, () => createSessionAction(null, { ...roleModelInput, speakerId: roleModel.id }));
      expect(r.ok).toBe(false);
    }
  });

  it("a role model cannot edit a session, not even their own; nor cancel another's", async () => {
    const s = await createProgramSession(p(), cohortId, { speakerId: otherRoleModel.id });
    const edit = { ...roleModelInput, sessionId: s.id, speakerId: roleModel.id };
    expect((await as(roleModel, () => updateSessionAction(null, edit))).ok).toBe(false);
    expect((await as(roleModel, () => cancelSessionAction(null, { sessionId: s.id }))).ok).toBe(false);
    expect(await p().programSession.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ cancelledAt: null });
  });

  it("a weekly series skips a paused period; a moved occurrence raises its SEQUENCE and emails those going", async () => {
    await p().pausedPeriod.create({
      data: {
        cohortId,
        label: "Exams",
        startsOn: new Date(`${dayAhead(14)}T00:00:00Z`),
        endsOn: new Date(`${dayAhead(20)}T00:00:00Z`),
      },
    });
    const r = await as(coordinator, () =>
      createSeriesAction(null, {
        title: "Weekly inter-mentor session",
        firstDay: dayAhead(7),
        lastDay: dayAhead(7 + 7 * 5),
        startTime: "18:30",
        endTime: "19:30",
        place: "Seminar room 3",
      }),
    );
    expect(r).toMatchObject({ ok: true, data: { count: 5 } }); // 6 weeks, one paused
    if (!r.ok) return;
    const series = await p().programSession.findMany({
      where: { seriesId: r.data.seriesId },
      orderBy: { startsAt: "asc" },
    });
    expect(series.every((s) => s.kind === "INTER_MENTOR" && s.audience === "MENTORS")).toBe(true);
    const first = series[0];
    expect((await as(g1.clinical, () => rsvpAction(null, { sessionId: first.id, going: "yes" }))).ok).toBe(true);
    const moved = await as(coordinator, () =>
      updateSessionAction(null, {
        sessionId: first.id,
        title: first.title,
        date: dayAhead(8),
        startTime: "18:30",
        endTime: "19:30",
        place: first.place,
        audience: "MENTORS",
        capacity: "",
        trainingModules: [],
      }),
    );
    expect(moved.ok).toBe(true);
    expect(await p().programSession.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ sequence: 1 });
    expect(await p().outbox.count({ where: { kind: "session.changed", userId: g1.clinical.userId } })).toBe(1);
    // the other occurrences are untouched
    expect(await p().programSession.findUniqueOrThrow({ where: { id: series[1].id } })).toMatchObject({ sequence: 0 });
  });
});

describe("RSVP and the waitlist", () => {
  it("two seats: two going, the third waits; one says not going and the third is promoted, with an email", async () => {
    const s = await createProgramSession(p(), cohortId, { capacity: 2, audience: "MENTEES" });
    const [a, b] = g1.mentees;
    const c = g2.mentees[0];
    expect(await as(a, () => rsvpAction(null, { sessionId: s.id, going: "yes" }))).toMatchObject({
      ok: true,
      data: { kind: "seat" },
    });
    expect(await as(b, () => rsvpAction(null, { sessionId: s.id, going: "yes" }))).toMatchObject({
      ok: true,
      data: { kind: "seat" },
    });
    const waiting = await as(c, () => rsvpAction(null, { sessionId: s.id, going: "yes" }));
    expect(waiting).toMatchObject({ ok: true, data: { kind: "waitlist", position: 1 } });
    if (waiting.ok) expect(waiting.message).toMatch(/waitlist/i);
    // saying it again changes nothing
    expect(await as(a, () => rsvpAction(null, { sessionId: s.id, going: "yes" }))).toMatchObject({
      ok: true,
      data: { kind: "seat" },
    });
    expect(await p().attendance.count({ where: { sessionId: s.id } })).toBe(3);

    const no = await as(a, () => rsvpAction(null, { sessionId: s.id, going: "no" }));
    expect(no).toMatchObject({ ok: true, data: { kind: "notGoing", promoted: 1 } });
    expect(
      await p().attendance.findUniqueOrThrow({
        where: { sessionId_membershipId: { sessionId: s.id, membershipId: c.id } },
      }),
    ).toMatchObject({ status: "REGISTERED" });
    expect(await p().outbox.count({ where: { kind: "session.promoted", userId: c.userId } })).toBe(1);
    // the promoted mentee sees it on their list
    const actor = (await loadCohortActor(c.userId, cohortId))!;
    const mine = (await getMySessions(actor, "MENTEE"))!.find((x) => x.id === s.id)!;
    expect(mine).toMatchObject({ my: "REGISTERED", position: null, going: 2, capacity: 2 });
    // and coming back puts a at the end of the line
    expect(await as(a, () => rsvpAction(null, { sessionId: s.id, going: "yes" }))).toMatchObject({
      ok: true,
      data: { kind: "waitlist", position: 1 },
    });
    // a second one waiting is second in line, on the list as in the answer
    const d = g2.mentees[1];
    expect(await as(d, () => rsvpAction(null, { sessionId: s.id, going: "yes" }))).toMatchObject({
      ok: true,
      data: { kind: "waitlist", position: 2 },
    });
    const list = async (m: { userId: string }) =>
      (await getMySessions((await loadCohortActor(m.userId, cohortId))!, "MENTEE"))!.find((x) => x.id === s.id)!;
    expect(await list(a)).toMatchObject({ my: "WAITLISTED", position: 1, going: 2 });
    expect(await list(d)).toMatchObject({ my: "WAITLISTED", position: 2, going: 2, gaveFeedback: false });
  });

  it("refused: a mentor RSVPing to a mentee-only briefing, a mentee of another cohort, a started session", async () => {
    const briefing = await createProgramSession(p(), cohortId, { kind: "BRIEFING", audience: "MENTEES" });
    const r = await as(g1.clinical, () => rsvpAction(null, { sessionId: briefing.id, going: "yes" }));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/not for your role/) });
    const r2 = await as(outsider, () => rsvpAction(null, { sessionId: briefing.id, going: "yes" }));
    expect(r2.ok).toBe(false);
    const started = await createProgramSession(p(), cohortId, {
      audience: "EVERYONE",
      startsAt: new Date(Date.now() - HOUR),
      endsAt: new Date(Date.now() + HOUR),
    });
    const r3 = await as(g1.mentees[0], () => rsvpAction(null, { sessionId: started.id, going: "no" }));
    expect(r3).toMatchObject({ ok: false, error: expect.stringMatching(/started/) });
    for (const m of [coordinator, supervisor, roleModel]) {
      expect((await as(m, () => rsvpAction(null, { sessionId: briefing.id, going: "yes" }))).ok).toBe(false);
    }
    expect(await p().attendance.count({ where: { sessionId: briefing.id } })).toBe(0);
  });

  it("cancelling a session emails everyone going or waiting; it stays, cancelled", async () => {
    const s = await createProgramSession(p(), cohortId, { capacity: 1, audience: "EVERYONE" });
    await as(g2.mentees[0], () => rsvpAction(null, { sessionId: s.id, going: "yes" }));
    await as(g2.mentees[1], () => rsvpAction(null, { sessionId: s.id, going: "yes" }));
    const r = await as(coordinator, () => cancelSessionAction(null, { sessionId: s.id }));
    expect(r).toMatchObject({ ok: true, data: { notified: 2 } });
    expect(await p().outbox.count({ where: { kind: "session.cancelled", subject: { contains: s.title } } })).toBe(2);
    expect(await p().programSession.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ sequence: 1 });
  });

  it("a reminder the day before, once, to those going only", async () => {
    const s = await createProgramSession(p(), cohortId, {
      capacity: 1,
      startsAt: new Date(Date.now() + 20 * HOUR),
      endsAt: new Date(Date.now() + 21 * HOUR),
      title: "Reminder test",
    });
    await as(g1.mentees[2], () => rsvpAction(null, { sessionId: s.id, going: "yes" }));
    await as(g2.mentees[1], () => rsvpAction(null, { sessionId: s.id, going: "yes" })); // waitlisted
    await enqueueSessionReminders(p());
    await enqueueSessionReminders(p());
    const mails = await p().outbox.findMany({
      where: { kind: "reminder.session", subject: { contains: "Reminder test" } },
    });
    expect(mails.map((m) => m.userId)).toEqual([g1.mentees[2].userId]);
  });
});

describe("attendance", () => {
  it("the coordinator marks present / excused / absent, and adds a walk-in; not before it opens", async () => {
    const s = await createProgramSession(p(), cohortId, {
      capacity: 1,
      audience: "MENTEES",
      startsAt: new Date(Date.now() + 3 * DAY),
      endsAt: new Date(Date.now() + 3 * DAY + HOUR),
    });
    await as(g1.mentees[0], () => rsvpAction(null, { sessionId: s.id, going: "yes" }));
    const early = await as(coordinator, () =>
      markAttendanceAction(null, { sessionId: s.id, membershipId: g1.mentees[0].id, mark: "ATTENDED" }),
    );
    expect(early).toMatchObject({ ok: false, error: expect.stringMatching(/an hour before/) });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(s.startsAt.getTime() + 10 * 60_000));
    const r = await as(coordinator, () =>
      markAttendanceAction(null, { sessionId: s.id, membershipId: g1.mentees[0].id, mark: "ATTENDED" }),
    );
    expect(r.ok).toBe(true);
    const walkIn = await as(coordinator, () =>
      markAttendanceAction(null, { sessionId: s.id, membershipId: g2.mentees[0].id, mark: "ATTENDED" }),
    );
    expect(walkIn.ok).toBe(true); // beyond the capacity: a walk-in takes no seat from anyone
    const rows = await p().attendance.findMany({ where: { sessionId: s.id }, orderBy: { registeredAt: "asc" } });
    expect(rows.map((x) => [x.status, x.walkIn, x.recordedById])).toEqual([
      ["ATTENDED", false, coordinator.id],
      ["ATTENDED", true, coordinator.id],
    ]);
    // a mentor cannot take attendance of a mentees' session; a mentor is not in its audience
    const byMentor = await as(g1.clinical, () =>
      markAttendanceAction(null, { sessionId: s.id, membershipId: g1.mentees[1].id, mark: "ABSENT" }),
    );
    expect(byMentor.ok).toBe(false);
    const wrong = await as(coordinator, () =>
      markAttendanceAction(null, { sessionId: s.id, membershipId: g1.clinical.id, mark: "ATTENDED" }),
    );
    expect(wrong).toMatchObject({ ok: false, error: expect.stringMatching(/audience/) });
    const bad = await as(coordinator, () =>
      markAttendanceAction(null, { sessionId: s.id, membershipId: g1.mentees[1].id, mark: "MAYBE" as "ABSENT" }),
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { mark: [expect.any(String)] } });
  });

  it("a training workshop's attendance records the training of each present mentor, by whom", async () => {
    const s = await createProgramSession(p(), cohortId, {
      kind: "TRAINING",
      audience: "MENTORS",
      trainingModules: ["Communication skills"],
      startsAt: new Date(Date.now() - HOUR),
      endsAt: new Date(Date.now() + HOUR),
    });
    const r = await as(coordinator, () =>
      markAttendanceAction(null, { sessionId: s.id, membershipId: g2.clinical.id, mark: "ATTENDED" }),
    );
    expect(r).toMatchObject({ ok: true, data: { trained: 1 } });
    await as(coordinator, () =>
      markAttendanceAction(null, { sessionId: s.id, membershipId: g2.preclinical.id, mark: "ABSENT" }),
    );
    const done = await p().trainingCompletion.findMany({
      where: { membershipId: { in: [g2.clinical.id, g2.preclinical.id] } },
    });
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ membershipId: g2.clinical.id, module: "Communication skills" });
    expect(done[0].recordedById).toBe(coordinator.userId);
  });
});

describe("inter-mentor sessions: attendance and minutes by a mentor", () => {
  it("any mentor takes attendance and writes the minutes; mentees and other cohorts cannot read them", async () => {
    const s = await createProgramSession(p(), cohortId, {
      kind: "INTER_MENTOR",
      audience: "MENTORS",
      startsAt: new Date(Date.now() - 2 * HOUR),
      endsAt: new Date(Date.now() - HOUR),
    });
    const mark = await as(g2.preclinical, () =>
      markAttendanceAction(null, { sessionId: s.id, membershipId: g1.clinical.id, mark: "ATTENDED" }),
    );
    expect(mark.ok).toBe(true);
    const text = "A mentee struggles with the anatomy block: we agreed to share our spaced-repetition decks.";
    const r = await as(g1.clinical, () => writeMinutesAction(null, { sessionId: s.id, minutes: text }));
    expect(r.ok).toBe(true);
    // naming a mentee of another pair: refused; of one's own: allowed, in the named note only
    const otherPair = await as(g1.clinical, () =>
      writeMinutesAction(null, { sessionId: s.id, minutes: text, namedMenteeId: g2.mentees[0].id, namedNote: "x" }),
    );
    expect(otherPair.ok).toBe(false);
    const secret = "Lena's exam anxiety: her mentors will call her weekly.";
    const named = await as(g1.clinical, () =>
      writeMinutesAction(null, { sessionId: s.id, minutes: text, namedMenteeId: g1.mentees[0].id, namedNote: secret }),
    );
    expect(named.ok).toBe(true);
    // who reads what, by content
    const read = async (m: Membership, as: "COORDINATOR" | "MENTOR") =>
      getSessionForRunning((await loadCohortActor(m.userId, m.cohortId))!, s.id, as);
    const mine = await read(g1.preclinical, "MENTOR");
    expect(mine?.minutes?.text).toBe(text);
    expect(mine?.named?.note).toBe(secret);
    const others = await read(g2.clinical, "MENTOR");
    expect(others?.minutes?.text).toBe(text);
    expect(JSON.stringify(others)).not.toContain(secret);
    const coord = await read(coordinator, "COORDINATOR");
    expect(JSON.stringify(coord)).not.toContain(secret);
    expect(await read(g1.mentees[0], "MENTOR")).toBeNull();
    // a mentor of another cohort cannot write (nor read) them
    const stranger = await createMembership(p(), outsider.cohortId, "MENTOR", { phase: "CLINICAL" });
    expect((await as(stranger, () => writeMinutesAction(null, { sessionId: s.id, minutes: text }))).ok).toBe(false);
    // too short: a field message
    const short = await as(g1.clinical, () => writeMinutesAction(null, { sessionId: s.id, minutes: "ok" }));
    expect(short).toMatchObject({ ok: false, fieldErrors: { minutes: [expect.any(String)] } });
    // a mentee cannot write them
    expect((await as(g1.mentees[0], () => writeMinutesAction(null, { sessionId: s.id, minutes: text }))).ok).toBe(
      false,
    );
  });
});

describe("feedback", () => {
  it("attendees rate once after the end; the speaker sees the average only from 3 answers, without names", async () => {
    const s = await createProgramSession(p(), cohortId, {
      speakerId: roleModel.id,
      audience: "MENTEES",
      startsAt: new Date(Date.now() - 3 * HOUR),
      endsAt: new Date(Date.now() - 2 * HOUR),
    });
    const attendees = [...g1.mentees, g2.mentees[0]];
    for (const m of attendees)
      await p().attendance.create({ data: { sessionId: s.id, membershipId: m.id, status: "ATTENDED" } });
    await p().attendance.create({ data: { sessionId: s.id, membershipId: g2.mentees[1].id, status: "ABSENT" } });

    const absent = await as(g2.mentees[1], () => leaveFeedbackAction(null, { sessionId: s.id, rating: "5" }));
    expect(absent).toMatchObject({ ok: false, error: expect.stringMatching(/attended/) });
    const bad = await as(g1.mentees[0], () => leaveFeedbackAction(null, { sessionId: s.id, rating: "9" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { rating: [expect.any(String)] } });

    const speaker = async () =>
      (await getSpeakerSessions((await loadCohortActor(roleModel.userId, cohortId))!))!.find((x) => x.id === s.id)!;
    expect(
      (
        await as(g1.mentees[0], () =>
          leaveFeedbackAction(null, { sessionId: s.id, rating: "4", comment: "More cases please" }),
        )
      ).ok,
    ).toBe(true);
    expect(await as(g1.mentees[0], () => leaveFeedbackAction(null, { sessionId: s.id, rating: "1" }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already/),
    });
    expect((await as(g1.mentees[1], () => leaveFeedbackAction(null, { sessionId: s.id, rating: "5" }))).ok).toBe(true);
    expect((await speaker()).feedback).toEqual({ kind: "tooFew", count: 2, needed: 3 });
    expect(
      (await as(g1.mentees[2], () => leaveFeedbackAction(null, { sessionId: s.id, rating: "3", comment: "Great" }))).ok,
    ).toBe(true);
    const shown = (await speaker()).feedback;
    expect(shown).toEqual({ kind: "shown", count: 3, average: 4, comments: ["Great", "More cases please"] });
    // another role model sees nothing of it
    const other = await getSpeakerSessions((await loadCohortActor(otherRoleModel.userId, cohortId))!);
    expect(other?.find((x) => x.id === s.id)).toBeUndefined();
    expect(
      await p().auditEvent.findFirst({
        where: { entityId: s.id, action: "session.feedback_left" },
        select: { detail: true },
      }),
    ).toMatchObject({ detail: null });
  });
});

describe("calendar files", () => {
  it("the .ics for the audience and staff only; the feed has the sessions one said going to, cancelled ones too", async () => {
    const s = await createProgramSession(p(), cohortId, { audience: "MENTEES", title: "Ics test" });
    expect(await getSessionIcs(g1.mentees[0].userId, s.id)).toMatch(/UID:session-.*@duomentor/);
    expect(await getSessionIcs(coordinator.userId, s.id)).not.toBeNull();
    expect(await getSessionIcs(g1.clinical.userId, s.id)).toBeNull(); // not for mentors
    expect(await getSessionIcs(outsider.userId, s.id)).toBeNull(); // another cohort
    await as(g1.mentees[1], () => rsvpAction(null, { sessionId: s.id, going: "yes" }));
    await as(coordinator, () => cancelSessionAction(null, { sessionId: s.id }));
    const feed = await sessionFeedEvents(
      {
        id: g1.mentees[1].id,
        role: "MENTEE",
        cohortId,
        timeZone: "Asia/Tehran",
        locale: "en",
        groupsPublished: true,
        mentorPairId: null,
      },
      new Date(Date.now() - DAY),
    );
    const mine = feed.find((e) => e.uid === `session-${s.id}@duomentor`);
    expect(mine).toMatchObject({ status: "CANCELLED", sequence: 1 });
  });
});
