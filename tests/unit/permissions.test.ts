import { describe, expect, it } from "vitest";
import {
  ACCESS,
  can,
  type CohortActor,
  grantingRoles,
  type RecordScope,
  type Resource,
  type Role,
} from "@/lib/auth/permissions";

const COHORT = "cohort-a";
const OWN_PAIR = "pair-1";
const OTHER_PAIR = "pair-2";

function actor(role: Role, extra: Partial<CohortActor> = {}): CohortActor {
  return {
    userId: `user-${role}`,
    cohortId: COHORT,
    roles: new Set([role]),
    membershipIds: { [role]: `m-${role}` },
    mentorPairId: role === "MENTOR" ? OWN_PAIR : null,
    menteePairId: role === "MENTEE" ? OWN_PAIR : null,
    ...extra,
  };
}

const coordinator = actor("COORDINATOR");
const supervisor = actor("SUPERVISOR");
const mentor = actor("MENTOR");
const mentee = actor("MENTEE");
const roleModel = actor("ROLE_MODEL");

/** A record of the mentee's own pair, about the mentee. */
const ownRecord: RecordScope = { cohortId: COHORT, pairId: OWN_PAIR, subjectMembershipId: "m-MENTEE" };
/** A record of another pair, about another mentee. */
const otherPairRecord: RecordScope = { cohortId: COHORT, pairId: OTHER_PAIR, subjectMembershipId: "m-other" };
/** A record in the caller's pair but about another mentee of the group. */
const groupmateRecord: RecordScope = { cohortId: COHORT, pairId: OWN_PAIR, subjectMembershipId: "m-groupmate" };
const otherCohortRecord: RecordScope = { cohortId: "cohort-b", pairId: OWN_PAIR, subjectMembershipId: "m-MENTEE" };

describe("ARCHITECTURE.md 'Who may see what', cell by cell", () => {
  it("cohort setup: coordinator all, supervisor read, mentor own pair, mentee own mentors", () => {
    expect(can(coordinator, "write", "cohort.setup", otherPairRecord)).toBe(true);
    expect(can(supervisor, "read", "cohort.setup", otherPairRecord)).toBe(true);
    expect(can(supervisor, "write", "cohort.setup", otherPairRecord)).toBe(false);
    expect(can(mentor, "read", "cohort.setup", ownRecord)).toBe(true);
    expect(can(mentor, "read", "cohort.setup", otherPairRecord)).toBe(false);
    expect(can(mentor, "write", "cohort.setup", ownRecord)).toBe(false);
    expect(can(mentee, "read", "cohort.setup", ownRecord)).toBe(true);
    expect(can(mentee, "read", "cohort.setup", otherPairRecord)).toBe(false);
    expect(can(roleModel, "read", "cohort.setup", ownRecord)).toBe(false);
  });

  it("contact logs (counts, dates, channels): all, all, own group, own", () => {
    expect(can(coordinator, "read", "contact.meta", otherPairRecord)).toBe(true);
    expect(can(supervisor, "read", "contact.meta", otherPairRecord)).toBe(true);
    expect(can(mentor, "read", "contact.meta", groupmateRecord)).toBe(true);
    expect(can(mentor, "read", "contact.meta", otherPairRecord)).toBe(false);
    expect(can(mentee, "read", "contact.meta", ownRecord)).toBe(true);
    expect(can(mentee, "read", "contact.meta", groupmateRecord)).toBe(false);
  });

  it("only a mentor of the pair logs contacts", () => {
    expect(can(mentor, "write", "contact.meta", ownRecord)).toBe(true);
    expect(can(mentor, "write", "contact.meta", otherPairRecord)).toBe(false);
    for (const a of [coordinator, supervisor, mentee, roleModel])
      expect(can(a, "write", "contact.meta", ownRecord)).toBe(false);
  });

  it("contact notes: never the coordinator or the mentee; the supervisor and the pair", () => {
    expect(can(coordinator, "read", "contact.note", ownRecord)).toBe(false);
    expect(can(supervisor, "read", "contact.note", otherPairRecord)).toBe(true);
    expect(can(mentor, "read", "contact.note", ownRecord)).toBe(true);
    expect(can(mentor, "read", "contact.note", otherPairRecord)).toBe(false);
    expect(can(mentee, "read", "contact.note", ownRecord)).toBe(false);
  });

  it("referrals: coordinator counts only; supervisor all; mentor their pair's; mentee that one exists", () => {
    expect(can(coordinator, "read", "referral.counts", { cohortId: COHORT })).toBe(true);
    expect(can(coordinator, "read", "referral.status", ownRecord)).toBe(false);
    expect(can(coordinator, "read", "referral.content", ownRecord)).toBe(false);
    expect(can(supervisor, "read", "referral.content", otherPairRecord)).toBe(true);
    expect(can(supervisor, "write", "referral.review", otherPairRecord)).toBe(true);
    expect(can(mentor, "read", "referral.content", ownRecord)).toBe(true);
    expect(can(mentor, "read", "referral.content", otherPairRecord)).toBe(false);
    expect(can(mentor, "write", "referral.review", ownRecord)).toBe(false);
    expect(can(mentee, "read", "referral.status", ownRecord)).toBe(true);
    expect(can(mentee, "read", "referral.status", groupmateRecord)).toBe(false);
    expect(can(mentee, "read", "referral.content", ownRecord)).toBe(false);
    expect(can(mentee, "read", "referral.counts", { cohortId: COHORT })).toBe(false);
  });

  it("referral steps: only the supervisor reviews; only a mentor of the referring pair answers; a mentor of the pair files", () => {
    expect(can(supervisor, "write", "referral.review", otherPairRecord)).toBe(true);
    for (const a of [coordinator, mentor, mentee, roleModel])
      expect(can(a, "write", "referral.review", ownRecord), a.userId).toBe(false);
    expect(can(mentor, "write", "referral.answer", ownRecord)).toBe(true);
    expect(can(mentor, "write", "referral.answer", otherPairRecord)).toBe(false);
    expect(can(actor("MENTOR", { mentorPairId: null }), "write", "referral.answer", ownRecord)).toBe(false);
    for (const a of [coordinator, supervisor, mentee, roleModel])
      expect(can(a, "write", "referral.answer", ownRecord), a.userId).toBe(false);
    expect(can(mentor, "write", "referral.status", ownRecord)).toBe(true);
    expect(can(mentor, "write", "referral.status", otherPairRecord)).toBe(false);
    for (const a of [coordinator, supervisor, mentee, roleModel])
      expect(can(a, "write", "referral.status", ownRecord), a.userId).toBe(false);
  });

  it("referral pages act in one role: the supervisor's queue and audit trail, the coordinator's counts", () => {
    const cohort: RecordScope = { cohortId: COHORT };
    expect(can(supervisor, "read", "referral.status", cohort, "SUPERVISOR")).toBe(true);
    expect(can(mentor, "read", "referral.status", cohort, "SUPERVISOR")).toBe(false);
    expect(can(supervisor, "read", "audit", ownRecord, "SUPERVISOR")).toBe(true);
    expect(can(coordinator, "read", "audit", ownRecord, "SUPERVISOR")).toBe(false);
    expect(can(coordinator, "read", "referral.counts", cohort, "COORDINATOR")).toBe(true);
    expect(can(supervisor, "read", "referral.counts", cohort, "COORDINATOR")).toBe(false);
    expect(can(mentee, "read", "referral.status", ownRecord, "MENTEE")).toBe(true);
    expect(can(mentee, "read", "referral.status", groupmateRecord, "MENTEE")).toBe(false);
  });

  it("support-centre directory: the coordinator keeps it; the supervisor and mentors read it; mentees and role models do not", () => {
    const cohort: RecordScope = { cohortId: COHORT };
    expect(can(coordinator, "write", "support.centre", cohort)).toBe(true);
    expect(can(coordinator, "read", "support.centre", cohort)).toBe(true);
    expect(can(supervisor, "read", "support.centre", cohort)).toBe(true);
    expect(can(supervisor, "write", "support.centre", cohort)).toBe(false);
    expect(can(mentor, "read", "support.centre", cohort)).toBe(true);
    expect(can(actor("MENTOR", { mentorPairId: null }), "read", "support.centre", cohort)).toBe(true);
    expect(can(mentor, "write", "support.centre", cohort)).toBe(false);
    for (const a of [mentee, roleModel]) {
      expect(can(a, "read", "support.centre", cohort), a.userId).toBe(false);
      expect(can(a, "write", "support.centre", cohort), a.userId).toBe(false);
    }
    expect(can(coordinator, "write", "support.centre", { cohortId: "cohort-b" })).toBe(false);
  });

  it("bookings and slots: all, read, own pair's, own and open slots of own pair", () => {
    expect(can(coordinator, "read", "booking", otherPairRecord)).toBe(true);
    expect(can(supervisor, "read", "booking", otherPairRecord)).toBe(true);
    expect(can(supervisor, "write", "booking", otherPairRecord)).toBe(false);
    expect(can(mentor, "write", "slot", ownRecord)).toBe(true);
    expect(can(mentor, "write", "slot", otherPairRecord)).toBe(false);
    expect(can(mentee, "read", "slot", ownRecord)).toBe(true);
    expect(can(mentee, "read", "slot", otherPairRecord)).toBe(false);
    expect(can(mentee, "write", "booking", ownRecord)).toBe(true);
    expect(can(mentee, "write", "booking", groupmateRecord)).toBe(false);
  });

  it("bookings: a coordinator may cancel any meeting of the cohort (notice override); not in another cohort", () => {
    expect(can(coordinator, "write", "booking", otherPairRecord)).toBe(true);
    expect(can(coordinator, "write", "booking", otherCohortRecord)).toBe(false);
    expect(can(coordinator, "write", "slot", otherPairRecord)).toBe(false);
    expect(can(mentor, "write", "booking", otherPairRecord)).toBe(false);
    expect(can(roleModel, "write", "booking", ownRecord)).toBe(false);
  });

  it("survey answers: own only; aggregates for coordinator and supervisor", () => {
    expect(can(mentee, "read", "survey.answers", ownRecord)).toBe(true);
    expect(can(mentee, "read", "survey.answers", groupmateRecord)).toBe(false);
    expect(can(coordinator, "read", "survey.answers", ownRecord)).toBe(false);
    expect(can(coordinator, "read", "survey.aggregate", { cohortId: COHORT })).toBe(true);
  });

  it("surveys (issue 13): the coordinator manages and exports, the supervisor reads, nobody else", () => {
    const cohort = { cohortId: COHORT };
    expect(can(coordinator, "write", "survey.manage", cohort)).toBe(true);
    expect(can(supervisor, "read", "survey.manage", cohort)).toBe(true);
    expect(can(supervisor, "write", "survey.manage", cohort)).toBe(false);
    for (const a of [mentor, mentee, roleModel]) {
      expect(can(a, "read", "survey.manage", cohort)).toBe(false);
      expect(can(a, "write", "survey.manage", cohort)).toBe(false);
      expect(can(a, "read", "survey.export", cohort)).toBe(false);
    }
    expect(can(coordinator, "read", "survey.export", cohort)).toBe(true);
    expect(can(supervisor, "read", "survey.export", cohort)).toBe(false);
    // a mentee reading results: refused
    expect(can(mentee, "read", "survey.aggregate", cohort)).toBe(false);
    // answering: one's own response only (the respondent is the subject)
    expect(can(mentor, "write", "survey.answers", { cohortId: COHORT, subjectMembershipId: "m-MENTOR" })).toBe(true);
    expect(can(mentor, "write", "survey.answers", { cohortId: COHORT, subjectMembershipId: "m-other" })).toBe(false);
    expect(
      can(coordinator, "write", "survey.answers", { cohortId: COHORT, subjectMembershipId: "m-COORDINATOR" }),
    ).toBe(false);
  });

  it("feedback on mentors: a mentor about themself only, the supervisor about every mentor", () => {
    const aboutMe = { cohortId: COHORT, subjectMembershipId: "m-MENTOR" };
    const aboutOther = { cohortId: COHORT, subjectMembershipId: "m-other-mentor" };
    expect(can(mentor, "read", "survey.feedback", aboutMe)).toBe(true);
    expect(can(mentor, "read", "survey.feedback", aboutOther)).toBe(false);
    expect(can(supervisor, "read", "survey.feedback", aboutOther)).toBe(true);
    expect(can(coordinator, "read", "survey.feedback", aboutOther)).toBe(false);
    expect(can(mentee, "read", "survey.feedback", aboutOther)).toBe(false);
  });

  it("nothing crosses cohorts, whatever the role", () => {
    for (const a of [coordinator, supervisor, mentor, mentee, roleModel]) {
      for (const resource of Object.keys(ACCESS) as Resource[]) {
        expect(can(a, "read", resource, otherCohortRecord)).toBe(false);
        expect(can(a, "write", resource, otherCohortRecord)).toBe(false);
      }
    }
  });

  it("unpublished groups: a mentor or mentee without a pair reaches no pair record", () => {
    const unpublishedMentor = actor("MENTOR", { mentorPairId: null });
    const unpublishedMentee = actor("MENTEE", { menteePairId: null });
    expect(can(unpublishedMentor, "read", "cohort.setup", ownRecord)).toBe(false);
    expect(can(unpublishedMentee, "read", "slot", ownRecord)).toBe(false);
    expect(can(unpublishedMentor, "write", "contact.meta", { cohortId: COHORT, pairId: null })).toBe(false);
  });

  it("a person with two roles gets the union, and says which role granted it", () => {
    const both: CohortActor = {
      ...actor("MENTOR"),
      roles: new Set<Role>(["MENTOR", "COORDINATOR"]),
      membershipIds: { MENTOR: "m-MENTOR", COORDINATOR: "m-COORDINATOR" },
    };
    expect(grantingRoles(both, "read", "contact.meta", otherPairRecord)).toEqual(["COORDINATOR"]);
    expect(grantingRoles(both, "read", "contact.note", ownRecord)).toEqual(["MENTOR"]);
    expect(can(both, "read", "contact.note", otherPairRecord)).toBe(false);
  });

  it("a record without a pair or subject never satisfies a pair or self scope", () => {
    expect(can(mentor, "read", "contact.meta", { cohortId: COHORT })).toBe(false);
    expect(can(mentee, "read", "booking", { cohortId: COHORT, pairId: OWN_PAIR })).toBe(false);
  });

  it("own: a mentor's own templates are theirs alone; the library is the cohort's", () => {
    const mine: RecordScope = { cohortId: COHORT, ownerMembershipId: "m-MENTOR" };
    const theirs: RecordScope = { cohortId: COHORT, ownerMembershipId: "m-other-mentor" };
    expect(can(mentor, "write", "template.own", mine)).toBe(true);
    expect(can(mentor, "read", "template.own", theirs)).toBe(false);
    expect(can(mentor, "write", "template.own", { cohortId: COHORT })).toBe(false);
    expect(can(coordinator, "write", "template.own", mine)).toBe(false);
    expect(can(coordinator, "write", "template.library", { cohortId: COHORT })).toBe(true);
    expect(can(mentor, "read", "template.library", { cohortId: COHORT })).toBe(true);
    expect(can(mentor, "write", "template.library", { cohortId: COHORT })).toBe(false);
    expect(can(mentee, "read", "template.inbox", ownRecord)).toBe(true);
    expect(can(mentee, "read", "template.inbox", groupmateRecord)).toBe(false);
    expect(can(mentor, "write", "template.send", ownRecord)).toBe(true);
    expect(can(mentor, "write", "template.send", otherPairRecord)).toBe(false);
  });

  it("meetings: only the mentee moves their own; only the pair's mentors record attendance", () => {
    expect(can(mentee, "write", "booking.move", ownRecord)).toBe(true);
    expect(can(mentee, "write", "booking.move", groupmateRecord)).toBe(false);
    for (const a of [coordinator, supervisor, mentor]) expect(can(a, "write", "booking.move", ownRecord)).toBe(false);
    expect(can(mentor, "write", "booking.attendance", ownRecord)).toBe(true);
    expect(can(mentor, "write", "booking.attendance", otherPairRecord)).toBe(false);
    expect(can(mentee, "write", "booking.attendance", ownRecord)).toBe(false);
  });

  it("the agreement is acknowledged by the pair's own mentors and mentees; the directory is the coordinator's", () => {
    expect(can(mentor, "write", "agreement", ownRecord)).toBe(true);
    expect(can(mentee, "write", "agreement", ownRecord)).toBe(true);
    expect(can(mentee, "write", "agreement", otherPairRecord)).toBe(false);
    expect(can(coordinator, "write", "agreement", ownRecord)).toBe(false);
    expect(can(coordinator, "write", "support.centre", { cohortId: COHORT })).toBe(true);
    expect(can(mentor, "read", "support.centre", { cohortId: COHORT })).toBe(true);
    expect(can(mentor, "write", "support.centre", { cohortId: COHORT })).toBe(false);
    expect(can(mentee, "read", "support.centre", { cohortId: COHORT })).toBe(false);
  });

  it("as: a cell of one role only (a mentor's pair cell does not open the supervisor's view)", () => {
    const both: CohortActor = {
      ...actor("MENTOR"),
      roles: new Set<Role>(["MENTOR", "SUPERVISOR"]),
      membershipIds: { MENTOR: "m-MENTOR", SUPERVISOR: "m-SUPERVISOR" },
    };
    expect(can(both, "read", "referral.content", otherPairRecord, "SUPERVISOR")).toBe(true);
    expect(can(both, "read", "referral.content", otherPairRecord, "MENTOR")).toBe(false);
    expect(can(mentor, "read", "referral.content", ownRecord, "SUPERVISOR")).toBe(false);
    expect(grantingRoles(both, "read", "referral.content", ownRecord)).toEqual(["SUPERVISOR", "MENTOR"]);
  });
});
