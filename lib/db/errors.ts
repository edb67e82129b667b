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

import type { Msg } from "../i18n/msg";

export interface DbRefusal {
  /** SQLSTATE: 23505 unique, 23514 check or trigger, 23503 foreign key. */
  code: "23505" | "23514" | "23503";
  constraint: string;
}

export interface RefusalMessage {
  /** a catalog key ("db.User_email_key") or a Msg; an action's own plain sentence also works */
  message: Msg;
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

const PAIR_HAS_HISTORY = "db.pairHasHistory";

/**
 * Every constraint a person can run into, with what to tell them (the text is in
 * messages/<locale>/db.json under the constraint's name). Constraints missing here
 * get a generic message by kind (below); add a line when a new constraint can be hit from a form.
 */
export const CONSTRAINT_MESSAGES: Record<string, RefusalMessage> = {
  // unique
  Booking_one_active_per_mentee_slot: { message: "db.Booking_one_active_per_mentee_slot" },
  Membership_userId_cohortId_role_key: { message: "db.Membership_userId_cohortId_role_key" },
  MenteeAssignment_menteeId_cohortId_key: { message: "db.MenteeAssignment_menteeId_cohortId_key" },
  MentorPair_clinicalMentorId_cohortId_key: {
    message: "db.MentorPair_clinicalMentorId_cohortId_key",
    field: "clinicalMentorId",
  },
  MentorPair_preclinicalMentorId_cohortId_key: {
    message: "db.MentorPair_preclinicalMentorId_cohortId_key",
    field: "preclinicalMentorId",
  },
  MentorPair_cohortId_label_key: { message: "db.MentorPair_cohortId_label_key", field: "label" },
  SupportCentre_cohortId_name_key: { message: "db.SupportCentre_cohortId_name_key", field: "name" },
  TrainingCompletion_membershipId_module_key: { message: "db.TrainingCompletion_membershipId_module_key" },
  AgreementAcknowledgement_pairId_membershipId_key: { message: "db.AgreementAcknowledgement_pairId_membershipId_key" },
  User_email_key: { message: "db.User_email_key", field: "email" },
  SurveyResponse_once: { message: "db.SurveyResponse_once" },
  SurveyResponse_once_per_subject: { message: "db.SurveyResponse_once_per_subject" },
  SessionFeedback_sessionId_membershipId_key: { message: "db.SessionFeedback_sessionId_membershipId_key" },
  Attendance_sessionId_membershipId_key: { message: "db.Attendance_sessionId_membershipId_key" },
  // triggers
  MenteeAssignment_group_full: { message: "db.MenteeAssignment_group_full" },
  MenteeAssignment_self_mentoring: { message: "db.MenteeAssignment_self_mentoring" },
  MenteeAssignment_mentee_role: { message: "db.MenteeAssignment_mentee_role" },
  MentorPair_clinical_phase: {
    message: "db.MentorPair_clinical_phase",
    field: "clinicalMentorId",
  },
  MentorPair_preclinical_phase: {
    message: "db.MentorPair_preclinical_phase",
    field: "preclinicalMentorId",
  },
  Booking_slot_capacity: { message: "db.Booking_slot_capacity" },
  Booking_slot_open: { message: "db.Booking_slot_open" },
  Booking_mentee_no_overlap: { message: "db.Booking_mentee_no_overlap" },
  AvailabilitySlot_no_overlap: { message: "db.AvailabilitySlot_no_overlap", field: "time" },
  // foreign keys: deletes never take records with them (ON DELETE RESTRICT, decision 040); the
  // actions refuse first with what exists, these are the second line
  Referral_pairId_fkey: { message: PAIR_HAS_HISTORY },
  ContactLog_pairId_fkey: { message: PAIR_HAS_HISTORY },
  AvailabilitySlot_pairId_fkey: { message: PAIR_HAS_HISTORY },
  Referral_centreId_fkey: { message: "db.Referral_centreId_fkey" },
  // checks (forms check these first; these are the second line)
  Cohort_dates_ordered: { message: "db.Cohort_dates_ordered", field: "endsOn" },
  Semester_dates_ordered: { message: "db.Semester_dates_ordered", field: "endsOn" },
  Semester_cohortId_label_key: { message: "db.Semester_cohortId_label_key", field: "label" },
  Cohort_group_size_range: { message: "db.Cohort_group_size_range", field: "groupSize" },
  Cohort_cadence_range: { message: "db.Cohort_cadence_range" },
  ContactLog_minutes_range: { message: "db.ContactLog_minutes_range", field: "minutes" },
  AvailabilitySlot_times_ordered: { message: "db.AvailabilitySlot_times_ordered", field: "durationMinutes" },
};

/** Catalog keys (messages/<locale>/db.json), translated by the pipeline for the caller. */
const BY_KIND: Record<DbRefusal["code"], string> = {
  "23505": "db.byKind.unique",
  "23514": "db.byKind.check",
  "23503": "db.byKind.foreignKey",
};

/** The message for a refusal: the action's own wording, else the table's, else one by kind. */
export function refusalMessage(refusal: DbRefusal, own: Record<string, RefusalMessage> = {}): RefusalMessage {
  return own[refusal.constraint] ?? CONSTRAINT_MESSAGES[refusal.constraint] ?? { message: BY_KIND[refusal.code] };
}
