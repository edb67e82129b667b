/** Shared set-up for the booking tests: a published cohort in Berlin with two groups. */
import type { Db } from "@/lib/db/client";
import {
  assignMentee,
  createCohort,
  createGroup,
  createMembership,
  createMentee,
  createSlot,
} from "../helpers/factories";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

export async function bookingWorld(db: Db, opts: { mentees?: number; notice?: number } = {}) {
  const now = Date.now();
  const cohort = await createCohort(db, {
    timeZone: "Europe/Berlin",
    // Room for the concurrency tests' 50 mentees in one group (the group-size trigger checks).
    groupSize: 50,
    maxMenteesPerMentor: 100,
    minBookingNoticeHours: opts.notice ?? 24,
    groupsPublishedAt: new Date(now - 10 * DAY),
    startsOn: new Date(new Date(now - 30 * DAY).toISOString().slice(0, 10)),
    endsOn: new Date(new Date(now + 200 * DAY).toISOString().slice(0, 10)),
  });
  const g1 = await createGroup(db, cohort.id, opts.mentees ?? 3);
  const g2 = await createGroup(db, cohort.id, 1);
  const coordinator = await createMembership(db, cohort.id, "COORDINATOR");
  const supervisor = await createMembership(db, cohort.id, "SUPERVISOR");
  const slotAt = (hoursFromNow: number, data: Parameters<typeof createSlot>[2] = {}) =>
    createSlot(db, g1.pair, {
      startsAt: new Date(now + hoursFromNow * HOUR),
      endsAt: new Date(now + hoursFromNow * HOUR + HOUR),
      ...data,
    });
  return { cohort, g1, g2, coordinator, supervisor, slotAt };
}

export async function extraMentees(db: Db, pair: { id: string; cohortId: string }, n: number) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const m = await createMentee(db, pair.cohortId);
    await assignMentee(db, pair, m.id);
    out.push(m);
  }
  return out;
}
