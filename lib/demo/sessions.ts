/**
 * Programme sessions (issue 12): the mentor training workshop that recorded the training, the
 * mentee briefing (past, with attendance), the weekly inter-mentor series (past weeks with
 * attendance and minutes, skipping the paused period), two role-model sessions of the demo role
 * model (one past with feedback, one upcoming with RSVPs and a waitlist) and one of the second
 * role model.
 */
import type { Prisma } from "../../generated/prisma/client";
import { weeklyOccurrences } from "../sessions/rules";
import { addDays, addMinutes, DEMO_TIME_ZONE, idOf, localTime, rngFor } from "./context";
import { INTER_MENTOR_MINUTES, SESSION_FEEDBACK, SESSIONS } from "./texts/sessions";
import { cast, type DemoWorld } from "./world";

const day = (d: Date) => d.toISOString().slice(0, 10);

export function sessionRows(
  w: DemoWorld,
  opts: { modules: readonly string[]; pausedDays: { startsOn: string; endsOn: string }[] },
) {
  const { cal, people } = w;
  const D = cal.day;
  const rng = rngFor("sessions");
  const sessions: Prisma.ProgramSessionCreateManyInput[] = [];
  const attendance: Prisma.AttendanceCreateManyInput[] = [];
  const feedback: Prisma.SessionFeedbackCreateManyInput[] = [];
  const coordinatorId = w.mid(people.coordinator);
  const session = (
    row: Omit<Prisma.ProgramSessionCreateManyInput, "id" | "cohortId" | "createdAt" | "updatedAt">,
    createdAt: Date,
  ) => {
    const id = idOf("ses", sessions.length + 1);
    sessions.push({ id, cohortId: w.cohortId, ...row, createdAt, updatedAt: createdAt });
    return id;
  };
  type Status = "REGISTERED" | "WAITLISTED" | "ATTENDED" | "EXCUSED" | "ABSENT";
  const attend = (
    sessionId: string,
    membershipId: string,
    status: Status,
    registeredAt: Date,
    recorded?: { by: string; at: Date },
  ) =>
    attendance.push({
      id: idOf("att", attendance.length + 1),
      sessionId,
      membershipId,
      status,
      registeredAt,
      recordedById: recorded?.by ?? null,
      recordedAt: recorded?.at ?? null,
    });
  const mentorIds = [...w.clinicalIds, ...w.preclinicalIds];
  const menteeIds = w.groups.flat().map(w.mid);
  const demoMenteeId = w.mid(cast(w.groups).demoMentee);
  const at = (start: Date, minutes: number) => ({ startsAt: start, endsAt: addMinutes(start, minutes) });

  // The communication-skills workshop before the start: every mentor present, training recorded.
  const trainingStart = localTime(addDays(cal.startsOn, -14), 10);
  const training = session(
    {
      kind: "TRAINING",
      ...SESSIONS.training,
      speakerName: people.supervisor.name,
      ...at(trainingStart, 6 * 60),
      capacity: 15,
      audience: "MENTORS",
      trainingModules: [...opts.modules],
    },
    addDays(cal.setUpAt, 5),
  );
  const trainingEnd = addMinutes(trainingStart, 6 * 60);
  mentorIds.forEach((m) =>
    attend(training, m, "ATTENDED", addDays(trainingStart, -7), { by: coordinatorId, at: trainingEnd }),
  );

  // The mentee briefing in the first week.
  const briefingStart = localTime(addDays(cal.startsOn, 1), 17);
  const briefing = session(
    {
      kind: "BRIEFING",
      ...SESSIONS.briefing,
      speakerName: people.coordinator.name,
      ...at(briefingStart, 90),
      capacity: 60,
      audience: "EVERYONE",
    },
    addDays(cal.setUpAt, 5),
  );
  const briefingDone = { by: coordinatorId, at: addMinutes(briefingStart, 95) };
  mentorIds.forEach((m) => attend(briefing, m, "ATTENDED", addDays(briefingStart, -6), briefingDone));
  const absent = new Set(rng.shuffle(menteeIds.filter((m) => m !== demoMenteeId)).slice(0, 4));
  menteeIds.forEach((m) =>
    attend(briefing, m, absent.has(m) ? "ABSENT" : "ATTENDED", addDays(briefingStart, -5), briefingDone),
  );

  // The weekly inter-mentor series: Wednesdays 18:30 from the second week to the end of the cohort.
  const seriesId = "cdemoseries0001";
  const weeks = weeklyOccurrences({
    firstDay: day(addDays(cal.startsOn, 9)),
    lastDay: day(cal.endsOn),
    startTime: "18:30",
    minutes: 60,
    timeZone: DEMO_TIME_ZONE,
    paused: opts.pausedDays,
  });
  // One mentor (the last preclinical) missed the last three: the coordinator's view flags them.
  const missing = w.preclinicalIds[w.preclinicalIds.length - 1];
  const past = weeks.filter((o) => o.endsAt.getTime() <= cal.today.getTime());
  weeks.forEach((o, i) => {
    const isPast = o.endsAt.getTime() <= cal.today.getTime();
    const pastIndex = past.indexOf(o);
    const writer = mentorIds[i % mentorIds.length];
    const id = session(
      {
        kind: "INTER_MENTOR",
        ...SESSIONS.interMentor,
        ...at(o.startsAt, 60),
        audience: "MENTORS",
        seriesId,
        ...(isPast && pastIndex < INTER_MENTOR_MINUTES.length
          ? { minutes: INTER_MENTOR_MINUTES[pastIndex], minutesById: writer, minutesAt: addMinutes(o.endsAt, 30) }
          : {}),
      },
      localTime(addDays(cal.startsOn, -2), 9),
    );
    if (!isPast) return;
    const done = { by: writer, at: o.endsAt };
    mentorIds.forEach((m, k) => {
      const late = pastIndex >= past.length - 3;
      const status: Status = m === missing && late ? "ABSENT" : (k + pastIndex) % 7 === 3 ? "EXCUSED" : "ATTENDED";
      attend(id, m, status, addDays(o.startsAt, -3), done);
    });
  });

  // The demo role model's past session: attended, with two answers (a third makes the average show).
  const pastStart = localTime(D(-6), 17);
  const pastRoleModel = session(
    {
      kind: "ROLE_MODEL",
      ...SESSIONS.roleModelPast,
      speakerId: w.roleModelIds[0],
      ...at(pastStart, 90),
      capacity: 30,
      audience: "MENTEES",
    },
    localTime(D(-20), 11),
  );
  const pastDone = { by: coordinatorId, at: addMinutes(pastStart, 95) };
  const attendees = [demoMenteeId, ...rng.shuffle(menteeIds.filter((m) => m !== demoMenteeId)).slice(0, 13)];
  attendees.forEach((m, i) =>
    attend(pastRoleModel, m, i % 9 === 8 ? "ABSENT" : "ATTENDED", localTime(D(-14 + (i % 5)), 12, i), pastDone),
  );
  attendees
    .filter((m, i) => m !== demoMenteeId && i % 9 !== 8)
    .slice(0, SESSION_FEEDBACK.length)
    .forEach((m, i) =>
      feedback.push({
        id: idOf("sfb", feedback.length + 1),
        sessionId: pastRoleModel,
        membershipId: m,
        ...SESSION_FEEDBACK[i],
        createdAt: localTime(D(-5), 10 + i),
      }),
    );

  // Her next session: 12 seats, all taken, 3 on the waitlist; the demo mentee has not answered.
  const roleModelSession = session(
    {
      kind: "ROLE_MODEL",
      ...SESSIONS.roleModel,
      speakerId: w.roleModelIds[0],
      ...at(localTime(D(10), 17), 90),
      capacity: 12,
      audience: "MENTEES",
    },
    localTime(D(-9), 11),
  );
  rng
    .shuffle(menteeIds.filter((m) => m !== demoMenteeId))
    .slice(0, 15)
    .forEach((m, i) =>
      attend(
        roleModelSession,
        m,
        i < 12 ? "REGISTERED" : "WAITLISTED",
        localTime(D(-8 + Math.floor(i / 3)), 12, 5 * i),
      ),
    );

  // The second role model's session, with room.
  const second = session(
    {
      kind: "ROLE_MODEL",
      ...SESSIONS.roleModel2,
      speakerId: w.roleModelIds[1],
      ...at(localTime(D(24), 17), 90),
      capacity: 40,
      audience: "MENTEES",
    },
    localTime(D(-2), 10),
  );
  rng
    .shuffle(menteeIds.filter((m) => m !== demoMenteeId))
    .slice(0, 5)
    .forEach((m, i) => attend(second, m, "REGISTERED", localTime(D(-1), 9 + i)));

  return { sessions, attendance, feedback };
}
