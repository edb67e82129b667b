-- CreateEnum
CREATE TYPE "DataRightsKind" AS ENUM ('ANONYMISE', 'DELETE');

-- CreateEnum
CREATE TYPE "DataRightsStatus" AS ENUM ('REQUESTED', 'DONE', 'DECLINED');

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "RateLimit" ADD COLUMN     "lastAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "staff" BOOLEAN NOT NULL,
    "method" TEXT NOT NULL,
    "userAgent" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "endReason" TEXT,

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataRightsRequest" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "subjectUserId" TEXT,
    "kind" "DataRightsKind" NOT NULL,
    "status" "DataRightsStatus" NOT NULL DEFAULT 'REQUESTED',
    "reason" TEXT NOT NULL,
    "requestedById" TEXT,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DataRightsRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolSetting" (
    "id" TEXT NOT NULL DEFAULT 'school',
    "retentionYears" INTEGER,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SchoolSetting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuthSession_tokenHash_key" ON "AuthSession"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthSession_userId_endedAt_idx" ON "AuthSession"("userId", "endedAt");

-- CreateIndex
CREATE INDEX "DataRightsRequest_cohortId_status_idx" ON "DataRightsRequest"("cohortId", "status");

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataRightsRequest" ADD CONSTRAINT "DataRightsRequest_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataRightsRequest" ADD CONSTRAINT "DataRightsRequest_subjectUserId_fkey" FOREIGN KEY ("subjectUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: one settings row, and a retention period in a sane range.
ALTER TABLE "SchoolSetting" ADD CONSTRAINT "SchoolSetting_single_row" CHECK ("id" = 'school');
ALTER TABLE "SchoolSetting" ADD CONSTRAINT "SchoolSetting_retention_range"
  CHECK ("retentionYears" IS NULL OR "retentionYears" BETWEEN 1 AND 50);
