/**
 * A small programme for the referral tests: one published cohort with a supervisor, a
 * coordinator, two pairs with two mentees each, and a directory of two centres (one emergency).
 * Not a test file: imported by tests/integration/referrals-*.test.ts.
 */
import type { Db } from "@/lib/db/client";
import { loadCohortActor } from "@/lib/auth/session";
import type { Prisma } from "@/generated/prisma/client";
import { createCohort, createContactLog, createGroup, createMembership } from "../helpers/factories";

export const REASON = "CONFIDENTIAL-REASON mentee said she has not slept for weeks and feels hopeless";
export const SUPERVISOR_NOTE = "CONFIDENTIAL-SUPERVISOR-NOTE spoke with the counselling centre";
export const OUTCOME = "CONFIDENTIAL-OUTCOME attended two sessions, doing better";
export const ANSWER = "CONFIDENTIAL-ANSWER she agreed on the phone yesterday";

export async function setupProgramme(prisma: Db) {
  const cohort = await createCohort(prisma, { groupsPublishedAt: new Date(), referralAckHours: 24 });
  const supervisor = await createMembership(prisma, cohort.id, "SUPERVISOR");
  const coordinator = await createMembership(prisma, cohort.id, "COORDINATOR");
  const a = await createGroup(prisma, cohort.id, 2);
  const b = await createGroup(prisma, cohort.id, 2);
  const counselling = await prisma.supportCentre.create({
    data: {
      cohortId: cohort.id,
      name: "Student Counselling Centre",
      category: "PSYCHOLOGICAL",
      emergency: true,
      contact: "+49 30 1100",
      howToRefer: "Crisis line 0800 111 0 111",
    },
  });
  const education = await prisma.supportCentre.create({
    data: { cohortId: cohort.id, name: "Educational Affairs Office", category: "EDUCATIONAL" },
  });
  const log = await createContactLog(prisma, a.pair, { menteeId: a.mentees[0].id });
  const users = {
    supervisor: supervisor.userId,
    coordinator: coordinator.userId,
    mentorA: a.clinical.userId,
    coMentorA: a.preclinical.userId,
    mentorB: b.clinical.userId,
    menteeA: a.mentees[0].userId, // the mentee concerned
    otherMenteeA: a.mentees[1].userId, // same group, not concerned
    menteeB: b.mentees[0].userId,
  };
  return { cohort, supervisor, coordinator, a, b, counselling, education, log, users };
}
export type Programme = Awaited<ReturnType<typeof setupProgramme>>;

/** A referral about group A's first mentee, by A's clinical mentor, in any status. */
export async function makeReferral(prisma: Db, p: Programme, data: Partial<Prisma.ReferralUncheckedCreateInput> = {}) {
  const r = await prisma.referral.create({
    data: {
      cohortId: p.cohort.id,
      pairId: p.a.pair.id,
      menteeId: p.a.mentees[0].id,
      referredById: p.a.clinical.id,
      category: "PSYCHOLOGICAL",
      urgency: "SOON",
      reason: REASON,
      menteeInformed: true,
      menteeConsented: true,
      ...data,
    },
  });
  await prisma.referralEvent.create({ data: { referralId: r.id, actorId: p.users.mentorA, toStatus: "SUBMITTED" } });
  return r;
}

export async function actorOf(userId: string, cohortId: string) {
  const actor = await loadCohortActor(userId, cohortId);
  if (!actor) throw new Error("no actor");
  return actor;
}
