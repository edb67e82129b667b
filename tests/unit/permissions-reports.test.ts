import { describe, expect, it } from "vitest";
import { can, type CohortActor, type RecordScope, type Role } from "@/lib/auth/permissions";

const COHORT = "cohort-a";
function actor(role: Role): CohortActor {
  return {
    userId: `user-${role}`,
    cohortId: COHORT,
    roles: new Set([role]),
    membershipIds: { [role]: `m-${role}` },
    mentorPairId: role === "MENTOR" ? "pair-1" : null,
    menteePairId: role === "MENTEE" ? "pair-1" : null,
  };
}
const ROLES: Role[] = ["COORDINATOR", "SUPERVISOR", "MENTOR", "MENTEE", "ROLE_MODEL"];
const cohort: RecordScope = { cohortId: COHORT };
const otherCohort: RecordScope = { cohortId: "cohort-b" };
const who = (verb: "read" | "write", resource: Parameters<typeof can>[2], record: RecordScope = cohort) =>
  ROLES.filter((r) => can(actor(r), verb, resource, record));

describe("issue 14 cells: reports, outcomes, hours", () => {
  it("the programme report: coordinator and supervisor only, never another cohort", () => {
    expect(who("read", "report.programme")).toEqual(["COORDINATOR", "SUPERVISOR"]);
    expect(who("read", "report.programme", otherCohort)).toEqual([]);
    expect(who("write", "report.programme")).toEqual([]);
  });

  it("outcomes: aggregates for coordinator and supervisor; only the coordinator imports; no mentor ever", () => {
    expect(who("read", "outcome.aggregate")).toEqual(["COORDINATOR", "SUPERVISOR"]);
    expect(who("write", "outcome.import")).toEqual(["COORDINATOR"]);
    expect(who("read", "outcome.aggregate", otherCohort)).toEqual([]);
  });

  it("hours: a mentor reads their own only; the coordinator adjusts; coordinator or supervisor approves", () => {
    const own: RecordScope = { cohortId: COHORT, subjectMembershipId: "m-MENTOR" };
    const someoneElse: RecordScope = { cohortId: COHORT, subjectMembershipId: "m-other-mentor" };
    expect(who("read", "hours.own", own)).toEqual(["MENTOR"]);
    expect(who("read", "hours.own", someoneElse)).toEqual([]);
    expect(who("read", "hours.cohort")).toEqual(["COORDINATOR", "SUPERVISOR"]);
    expect(who("write", "hours.cohort")).toEqual(["COORDINATOR"]);
    expect(who("write", "hours.approve")).toEqual(["COORDINATOR", "SUPERVISOR"]);
    expect(who("write", "hours.approve", otherCohort)).toEqual([]);
  });
});
