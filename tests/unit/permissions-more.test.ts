import { afterEach, describe, expect, it } from "vitest";
import {
  ACCESS,
  can,
  type CohortActor,
  grantingRoles,
  type RecordScope,
  type Resource,
  ROLE_HOME,
  ROLE_ORDER,
  type Role,
  type Scope,
  type Verb,
} from "@/lib/auth/permissions";

/**
 * The permission table as ARCHITECTURE.md states it ("Who may see what"), cell by cell.
 * Each cell is checked through `can()`: allowed on a record inside its scope, refused on one
 * outside it, and refused for every role without a cell.
 */
const SPEC: Record<Resource, Partial<Record<Verb, Partial<Record<Role, Scope>>>>> = {
  "cohort.setup": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "pair" },
    write: { COORDINATOR: "cohort" },
  },
  agreement: { write: { MENTOR: "pair", MENTEE: "pair" } },
  "contact.meta": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "self" },
    write: { MENTOR: "pair" },
  },
  "contact.note": { read: { SUPERVISOR: "cohort", MENTOR: "pair" }, write: { MENTOR: "pair" } },
  "referral.counts": { read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" } },
  "referral.status": { read: { SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "self" }, write: { MENTOR: "pair" } },
  "referral.content": { read: { SUPERVISOR: "cohort", MENTOR: "pair" } },
  "referral.review": { write: { SUPERVISOR: "cohort" } },
  "referral.answer": { write: { MENTOR: "pair" } },
  "support.centre": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "cohort" },
    write: { COORDINATOR: "cohort" },
  },
  slot: {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "pair" },
    write: { MENTOR: "pair" },
  },
  booking: {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "self" },
    write: { COORDINATOR: "cohort", MENTOR: "pair", MENTEE: "self" },
  },
  "booking.move": { write: { MENTEE: "self" } },
  "booking.attendance": { write: { MENTOR: "pair" } },
  "template.library": { read: { COORDINATOR: "cohort", MENTOR: "cohort" }, write: { COORDINATOR: "cohort" } },
  "template.own": { read: { MENTOR: "own" }, write: { MENTOR: "own" } },
  "template.send": { write: { MENTOR: "pair" } },
  "template.inbox": { read: { MENTEE: "self" } },
  session: {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "cohort", MENTEE: "cohort", ROLE_MODEL: "self" },
    write: { COORDINATOR: "cohort" },
  },
  "session.rsvp": { write: { MENTOR: "cohort", MENTEE: "cohort" } },
  "session.attendance": { read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" }, write: { COORDINATOR: "cohort" } },
  "session.attendance.peer": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "cohort" },
    write: { COORDINATOR: "cohort", MENTOR: "cohort" },
  },
  "session.minutes": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "cohort" },
    write: { COORDINATOR: "cohort", MENTOR: "cohort" },
  },
  "session.minutes.named": { read: { SUPERVISOR: "cohort", MENTOR: "pair" }, write: { MENTOR: "pair" } },
  "session.feedback": { write: { MENTOR: "cohort", MENTEE: "cohort" } },
  "session.feedback.summary": { read: { COORDINATOR: "cohort", ROLE_MODEL: "self" } },
  "survey.answers": { read: { MENTOR: "self", MENTEE: "self" }, write: { MENTOR: "self", MENTEE: "self" } },
  "survey.aggregate": { read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "self" } },
  "survey.manage": { read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" }, write: { COORDINATOR: "cohort" } },
  "survey.export": { read: { COORDINATOR: "cohort" } },
  "survey.feedback": { read: { SUPERVISOR: "cohort", MENTOR: "self" } },
  audit: { read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" } },
  "person.erasure": { read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" }, write: { COORDINATOR: "cohort" } },
  "person.erasure.confirm": { write: { SUPERVISOR: "cohort" } },
  "school.retention": { read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" }, write: { COORDINATOR: "cohort" } },
  "report.programme": { read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" } },
  "outcome.aggregate": { read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" } },
  "outcome.import": { write: { COORDINATOR: "cohort" } },
  "hours.own": { read: { MENTOR: "self" } },
  "hours.cohort": { read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" }, write: { COORDINATOR: "cohort" } },
  "hours.approve": { write: { COORDINATOR: "cohort", SUPERVISOR: "cohort" } },
};

const COHORT = "cohort-a";
const OWN_PAIR = "pair-1";
const VERBS: Verb[] = ["read", "write"];
const RESOURCES = Object.keys(SPEC) as Resource[];

/** A person holding one role, with a pair id for both pair fields (so only the role decides). */
function actorFor(role: Role, extra: Partial<CohortActor> = {}): CohortActor {
  return {
    userId: `user-${role}`,
    cohortId: COHORT,
    roles: new Set([role]),
    membershipIds: { [role]: `m-${role}` },
    mentorPairId: OWN_PAIR,
    menteePairId: OWN_PAIR,
    ...extra,
  };
}

/** A record that lies inside exactly the given scope for this role (and outside the others). */
function recordIn(scope: Scope, role: Role): RecordScope {
  const base: RecordScope = {
    cohortId: COHORT,
    pairId: "pair-other",
    subjectMembershipId: "m-someone",
    ownerMembershipId: "m-someone",
  };
  if (scope === "pair") return { ...base, pairId: OWN_PAIR };
  if (scope === "self") return { ...base, subjectMembershipId: `m-${role}` };
  if (scope === "own") return { ...base, ownerMembershipId: `m-${role}` };
  return base;
}

/** A record inside every scope for this role. */
function recordInAll(role: Role): RecordScope {
  return { cohortId: COHORT, pairId: OWN_PAIR, subjectMembershipId: `m-${role}`, ownerMembershipId: `m-${role}` };
}

describe("the permission table, cell by cell", () => {
  it("covers every resource of the table", () => {
    expect(Object.keys(ACCESS).sort()).toEqual([...RESOURCES].sort());
  });

  for (const resource of RESOURCES) {
    for (const verb of VERBS) {
      const cells = SPEC[resource][verb] ?? {};
      for (const role of ROLE_ORDER) {
        const scope = cells[role];
        if (scope) {
          it(`${role} may ${verb} ${resource} in scope "${scope}"`, () => {
            const a = actorFor(role);
            expect(can(a, verb, resource, recordIn(scope, role))).toBe(true);
            expect(grantingRoles(a, verb, resource, recordIn(scope, role))).toEqual([role]);
            expect(can(a, verb, resource, { ...recordInAll(role), cohortId: "cohort-b" })).toBe(false);
            if (scope !== "cohort") {
              // the same record with the deciding fact changed is refused
              expect(can(a, verb, resource, recordIn("cohort", role))).toBe(false);
            }
          });
        } else {
          it(`${role} may not ${verb} ${resource}`, () => {
            expect(can(actorFor(role), verb, resource, recordInAll(role))).toBe(false);
          });
        }
      }
    }
  }
});

describe("scope conditions", () => {
  it("pair: a mentor with no pair is refused a record with no pair", () => {
    const a = actorFor("MENTOR", { mentorPairId: null });
    expect(can(a, "read", "contact.note", { cohortId: COHORT })).toBe(false);
    expect(can(a, "read", "contact.note", { cohortId: COHORT, pairId: null })).toBe(false);
    expect(can(a, "read", "contact.note", { cohortId: COHORT, pairId: OWN_PAIR })).toBe(false);
  });

  it("pair: a mentor's pair is the pair they mentor, a mentee's the pair of their group", () => {
    const mentor = actorFor("MENTOR", { mentorPairId: "p-m", menteePairId: "p-x" });
    expect(can(mentor, "read", "slot", { cohortId: COHORT, pairId: "p-m" })).toBe(true);
    expect(can(mentor, "read", "slot", { cohortId: COHORT, pairId: "p-x" })).toBe(false);
    const mentee = actorFor("MENTEE", { mentorPairId: "p-x", menteePairId: "p-e" });
    expect(can(mentee, "read", "slot", { cohortId: COHORT, pairId: "p-e" })).toBe(true);
    expect(can(mentee, "read", "slot", { cohortId: COHORT, pairId: "p-x" })).toBe(false);
  });

  it("pair: a mentee with no group is refused a record with no pair", () => {
    const a = actorFor("MENTEE", { menteePairId: null });
    expect(can(a, "read", "slot", { cohortId: COHORT })).toBe(false);
    expect(can(a, "read", "slot", { cohortId: COHORT, pairId: null })).toBe(false);
  });

  it("self: no membership id for the role and no subject is refused", () => {
    const a = actorFor("MENTEE", { membershipIds: {} });
    expect(can(a, "read", "booking", { cohortId: COHORT })).toBe(false);
    expect(can(a, "read", "booking", { cohortId: COHORT, subjectMembershipId: null })).toBe(false);
    expect(can(a, "read", "booking", { cohortId: COHORT, subjectMembershipId: "m-MENTEE" })).toBe(false);
  });

  it("self: the membership id of another role does not count", () => {
    const a = actorFor("MENTEE", { membershipIds: { MENTOR: "m-1" } });
    expect(can(a, "read", "booking", { cohortId: COHORT, subjectMembershipId: "m-1" })).toBe(false);
  });

  it("own: no membership id for the role and no owner is refused", () => {
    const a = actorFor("MENTOR", { membershipIds: {} });
    expect(can(a, "read", "template.own", { cohortId: COHORT })).toBe(false);
    expect(can(a, "write", "template.own", { cohortId: COHORT, ownerMembershipId: null })).toBe(false);
    expect(can(a, "write", "template.own", { cohortId: COHORT, ownerMembershipId: "m-MENTOR" })).toBe(false);
  });

  it("own: the owner decides, not the subject", () => {
    const a = actorFor("MENTOR");
    expect(can(a, "read", "template.own", { cohortId: COHORT, subjectMembershipId: "m-MENTOR" })).toBe(false);
    expect(can(a, "read", "template.own", { cohortId: COHORT, ownerMembershipId: "m-MENTOR" })).toBe(true);
  });

  it("as: only the named role's cell is asked", () => {
    const both = actorFor("MENTOR", {
      roles: new Set<Role>(["SUPERVISOR", "MENTOR"]),
      membershipIds: { SUPERVISOR: "m-s", MENTOR: "m-m" },
    });
    const record: RecordScope = { cohortId: COHORT, pairId: OWN_PAIR };
    expect(grantingRoles(both, "read", "referral.content", record)).toEqual(["SUPERVISOR", "MENTOR"]);
    expect(grantingRoles(both, "read", "referral.content", record, "MENTOR")).toEqual(["MENTOR"]);
    expect(grantingRoles(both, "write", "referral.review", record, "MENTOR")).toEqual([]);
    expect(can(both, "write", "referral.review", record, "SUPERVISOR")).toBe(true);
  });
});

describe("a pair cell for a role that has no pair", () => {
  const resource: Resource = "outcome.import";
  const saved = ACCESS[resource];
  afterEach(() => {
    ACCESS[resource] = saved;
  });

  it("is refused even when the person also has a mentee's or a mentor's pair", () => {
    ACCESS[resource] = { write: { COORDINATOR: "pair", ROLE_MODEL: "pair" } };
    const coordinator = actorFor("COORDINATOR", { mentorPairId: OWN_PAIR, menteePairId: OWN_PAIR });
    expect(can(coordinator, "write", resource, { cohortId: COHORT, pairId: OWN_PAIR })).toBe(false);
    const roleModel = actorFor("ROLE_MODEL");
    expect(can(roleModel, "write", resource, { cohortId: COHORT, pairId: OWN_PAIR })).toBe(false);
  });
});

describe("ROLE_HOME", () => {
  it("sends each role to its own home page", () => {
    expect(ROLE_HOME).toEqual({
      COORDINATOR: "/coordinator",
      SUPERVISOR: "/supervisor",
      MENTOR: "/mentor",
      MENTEE: "/mentee",
      ROLE_MODEL: "/role-model",
    });
  });
});
