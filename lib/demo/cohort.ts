/**
 * The demo cohort: its settings, the exam block, everyone's membership (the 36 drawn first-years
 * ACTIVE, the other 114 CANDIDATE) and the mentors' training.
 */
import { demoStudentNumber } from "./people";
import type { Prisma } from "../../generated/prisma/client";
import { addDays, idOf, localTime, rngFor, DEMO_TIME_ZONE, type DemoCalendar } from "./context";
import type { DemoDraw } from "./pairs-groups";
import type { DemoPeople, Person } from "./people";
import {
  AGREEMENT_TEXT,
  AVAILABILITY_NOTES,
  MENTEE_MOTIVATIONS,
  MENTOR_MOTIVATIONS,
  SELECTION_CRITERIA,
} from "./texts/cohort";
import type { Phase } from "../people/rules";

export const DEMO_COHORT_NAME = "Dual Peer Mentoring 2026-2027";
/** The cohort's default trainingModules (schema default); completions must name these. */
const TRAINING_MODULES = ["Mentoring concepts", "Communication skills"] as const;

export function cohortRows(cal: DemoCalendar, cohortId: string, draw: DemoDraw) {
  const examStart = addDays(cal.thisMonday, 6 * 7);
  const cohort: Prisma.CohortCreateManyInput = {
    id: cohortId,
    name: DEMO_COHORT_NAME,
    academicYear: "2026-2027",
    startsOn: cal.startsOn,
    endsOn: cal.endsOn,
    timeZone: DEMO_TIME_ZONE,
    status: "ACTIVE",
    groupSize: 6,
    maxMenteesPerMentor: 6,
    firstIntervalDays: 7,
    lastIntervalDays: 21,
    selectionCriteria: SELECTION_CRITERIA,
    applicationsOpen: false, // coordinators open /apply in the cohort settings
    agreementText: AGREEMENT_TEXT,
    menteeDrawSeed: draw.seed,
    groupsPublishedAt: cal.publishedAt,
    createdAt: cal.setUpAt,
    updatedAt: cal.publishedAt,
  };
  const pausedPeriods: Prisma.PausedPeriodCreateManyInput[] = [
    { id: idOf("pau", 1), cohortId, label: "Mid-year exam block", startsOn: examStart, endsOn: addDays(examStart, 11) },
  ];
  return { cohort, pausedPeriods };
}

/**
 * Everyone's membership id, known before the draw (the draw orders the candidates by membership
 * id): staff, the mentors, then the first-years, numbered in that order.
 */
export function demoMembershipIds(people: DemoPeople): Map<Person, string> {
  const order = [
    people.coordinator,
    people.supervisor,
    people.roleModel,
    people.roleModel2,
    ...people.clinical,
    ...people.preclinical,
    ...people.firstYears,
  ];
  return new Map(order.map((p, i) => [p, idOf("mem", i + 1)]));
}

export function membershipRows(cal: DemoCalendar, cohortId: string, people: DemoPeople, draw: DemoDraw) {
  const ids = demoMembershipIds(people);
  const membershipOf = new Map<Person, string>();
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const member = (p: Person, data: Omit<Prisma.MembershipCreateManyInput, "userId" | "cohortId" | "id">) => {
    const id = ids.get(p);
    if (!id) throw new Error(`${p.name} has no membership id in the demo`);
    membershipOf.set(p, id);
    memberships.push({
      id,
      userId: p.id,
      cohortId,
      createdAt: cal.setUpAt,
      updatedAt: data.decidedAt ?? cal.setUpAt,
      ...data,
    });
    return id;
  };
  const rng = rngFor("memberships");
  member(people.coordinator, { role: "COORDINATOR", yearOfStudy: 4 });
  member(people.supervisor, { role: "SUPERVISOR" });
  const roleModelIds = [
    member(people.roleModel, { role: "ROLE_MODEL" }),
    member(people.roleModel2, { role: "ROLE_MODEL" }),
  ] as const;
  const mentor = (p: Person, phase: Phase) =>
    member(p, {
      role: "MENTOR",
      phase,
      yearOfStudy: phase === "CLINICAL" ? rng.int(5, 6) : rng.int(2, 3),
      dormitory: p.dormitory,
      motivation: rng.pick(MENTOR_MOTIVATIONS),
      availabilityNote: rng.pick(AVAILABILITY_NOTES),
      decisionReason: "Meets the selection criteria; interview and references positive.",
      decidedAt: addDays(cal.drawnAt, -5),
      trainingCompletedAt: cal.trainedAt,
    });
  const clinicalIds = people.clinical.map((p) => mentor(p, "CLINICAL"));
  const preclinicalIds = people.preclinical.map((p) => mentor(p, "PRECLINICAL"));
  const drawn = new Set(draw.drawn);
  for (const [i, p] of people.firstYears.entries()) {
    const selected = drawn.has(p);
    member(p, {
      role: "MENTEE",
      status: selected ? "ACTIVE" : "CANDIDATE",
      yearOfStudy: 1,
      studentNumber: demoStudentNumber(i),
      dormitory: p.dormitory,
      motivation: rng.pick(MENTEE_MOTIVATIONS),
      availabilityNote: rng.pick(AVAILABILITY_NOTES),
      decisionReason: null,
      decidedAt: selected ? cal.drawnAt : null,
      drawnAt: selected ? cal.drawnAt : null,
    });
  }

  const trainings: Prisma.TrainingCompletionCreateManyInput[] = [];
  for (const membershipId of [...clinicalIds, ...preclinicalIds]) {
    TRAINING_MODULES.forEach((module, i) =>
      trainings.push({
        id: idOf("trn", trainings.length + 1),
        membershipId,
        module,
        completedAt: localTime(addDays(cal.startsOn, -14 + 2 * i), 16),
        recordedById: people.coordinator.id,
      }),
    );
  }
  const mid = (p: Person) => {
    const id = membershipOf.get(p);
    if (!id) throw new Error(`${p.name} has no membership in the demo`);
    return id;
  };
  return { memberships, trainings, clinicalIds, preclinicalIds, roleModelIds, mid };
}
