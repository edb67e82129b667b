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
 * self:   records about the caller themself (a mentee's own contacts, bookings, referrals...);
 * own:    records the caller owns or wrote in this role (a mentor's own templates...).
 */
export type Scope = "cohort" | "pair" | "self" | "own";

export type Resource =
  | "cohort.setup" // cohort settings, people, pairs, groups
  | "agreement" // acknowledging the pair's mentoring agreement
  | "contact.meta" // contact logs: counts, dates, channels, topics
  | "contact.note" // the private note of a contact log
  | "referral.counts" // numbers by category and status, no content
  | "referral.status" // that a referral exists, its category and status; write: filing one
  | "referral.content" // reason, supervisor messages, outcome
  | "referral.review" // acknowledge, ask the mentors, forward, close, decline
  | "referral.answer" // a mentor of the referring pair answering the supervisor's question
  | "support.centre" // the cohort's directory of support centres
  | "slot" // availability slots
  | "booking" // meeting bookings: book, cancel
  | "booking.move" // moving a booked meeting to another time
  | "booking.attendance" // recording whether a meeting took place
  | "template.library" // the cohort's library of email templates
  | "template.own" // a mentor's own email templates
  | "template.send" // sending a template to mentees (it counts as a contact)
  | "template.inbox" // the templates a mentee received
  | "session" // role-model, inter-mentor, briefing, training sessions
  | "session.rsvp" // going / not going (the audience and the clock are rules: lib/sessions/rules.ts)
  | "session.attendance" // taking attendance of any session
  | "session.attendance.peer" // taking attendance of an inter-mentor session (its mentors)
  | "session.minutes" // the minutes of an inter-mentor session (no mentee named)
  | "session.minutes.named" // the note naming one mentee in the minutes: their pair and the supervisor
  | "session.feedback" // leaving one's own feedback after a session
  | "session.feedback.summary" // the average, count and comments (no names, n >= 3)
  | "survey.answers" // individual answers
  | "survey.aggregate" // aggregates (n >= 3)
  | "survey.manage" // creating, editing, opening and closing surveys; read: the list and response rates
  | "survey.export" // the anonymised responses as CSV (random respondent codes, no names)
  | "survey.feedback" // the aggregated feedback of mentees on one mentor
  | "audit" // the audit trail
  | "person.erasure" // asking to anonymise or delete a person's data (issue 16)
  | "person.erasure.confirm" // confirming (or declining) that request: the supervisor's second pair of eyes
  | "school.retention" // the school's retention period for closed cohorts
  | "report.programme" // the programme report: aggregates only, cells under 5 suppressed (issue 14)
  | "outcome.aggregate" // exam results compared mentees vs not drawn: aggregates only, never one grade
  | "outcome.import" // importing a class's exam results
  | "hours.own" // a mentor's own volunteer hours
  | "hours.cohort" // everyone's hours; adjust and approve them
  | "hours.approve"; // approving the year's hours (issues the certificates)

type Table = Record<Resource, Partial<Record<Verb, Partial<Record<Role, Scope>>>>>;

export const ACCESS: Table = {
  "cohort.setup": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "pair", MENTEE: "pair" },
    write: { COORDINATOR: "cohort" },
  },
  agreement: {
    write: { MENTOR: "pair", MENTEE: "pair" },
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
  "referral.answer": {
    write: { MENTOR: "pair" },
  },
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
    // COORDINATOR: cancelling a meeting for someone, inside the minimum notice with a recorded reason (issue 5).
    write: { COORDINATOR: "cohort", MENTOR: "pair", MENTEE: "self" },
  },
  "booking.move": {
    // Only the mentee moves their own meeting; mentors and coordinators cancel it.
    write: { MENTEE: "self" },
  },
  "booking.attendance": {
    write: { MENTOR: "pair" },
  },
  "template.library": {
    read: { COORDINATOR: "cohort", MENTOR: "cohort" },
    write: { COORDINATOR: "cohort" },
  },
  "template.own": {
    read: { MENTOR: "own" },
    write: { MENTOR: "own" },
  },
  "template.send": {
    write: { MENTOR: "pair" },
  },
  "template.inbox": {
    read: { MENTEE: "self" },
  },
  session: {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "cohort", MENTEE: "cohort", ROLE_MODEL: "self" },
    write: { COORDINATOR: "cohort" },
  },
  "session.rsvp": {
    write: { MENTOR: "cohort", MENTEE: "cohort" },
  },
  "session.attendance": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
    write: { COORDINATOR: "cohort" },
  },
  "session.attendance.peer": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "cohort" },
    write: { COORDINATOR: "cohort", MENTOR: "cohort" },
  },
  "session.minutes": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "cohort" },
    write: { COORDINATOR: "cohort", MENTOR: "cohort" },
  },
  "session.minutes.named": {
    read: { SUPERVISOR: "cohort", MENTOR: "pair" },
    write: { MENTOR: "pair" },
  },
  "session.feedback": {
    write: { MENTOR: "cohort", MENTEE: "cohort" },
  },
  "session.feedback.summary": {
    read: { COORDINATOR: "cohort", ROLE_MODEL: "self" },
  },
  "survey.answers": {
    read: { MENTOR: "self", MENTEE: "self" },
    write: { MENTOR: "self", MENTEE: "self" },
  },
  "survey.aggregate": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort", MENTOR: "self" },
  },
  "survey.manage": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
    write: { COORDINATOR: "cohort" },
  },
  "survey.export": {
    read: { COORDINATOR: "cohort" },
  },
  "survey.feedback": {
    // a mentor: about themself (subject); the supervisor: every mentor; the coordinator: the programme level (aggregate)
    read: { SUPERVISOR: "cohort", MENTOR: "self" },
  },
  audit: {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
  },
  "person.erasure": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
    write: { COORDINATOR: "cohort" },
  },
  "person.erasure.confirm": {
    write: { SUPERVISOR: "cohort" },
  },
  "school.retention": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
    write: { COORDINATOR: "cohort" },
  },
  "report.programme": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
  },
  "outcome.aggregate": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
  },
  "outcome.import": {
    write: { COORDINATOR: "cohort" },
  },
  "hours.own": {
    read: { MENTOR: "self" },
  },
  "hours.cohort": {
    read: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
    write: { COORDINATOR: "cohort" },
  },
  "hours.approve": {
    write: { COORDINATOR: "cohort", SUPERVISOR: "cohort" },
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
  /** who owns or wrote it (a membership id), for the "own" scope */
  ownerMembershipId?: string | null;
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
    case "own": {
      const own = actor.membershipIds[role];
      return !!own && !!record.ownerMembershipId && own === record.ownerMembershipId;
    }
  }
}

/**
 * The roles through which the caller may do `verb` on `resource` for this record, in ROLE_ORDER.
 * `as`: only through this role's cell (a page or action that acts in one role, e.g. the
 * supervisor's queue, asks for that role: a mentor's pair cell must not open the supervisor's page).
 */
export function grantingRoles(
  actor: CohortActor,
  verb: Verb,
  resource: Resource,
  record: RecordScope,
  as?: Role,
): Role[] {
  if (record.cohortId !== actor.cohortId) return [];
  const cells = ACCESS[resource][verb] ?? {};
  return ROLE_ORDER.filter((role) => {
    const scope = cells[role];
    if (!scope || (as !== undefined && as !== role) || !actor.roles.has(role)) return false;
    return scopeHolds(actor, role, scope, record);
  });
}

export function can(actor: CohortActor, verb: Verb, resource: Resource, record: RecordScope, as?: Role): boolean {
  return grantingRoles(actor, verb, resource, record, as).length > 0;
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
