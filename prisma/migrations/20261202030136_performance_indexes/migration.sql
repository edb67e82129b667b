-- CreateIndex
CREATE INDEX "AvailabilitySlot_cohortId_startsAt_idx" ON "AvailabilitySlot"("cohortId", "startsAt");

-- CreateIndex
CREATE INDEX "ContactLog_cohortId_menteeId_occurredAt_idx" ON "ContactLog"("cohortId", "menteeId", "occurredAt");


-- Partial indexes Prisma's schema cannot express (its diff ignores them; decision 102). Only
-- COMPLETED contacts count for the cadence, so the cadence reads (the latest completed contact
-- per mentee, per group; the days with a completed contact) walk these instead of every attempt.
CREATE INDEX "ContactLog_completed_mentee_time" ON "ContactLog" ("menteeId", "occurredAt")
  WHERE "outcome" = 'COMPLETED';
CREATE INDEX "ContactLog_completed_pair_mentee_time" ON "ContactLog" ("pairId", "menteeId", "occurredAt")
  WHERE "outcome" = 'COMPLETED';
