/**
 * Small factories for integration tests. Each creates one valid record with sensible
 * defaults; pass overrides for what the test is about. Unique values (emails, labels) get a
 * counter, so a test can call a factory many times on one database.
 *
 *   const cohort = await createCohort(db);
 *   const { pair, clinical, preclinical, mentees } = await createGroup(db, cohort.id, 3);
 */
import type { Db } from "@/lib/db/client";
import type { AvailabilitySlot, Membership, MentorPair, Phase, Prisma, Role } from "@/generated/prisma/client";

let counter = 0;
const unique = () => `${process.pid}-${++counter}`;
const DAY = 86_400_000;

export async function createUser(db: Db, data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const n = unique();
  return db.user.create({ data: { email: `user-${n}@example.test`, name: `User ${n}`, ...data } });
}

export async function createCohort(db: Db, data: Partial<Prisma.CohortUncheckedCreateInput> = {}) {
  return db.cohort.create({
    data: {
      name: `Cohort ${unique()}`,
      academicYear: "2026-2027",
      startsOn: new Date("2026-09-01"),
      endsOn: new Date("2027-06-30"),
      status: "ACTIVE",
      ...data,
    },
  });
}

type MembershipData = Partial<Omit<Prisma.MembershipUncheckedCreateInput, "cohortId" | "role">>;

/** A membership with a new user (unless data.userId names one). */
export async function createMembership(db: Db, cohortId: string, role: Role, data: MembershipData = {}) {
  const userId = data.userId ?? (await createUser(db)).id;
  return db.membership.create({ data: { ...data, userId, cohortId, role } });
}

export function createMentor(db: Db, cohortId: string, phase: Phase, data: MembershipData = {}) {
  return createMembership(db, cohortId, "MENTOR", { phase, ...data });
}

export function createMentee(db: Db, cohortId: string, data: MembershipData = {}) {
  return createMembership(db, cohortId, "MENTEE", data);
}

/** A mentor pair; creates the clinical and preclinical mentors unless given. */
export async function createPair(
  db: Db,
  cohortId: string,
  opts: { clinical?: Membership; preclinical?: Membership; label?: string } = {},
) {
  const clinical = opts.clinical ?? (await createMentor(db, cohortId, "CLINICAL"));
  const preclinical = opts.preclinical ?? (await createMentor(db, cohortId, "PRECLINICAL"));
  const pair = await db.mentorPair.create({
    data: {
      cohortId,
      label: opts.label ?? `Group ${unique()}`,
      clinicalMentorId: clinical.id,
      preclinicalMentorId: preclinical.id,
    },
  });
  return { pair, clinical, preclinical };
}

export function assignMentee(db: Db, pair: Pick<MentorPair, "id" | "cohortId">, menteeId: string) {
  return db.menteeAssignment.create({
    data: { cohortId: pair.cohortId, pairId: pair.id, menteeId },
  });
}

/** A pair with `menteeCount` mentees assigned to its group. */
export async function createGroup(db: Db, cohortId: string, menteeCount = 2) {
  const { pair, clinical, preclinical } = await createPair(db, cohortId);
  const mentees: Membership[] = [];
  for (let i = 0; i < menteeCount; i++) {
    const mentee = await createMentee(db, cohortId);
    await assignMentee(db, pair, mentee.id);
    mentees.push(mentee);
  }
  return { pair, clinical, preclinical, mentees };
}

/** A one-hour slot offered by `mentorId` (default: the pair's clinical mentor), a week ahead. */
export function createSlot(
  db: Db,
  pair: Pick<MentorPair, "id" | "cohortId" | "clinicalMentorId">,
  data: Partial<Prisma.AvailabilitySlotUncheckedCreateInput> = {},
) {
  const startsAt = new Date(Date.now() + 7 * DAY);
  return db.availabilitySlot.create({
    data: {
      cohortId: pair.cohortId,
      pairId: pair.id,
      mentorId: pair.clinicalMentorId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      place: "Library, room 2",
      ...data,
    },
  });
}

export function createBooking(
  db: Db,
  slot: Pick<AvailabilitySlot, "id">,
  menteeId: string,
  data: Partial<Prisma.BookingUncheckedCreateInput> = {},
) {
  return db.booking.create({ data: { slotId: slot.id, menteeId, ...data } });
}

export function createContactLog(
  db: Db,
  pair: Pick<MentorPair, "id" | "cohortId" | "clinicalMentorId">,
  data: Partial<Prisma.ContactLogUncheckedCreateInput> = {},
) {
  return db.contactLog.create({
    data: {
      cohortId: pair.cohortId,
      pairId: pair.id,
      mentorId: pair.clinicalMentorId,
      channel: "PHONE",
      occurredAt: new Date(),
      ...data,
    },
  });
}

/** A survey open from yesterday for four weeks. */
export function createSurvey(db: Db, cohortId: string, data: Partial<Prisma.SurveyUncheckedCreateInput> = {}) {
  const opensAt = new Date(Date.now() - DAY);
  return db.survey.create({
    data: {
      cohortId,
      title: `Survey ${unique()}`,
      opensAt,
      closesAt: new Date(opensAt.getTime() + 28 * DAY),
      ...data,
    },
  });
}

export function createProgramSession(
  db: Db,
  cohortId: string,
  data: Partial<Prisma.ProgramSessionUncheckedCreateInput> = {},
) {
  const startsAt = new Date(Date.now() + 14 * DAY);
  return db.programSession.create({
    data: {
      cohortId,
      kind: "ROLE_MODEL",
      title: `Session ${unique()}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      place: "Main auditorium",
      ...data,
    },
  });
}
