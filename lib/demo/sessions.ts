/**
 * Programme sessions: the mentor training and the briefing (past, with attendance), two
 * role-model sessions and next week's inter-mentor session.
 */
import type { Prisma } from "../../generated/prisma/client";
import { addDays, addMinutes, idOf, localTime, rngFor } from "./context";
import { SESSIONS } from "./texts/sessions";
import { cast, type DemoWorld } from "./world";

export function sessionRows(w: DemoWorld) {
  const { cal, people } = w;
  const D = cal.day;
  const rng = rngFor("sessions");
  const sessions: Prisma.ProgramSessionCreateManyInput[] = [];
  const attendance: Prisma.AttendanceCreateManyInput[] = [];
  const session = (
    row: Omit<Prisma.ProgramSessionCreateManyInput, "id" | "cohortId" | "createdAt" | "updatedAt">,
    createdAt: Date,
  ) => {
    const id = idOf("ses", sessions.length + 1);
    sessions.push({ id, cohortId: w.cohortId, ...row, createdAt, updatedAt: createdAt });
    return id;
  };
  const attend = (
    sessionId: string,
    membershipId: string,
    status: "REGISTERED" | "ATTENDED" | "ABSENT",
    registeredAt: Date,
  ) => attendance.push({ id: idOf("att", attendance.length + 1), sessionId, membershipId, status, registeredAt });
  const mentorIds = [...w.clinicalIds, ...w.preclinicalIds];
  const menteeIds = w.groups.flat().map(w.mid);
  const at = (start: Date, minutes: number) => ({ startsAt: start, endsAt: addMinutes(start, minutes) });

  const trainingStart = localTime(addDays(cal.startsOn, -14), 10);
  const training = session(
    {
      kind: "TRAINING",
      ...SESSIONS.training,
      speakerName: people.supervisor.name,
      ...at(trainingStart, 6 * 60),
      capacity: 15,
      audience: "MENTORS",
    },
    addDays(cal.setUpAt, 5),
  );
  mentorIds.forEach((m) => attend(training, m, "ATTENDED", addDays(trainingStart, -7)));

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
  mentorIds.forEach((m) => attend(briefing, m, "ATTENDED", addDays(briefingStart, -6)));
  const absent = new Set(rng.shuffle(menteeIds).slice(0, 4));
  menteeIds.forEach((m) => attend(briefing, m, absent.has(m) ? "ABSENT" : "ATTENDED", addDays(briefingStart, -5)));

  const roleModelSession = session(
    {
      kind: "ROLE_MODEL",
      ...SESSIONS.roleModel,
      speakerId: w.roleModelIds[0],
      ...at(localTime(D(10), 17), 90),
      capacity: 40,
      audience: "MENTEES",
    },
    localTime(D(-9), 11),
  );
  const demoMenteeId = w.mid(cast(w.groups).demoMentee);
  rng
    .shuffle(menteeIds.filter((m) => m !== demoMenteeId))
    .slice(0, 9)
    .forEach((m, i) =>
      attend(roleModelSession, m, "REGISTERED", localTime(D(-8 + Math.floor(i / 2)), 12 + (i % 8), 5 * i)),
    );

  session(
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

  session(
    {
      kind: "INTER_MENTOR",
      ...SESSIONS.interMentor,
      ...at(localTime(addDays(cal.thisMonday, 9), 18, 30), 60), // Wednesday next week
      audience: "MENTORS",
    },
    localTime(D(-1), 9),
  );
  return { sessions, attendance };
}
