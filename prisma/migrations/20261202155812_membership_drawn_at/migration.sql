-- When a first-year was drawn as a mentee (issue 10, item 6; decision 128): the draw, a redo and
-- a swap set or clear it, so a redo returns exactly the drawn mentees (never an accepted
-- voluntary applicant) to the candidates.
ALTER TABLE "Membership" ADD COLUMN     "drawnAt" TIMESTAMPTZ(3);

-- Drawn before this column existed: active mentees of a drawn cohort that were not accepted as
-- voluntary applicants (those carry a decision reason).
UPDATE "Membership" m SET "drawnAt" = COALESCE(m."decidedAt", m."updatedAt")
FROM "Cohort" c
WHERE c.id = m."cohortId" AND c."menteeDrawSeed" IS NOT NULL
  AND m.role = 'MENTEE' AND m.status = 'ACTIVE' AND m."decisionReason" IS NULL;
