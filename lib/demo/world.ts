import type { DemoCalendar } from "./context";
import type { DemoPeople, Person } from "./people";

/** What the history of the demo (contacts, meetings, referrals …) is written about. */
export interface DemoWorld {
  cal: DemoCalendar;
  cohortId: string;
  people: DemoPeople;
  /** per pair (Group 1 first), its mentees; groups[0][0] is the demo mentee */
  groups: Person[][];
  pairIds: string[];
  clinicalIds: string[];
  preclinicalIds: string[];
  roleModelIds: readonly [string, string];
  /** a person's membership id in the cohort */
  mid: (p: Person) => string;
}

/** The people whose stories the demo tells, by their place in the groups. */
export function cast(groups: Person[][]) {
  return {
    demoMentee: groups[0][0],
    /** no completed contact in 10+ days: the "overdue" views show them */
    overdue: [groups[0][3], groups[2][1], groups[4][4]],
    /** the referral under review (Group 1) */
    referralMentee: groups[0][2],
    /** the new routine referral (Group 3) */
    educationalMentee: groups[2][3],
  };
}
