-- Volunteer hours per mentor (issue 14, item 3; issue 17): the hours pages read a page of mentors'
-- contact logs, or one mentor's, by "mentorId"; without this index each read scanned the cohort's
-- whole log (500,000 rows at the scale cohort).
CREATE INDEX "ContactLog_mentorId_occurredAt_idx" ON "ContactLog"("mentorId", "occurredAt");
