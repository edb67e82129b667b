/**
 * Database refusals, by constraint NAME, to messages a person understands: one table for every
 * action (the pipeline in lib/actions.ts reads it; an action may give its own wording for a name).
 *
 * Where the name comes from (PostgreSQL's own wording, the same on PGlite):
 *   unique (23505):       duplicate key value violates unique constraint "NAME"
 *   check (23514):        new row for relation "T" violates check constraint "NAME"
 *   foreign key (23503):  update or delete on table "T" violates foreign key constraint "NAME" on table "U"
 *                         insert or update on table "T" violates foreign key constraint "NAME"
 *   our triggers (23514): RAISE EXCEPTION 'NAME: explanation' USING ERRCODE = '23514'
 *                         (the house rule for every trigger: the constraint name, a colon, the why)
 * The driver adapters keep PostgreSQL's message as `originalMessage` and its SQLSTATE as
 * `originalCode`; the name is read from those exact shapes, never by searching for a substring.
 */

export interface DbRefusal {
  /** SQLSTATE: 23505 unique, 23514 check or trigger, 23503 foreign key. */
  code: "23505" | "23514" | "23503";
  constraint: string;
}

export interface RefusalMessage {
  message: string;
  /** the form field the message belongs next to */
  field?: string;
}

/** [PostgreSQL's message shape, the SQLSTATEs it comes with, the kind we report] */
const SHAPES: [RegExp, string[], DbRefusal["code"]][] = [
  [/^duplicate key value violates unique constraint "([^"]+)"/, ["23505"], "23505"],
  [/violates check constraint "([^"]+)"/, ["23514"], "23514"],
  [/violates foreign key constraint "([^"]+)"/, ["23503"], "23503"],
  // P0001: a trigger written before the house rule gave its RAISE an ERRCODE
  [/^([A-Z][A-Za-z]+_[a-z_]+): /, ["23514", "P0001"], "23514"],
];

/** The driver error's SQLSTATE and PostgreSQL message, wherever Prisma put them. */
function driverCause(error: unknown): { code?: string; message?: string } | null {
  if (!error || typeof error !== "object") return null;
  const e = error as {
    cause?: { originalCode?: string; originalMessage?: string };
    meta?: { driverAdapterError?: { cause?: { originalCode?: string; originalMessage?: string } } };
  };
  const cause = e.meta?.driverAdapterError?.cause ?? e.cause;
  if (!cause || typeof cause !== "object" || typeof cause.originalMessage !== "string") return null;
  return { code: cause.originalCode, message: cause.originalMessage };
}

/** Which constraint refused the write, or null when the error is not a constraint refusal. */
export function dbRefusal(error: unknown): DbRefusal | null {
  const cause = driverCause(error);
  if (!cause?.message) return null;
  for (const [shape, codes, code] of SHAPES) {
    if (!cause.code || !codes.includes(cause.code)) continue;
    const name = shape.exec(cause.message)?.[1];
    if (name) return { code, constraint: name };
  }
  return null;
}

const PAIR_HAS_HISTORY =
  "This pair has referrals, contact logs or meeting times that stay on record, so it cannot be dissolved. Move its mentees to another group instead.";

/**
 * Every constraint a person can run into, with what to tell them. Constraints missing here
 * get a generic message by kind (below); add a line when a new constraint can be hit from a form.
 */
export const CONSTRAINT_MESSAGES: Record<string, RefusalMessage> = {
  // unique
  Booking_one_active_per_mentee_slot: { message: "You have already booked this time." },
  Membership_userId_cohortId_role_key: { message: "This person already has that role in the cohort." },
  MenteeAssignment_menteeId_cohortId_key: { message: "This mentee is already in a group." },
  MentorPair_clinicalMentorId_cohortId_key: {
    message: "That clinical mentor is already in a pair.",
    field: "clinicalMentorId",
  },
  MentorPair_preclinicalMentorId_cohortId_key: {
    message: "That preclinical mentor is already in a pair.",
    field: "preclinicalMentorId",
  },
  MentorPair_cohortId_label_key: { message: "Another pair already has that name.", field: "label" },
  SupportCentre_cohortId_name_key: { message: "A centre with that name is already in the directory.", field: "name" },
  TrainingCompletion_membershipId_module_key: { message: "That training is already recorded." },
  AgreementAcknowledgement_pairId_membershipId_key: { message: "You have already acknowledged the agreement." },
  User_email_key: { message: "Someone already uses that email address.", field: "email" },
  SurveyResponse_once: { message: "You have already answered this survey." },
  SurveyResponse_once_per_subject: { message: "You have already given this feedback." },
  SessionFeedback_sessionId_membershipId_key: { message: "You have already given feedback on this session." },
  Attendance_sessionId_membershipId_key: { message: "That person is already on the list." },
  // triggers
  MenteeAssignment_group_full: { message: "That group is full: move someone out first, or choose another group." },
  MenteeAssignment_self_mentoring: { message: "No one can be in the group they mentor." },
  MenteeAssignment_mentee_role: { message: "Only a mentee can join a group." },
  MentorPair_clinical_phase: {
    message: "The clinical mentor must be in the clinical phase.",
    field: "clinicalMentorId",
  },
  MentorPair_preclinical_phase: {
    message: "The preclinical mentor must be in the preclinical phase.",
    field: "preclinicalMentorId",
  },
  Booking_slot_capacity: { message: "That slot was just taken. Please choose another time." },
  Booking_slot_open: { message: "That time was cancelled by your mentors. Please choose another time." },
  Booking_mentee_no_overlap: { message: "You already have a meeting at that time." },
  AvailabilitySlot_no_overlap: { message: "You already have a time that overlaps this one.", field: "time" },
  // foreign keys: deletes never take records with them (ON DELETE RESTRICT, decision 040); the
  // actions refuse first with what exists, these are the second line
  Referral_pairId_fkey: { message: PAIR_HAS_HISTORY },
  ContactLog_pairId_fkey: { message: PAIR_HAS_HISTORY },
  AvailabilitySlot_pairId_fkey: { message: PAIR_HAS_HISTORY },
  Referral_centreId_fkey: { message: "Referrals were forwarded to this centre, so it stays in the directory." },
  // checks (forms check these first; these are the second line)
  Cohort_dates_ordered: { message: "The cohort must end after it starts.", field: "endsOn" },
  Cohort_group_size_range: { message: "The group size is out of range.", field: "groupSize" },
  Cohort_cadence_range: { message: "The contact cadence is out of range." },
  ContactLog_minutes_range: { message: "Minutes must be between 1 and 480.", field: "minutes" },
  AvailabilitySlot_times_ordered: { message: "A time must end after it starts.", field: "durationMinutes" },
};

const BY_KIND: Record<DbRefusal["code"], string> = {
  "23505": "That conflicts with a change someone just made. Please reload.",
  "23514": "That is not allowed by the programme's rules. Please reload and check the values.",
  "23503": "That record is still in use, so it cannot be removed.",
};

/** The message for a refusal: the action's own wording, else the table's, else one by kind. */
export function refusalMessage(refusal: DbRefusal, own: Record<string, RefusalMessage> = {}): RefusalMessage {
  return own[refusal.constraint] ?? CONSTRAINT_MESSAGES[refusal.constraint] ?? { message: BY_KIND[refusal.code] };
}
