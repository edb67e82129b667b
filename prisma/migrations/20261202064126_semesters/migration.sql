-- Semesters of a cohort and the end-of-semester survey of each (issue 13, decision 094).

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "semesterId" TEXT;

-- CreateTable
CREATE TABLE "Semester" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Semester_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Semester_cohortId_endsOn_idx" ON "Semester"("cohortId", "endsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Semester_cohortId_label_key" ON "Semester"("cohortId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_semesterId_key" ON "Survey"("semesterId");

-- AddForeignKey
ALTER TABLE "Semester" ADD CONSTRAINT "Semester_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_semesterId_fkey" FOREIGN KEY ("semesterId") REFERENCES "Semester"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A semester ends on or after its first day (the action says it first; this is the second line).
ALTER TABLE "Semester" ADD CONSTRAINT "Semester_dates_ordered" CHECK ("endsOn" >= "startsOn");
