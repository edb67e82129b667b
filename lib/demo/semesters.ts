/**
 * The demo cohort's two semesters (issue 13, decision 094), inside the cohort's dates: the first
 * from the cohort's first day to the Sunday of week 17, a two-week break, the second from the
 * Monday of week 20 to the cohort's last day. The first one's end-of-semester survey is seeded
 * (survey.ts: scheduled, in the window the jobs runner would give it); the second one's is opened
 * by the jobs runner in its last week, like any cohort's.
 */
import type { Prisma } from "../../generated/prisma/client";
import { addDays, idOf, type DemoCalendar } from "./context";
import { SEMESTER_LABELS } from "./texts/survey";

export const DEMO_SEMESTER_IDS = [idOf("sem", 1), idOf("sem", 2)] as const;

/** The first and last day of each semester (UTC midnights, as `@db.Date`), and the break between. */
export function demoSemesterDays(cal: DemoCalendar) {
  const first = { startsOn: cal.startsOn, endsOn: addDays(cal.startsOn, 17 * 7 - 1) };
  const second = { startsOn: addDays(cal.startsOn, 19 * 7), endsOn: cal.endsOn };
  return {
    semesters: [first, second] as const,
    /** the break between them (no semester): the semesters journey adds and removes one here */
    gap: { startsOn: addDays(first.endsOn, 1), endsOn: addDays(second.startsOn, -1) },
  };
}

export function semesterRows(cal: DemoCalendar, cohortId: string): Prisma.SemesterCreateManyInput[] {
  return demoSemesterDays(cal).semesters.map((s, i) => ({
    id: DEMO_SEMESTER_IDS[i],
    cohortId,
    label: SEMESTER_LABELS[i],
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    createdAt: cal.setUpAt,
  }));
}
