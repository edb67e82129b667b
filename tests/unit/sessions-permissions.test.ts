/** The sessions' cells in lib/auth/permissions.ts (issue 12): every role, the other pair, the other cohort. */
import { describe, expect, it } from "vitest";
import { can, type CohortActor, type RecordScope, type Resource, type Role } from "@/lib/auth/permissions";

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
const session: RecordScope = { cohortId: COHORT, subjectMembershipId: "m-ROLE_MODEL" };
const othersSession: RecordScope = { cohortId: COHORT, subjectMembershipId: "m-other-speaker" };
const otherCohort: RecordScope = { cohortId: "cohort-b", subjectMembershipId: "m-ROLE_MODEL", pairId: "pair-1" };

function who(verb: "read" | "write", resource: Resource, record: RecordScope): Role[] {
  return ROLES.filter((r) => can(actor(r), verb, resource, record));
}

describe("session cells", () => {
  it("scheduling: the coordinator only", () => {
    expect(who("write", "session", session)).toEqual(["COORDINATOR"]);
  });
  it("reading a session: the cohort; a role model only the sessions they speak at", () => {
    expect(who("read", "session", session)).toEqual(ROLES);
    expect(who("read", "session", othersSession)).toEqual(["COORDINATOR", "SUPERVISOR", "MENTOR", "MENTEE"]);
  });
  it("RSVP: mentors and mentees of the cohort (the audience is a rule)", () => {
    expect(who("write", "session.rsvp", session)).toEqual(["MENTOR", "MENTEE"]);
  });
  it("attendance: the coordinator for any session, mentors through the peer cell", () => {
    expect(who("write", "session.attendance", session)).toEqual(["COORDINATOR"]);
    expect(who("write", "session.attendance.peer", session)).toEqual(["COORDINATOR", "MENTOR"]);
  });
  it("minutes: mentors, coordinators and the supervisor read; never mentees or role models", () => {
    expect(who("read", "session.minutes", session)).toEqual(["COORDINATOR", "SUPERVISOR", "MENTOR"]);
    expect(who("write", "session.minutes", session)).toEqual(["COORDINATOR", "MENTOR"]);
  });
  it("a named mentee in the minutes: the supervisor and that mentee's pair only", () => {
    const named: RecordScope = { cohortId: COHORT, pairId: "pair-1" };
    const otherPair: RecordScope = { cohortId: COHORT, pairId: "pair-2" };
    expect(who("read", "session.minutes.named", named)).toEqual(["SUPERVISOR", "MENTOR"]);
    expect(who("read", "session.minutes.named", otherPair)).toEqual(["SUPERVISOR"]);
    expect(who("write", "session.minutes.named", otherPair)).toEqual([]);
  });
  it("feedback: attendees leave it; the coordinator and the speaker read the summary", () => {
    expect(who("write", "session.feedback", session)).toEqual(["MENTOR", "MENTEE"]);
    expect(who("read", "session.feedback.summary", session)).toEqual(["COORDINATOR", "ROLE_MODEL"]);
    expect(who("read", "session.feedback.summary", othersSession)).toEqual(["COORDINATOR"]);
  });
  it("another cohort: nobody, for every session cell", () => {
    const resources: Resource[] = [
      "session",
      "session.rsvp",
      "session.attendance",
      "session.attendance.peer",
      "session.minutes",
      "session.minutes.named",
      "session.feedback",
      "session.feedback.summary",
    ];
    for (const r of resources)
      for (const verb of ["read", "write"] as const) expect(who(verb, r, otherCohort)).toEqual([]);
  });
});
