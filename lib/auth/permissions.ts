/**
 * Who may see and do what: ARCHITECTURE.md, "Who may see what", as one table.
 * Pure: no Prisma, no next/*. Every page query and every action asks `can()` about the very
 * record it loaded (never about ids or roles sent by the client). Change a cell here, with a
 * test for the boundary (tests/unit/permissions.test.ts).
 */
export type Role = "COORDINATOR" | "SUPERVISOR" | "MENTOR" | "MENTEE" | "ROLE_MODEL";
export type Verb = "read" | "write";

/**
 * cohort: any record of a cohort the caller holds this role in;
 * pair:   records of the caller's own pair (mentor: the pair they belong to; mentee: their group's pair);
 * self:   records about the caller themself (a mentee's own contacts, bookings, referrals...).
 */
export type Scope = "cohort" | "pair" | "self";

export type Resource =
  | "cohort.setup" // cohort settings, people, pairs, groups
  | "contact.meta" // contact logs: counts, dates, channels, topics
  | "contact.note" // the private note of a contact log
  | "referral.counts" // numbers by category and status, no content
  | "referral.status" // that a referral exists, its category and status
  | "referral.content" // reason, supervisor messages, outcome
  | "referral.review" // acknowledge, forward, close, decline
  | "slot" // availability slots
  | "booking" // meeting bookings
  | "template" // email templates and sends
  | "session" // role-model, inter-mentor, briefing, training sessions
  | "survey.answers" // individual answers
  | "survey.aggregate" // aggregates (n >= 3)
  | "audit"; // the audit trail

type Table = Record<Resource, Partial<Record<Verb, Partial<Record<Role, Scope>>>>>;

export const ACCESS: Table = {
  "cohort.setup": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "pair" },
    write: { COORDINATOR: "cohort" },
  },
  "contact.meta": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "self" },
    write: { MENTOR: "pair" },
  },
  "contact.note": {
    read: { SUPERVISOR: "cohort", MENTOR: "pair" },
    write: { MENTOR: "pair" },
  },
  "referral.counts": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
  },
  "referral.status": {
    read: { SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "self" },
    write: { MENTOR: "pair" },
  },
  "referral.content": {
    read: { SUPERVISOR: "cohort", MENTOR: "pair" },
  },
  "referral.review": {
    write: { SUPERVISOR: "cohort" },
  },
  slot: {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "pair" },
    write: { MENTOR: "pair" },
  },
  booking: {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "self" },
    // COORDINATOR: cancelling a meeting for someone, inside the minimum notice with a recorded reason (issue 5).
    write: { COORDINATOR: "cohort", MENTOR: "pair", MENTEE: "self" },
  },
  template: {
    read: { COORDINATOR: "cohort", MENTOR: "cohort", MENTEE: "self" },
    write: { COORDINATOR: "cohort", MENTOR: "pair" },
  },
  session: {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "cohort", MENTEE: "cohort", ROLE_MODEL: "self" },
    write: { COORDINATOR: "cohort" },
  },
  "survey.answers": {
    read: { MENTOR: "self", MENTEE: "self" },
    write: { MENTOR: "self", MENTEE: "self" },
  },
  "survey.aggregate": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "self" },
  },
  audit: {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
  },
};

/** Minimum number of answers before an aggregate is shown (ARCHITECTURE.md). */
export const MIN_AGGREGATE_N = 3;

/** What the server knows about the caller in one cohort (from active memberships only). */
export interface CohortActor {
  userId: string;
  cohortId: string;
  roles: ReadonlySet<Role>;
  /** membership id per role held in this cohort */
  membershipIds: Partial<Record<Role, string>>;
  /** the pair the caller mentors in (mentors) */
  mentorPairId: string | null;
  /** the pair whose group the caller is in (mentees) */
  menteePairId: string | null;
}

/** The facts about a record that decide access. `subjectMembershipId`: whom it is about. */
export interface RecordScope {
  cohortId: string;
  pairId?: string | null;
  subjectMembershipId?: string | null;
}

function scopeHolds(actor: CohortActor, role: Role, scope: Scope, record: RecordScope): boolean {
  switch (scope) {
    case "cohort":
      return true;
    case "pair": {
      const pairId = role === "MENTOR" ? actor.mentorPairId : role === "MENTEE" ? actor.menteePairId : null;
      return !!pairId && !!record.pairId && pairId === record.pairId;
    }
    case "self": {
      const own = actor.membershipIds[role];
      return !!own && !!record.subjectMembershipId && own === record.subjectMembershipId;
    }
  }
}

/** The roles through which the caller may do `verb` on `resource` for this record. */
export function grantingRoles(actor: CohortActor, verb: Verb, resource: Resource, record: RecordScope): Role[] {
  if (record.cohortId !== actor.cohortId) return [];
  const cells = ACCESS[resource][verb] ?? {};
  return (Object.entries(cells) as [Role, Scope][])
    .filter(([role, scope]) => actor.roles.has(role) && scopeHolds(actor, role, scope, record))
    .map(([role]) => role);
}

export function can(actor: CohortActor, verb: Verb, resource: Resource, record: RecordScope): boolean {
  return grantingRoles(actor, verb, resource, record).length > 0;
}

/** Whether any role of the caller may ever do this in the cohort (for navigation; not a check). */
export function mayEver(actor: CohortActor, verb: Verb, resource: Resource): boolean {
  const cells = ACCESS[resource][verb] ?? {};
  return (Object.keys(cells) as Role[]).some((r) => actor.roles.has(r));
}

export const ROLE_HOME: Record<Role, string> = {
  COORDINATOR: "/coordinator",
  SUPERVISOR: "/supervisor",
  MENTOR: "/mentor",
  MENTEE: "/mentee",
  ROLE_MODEL: "/role-model",
};

export const ROLE_LABEL: Record<Role, string> = {
  COORDINATOR: "Coordinator",
  SUPERVISOR: "Supervisor",
  MENTOR: "Mentor",
  MENTEE: "Mentee",
  ROLE_MODEL: "Role model",
};

/** Order in which a person with several roles lands (the most responsibility first). */
export const ROLE_ORDER: Role[] = ["COORDINATOR", "SUPERVISOR", "MENTOR", "MENTEE", "ROLE_MODEL"];
