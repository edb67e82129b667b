-- The school's student number on a membership (issue 14: exam results imported by student number).
-- One first-year per number in a cohort; NULLs never collide.
ALTER TABLE "Membership" ADD COLUMN     "studentNumber" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Membership_cohortId_role_studentNumber_key" ON "Membership"("cohortId", "role", "studentNumber");
