-- CreateTable
CREATE TABLE "ExamResult" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "exam" TEXT NOT NULL,
    "takenOn" DATE NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "maximum" DOUBLE PRECISION NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "importedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExamResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HoursAdjustment" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HoursAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HoursCertificate" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "approvedById" TEXT NOT NULL,
    "approvedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HoursCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExamResult_cohortId_exam_idx" ON "ExamResult"("cohortId", "exam");

-- CreateIndex
CREATE UNIQUE INDEX "ExamResult_membershipId_exam_key" ON "ExamResult"("membershipId", "exam");

-- CreateIndex
CREATE INDEX "HoursAdjustment_membershipId_idx" ON "HoursAdjustment"("membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "HoursCertificate_membershipId_key" ON "HoursCertificate"("membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "HoursCertificate_code_key" ON "HoursCertificate"("code");

-- CreateIndex
CREATE INDEX "HoursCertificate_cohortId_idx" ON "HoursCertificate"("cohortId");


-- Hand-written: foreign keys without Prisma relations (schema.prisma, issue 14 block); nothing
-- is deleted as a side effect (decision 040). Scores within their maximum.
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_membershipId_cohortId_fkey" FOREIGN KEY ("membershipId", "cohortId") REFERENCES "Membership"("id", "cohortId") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_score_within_maximum" CHECK ("maximum" > 0 AND "score" >= 0 AND "score" <= "maximum");
ALTER TABLE "HoursAdjustment" ADD CONSTRAINT "HoursAdjustment_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "HoursAdjustment" ADD CONSTRAINT "HoursAdjustment_membershipId_cohortId_fkey" FOREIGN KEY ("membershipId", "cohortId") REFERENCES "Membership"("id", "cohortId") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "HoursCertificate" ADD CONSTRAINT "HoursCertificate_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "HoursCertificate" ADD CONSTRAINT "HoursCertificate_membershipId_cohortId_fkey" FOREIGN KEY ("membershipId", "cohortId") REFERENCES "Membership"("id", "cohortId") ON DELETE RESTRICT ON UPDATE CASCADE;
