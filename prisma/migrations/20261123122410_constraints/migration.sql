-- Hand-written constraints Prisma's schema language cannot express.
-- The database is the final judge of every rule a race or a bug could break
-- (docs/decisions/003-database-constraints.md). Named so errors can be mapped to messages.

-- People
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_phase_iff_mentor"
  CHECK (("role" = 'MENTOR') = ("phase" IS NOT NULL));
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_year_of_study_range"
  CHECK ("yearOfStudy" IS NULL OR "yearOfStudy" BETWEEN 1 AND 8);

-- Cohort settings
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_dates_ordered" CHECK ("endsOn" > "startsOn");
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_group_size_range" CHECK ("groupSize" BETWEEN 1 AND 50);
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_max_mentees_range" CHECK ("maxMenteesPerMentor" BETWEEN 1 AND 100);
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_cadence_range"
  CHECK ("firstIntervalDays" BETWEEN 1 AND 90 AND "lastIntervalDays" BETWEEN 1 AND 90);
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_notice_range" CHECK ("minBookingNoticeHours" BETWEEN 0 AND 336);
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_referral_ack_range" CHECK ("referralAckHours" BETWEEN 1 AND 720);
ALTER TABLE "PausedPeriod" ADD CONSTRAINT "PausedPeriod_dates_ordered" CHECK ("endsOn" >= "startsOn");

-- Pairs and groups: one clinical + one preclinical mentor, mentees in groups.
ALTER TABLE "MentorPair" ADD CONSTRAINT "MentorPair_two_mentors"
  CHECK ("clinicalMentorId" <> "preclinicalMentorId");

CREATE FUNCTION duomentor_check_pair_phases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m.id = NEW."clinicalMentorId"
                   AND m.role = 'MENTOR' AND m.phase = 'CLINICAL') THEN
    RAISE EXCEPTION 'MentorPair_clinical_phase: the clinical mentor must be a clinical-phase mentor'
      USING ERRCODE = '23514';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m.id = NEW."preclinicalMentorId"
                   AND m.role = 'MENTOR' AND m.phase = 'PRECLINICAL') THEN
    RAISE EXCEPTION 'MentorPair_preclinical_phase: the preclinical mentor must be a preclinical-phase mentor'
      USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "MentorPair_phases" BEFORE INSERT OR UPDATE ON "MentorPair"
  FOR EACH ROW EXECUTE FUNCTION duomentor_check_pair_phases();

CREATE FUNCTION duomentor_check_assignment_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m.id = NEW."menteeId" AND m.role = 'MENTEE') THEN
    RAISE EXCEPTION 'MenteeAssignment_mentee_role: only a mentee can join a group'
      USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "MenteeAssignment_role" BEFORE INSERT OR UPDATE ON "MenteeAssignment"
  FOR EACH ROW EXECUTE FUNCTION duomentor_check_assignment_role();

-- Contacts
ALTER TABLE "ContactLog" ADD CONSTRAINT "ContactLog_minutes_range"
  CHECK ("minutes" IS NULL OR "minutes" BETWEEN 0 AND 600);

-- Meetings: sane slots, and one active booking per mentee per slot.
ALTER TABLE "AvailabilitySlot" ADD CONSTRAINT "AvailabilitySlot_times_ordered" CHECK ("endsAt" > "startsAt");
ALTER TABLE "AvailabilitySlot" ADD CONSTRAINT "AvailabilitySlot_capacity_range" CHECK ("capacity" BETWEEN 1 AND 200);
CREATE UNIQUE INDEX "Booking_one_active_per_mentee_slot" ON "Booking" ("slotId", "menteeId")
  WHERE "status" <> 'CANCELLED';

-- Sessions, feedback, surveys
ALTER TABLE "ProgramSession" ADD CONSTRAINT "ProgramSession_times_ordered" CHECK ("endsAt" > "startsAt");
ALTER TABLE "ProgramSession" ADD CONSTRAINT "ProgramSession_capacity_range" CHECK ("capacity" IS NULL OR "capacity" >= 1);
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_rating_range" CHECK ("rating" BETWEEN 1 AND 5);
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_window_ordered" CHECK ("closesAt" > "opensAt");
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_likert_range" CHECK ("likert" IS NULL OR "likert" BETWEEN 1 AND 5);
-- One response per respondent per survey, and per subject mentor for feedback surveys.
-- Two partial indexes rather than NULLS NOT DISTINCT: Prisma's diff ignores partial indexes
-- (and would drop the other kind), and a plain unique key has a NULL hole (cal.com #29968).
CREATE UNIQUE INDEX "SurveyResponse_once_per_subject" ON "SurveyResponse" ("surveyId", "respondentId", "subjectId")
  WHERE "subjectId" IS NOT NULL;
CREATE UNIQUE INDEX "SurveyResponse_once" ON "SurveyResponse" ("surveyId", "respondentId")
  WHERE "subjectId" IS NULL;
