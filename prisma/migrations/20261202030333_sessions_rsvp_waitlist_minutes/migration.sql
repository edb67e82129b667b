-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AttendanceStatus" ADD VALUE 'WAITLISTED';
ALTER TYPE "AttendanceStatus" ADD VALUE 'EXCUSED';

-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "recordedAt" TIMESTAMPTZ(3),
ADD COLUMN     "recordedById" TEXT,
ADD COLUMN     "walkIn" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ProgramSession" ADD COLUMN     "minutes" TEXT,
ADD COLUMN     "minutesAt" TIMESTAMPTZ(3),
ADD COLUMN     "minutesById" TEXT,
ADD COLUMN     "namedMenteeId" TEXT,
ADD COLUMN     "namedNote" TEXT,
ADD COLUMN     "namedPairId" TEXT,
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "seriesId" TEXT,
ADD COLUMN     "trainingModules" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Attendance_membershipId_status_idx" ON "Attendance"("membershipId", "status");


-- The second line behind lib/sessions/engine.ts (docs/decisions/080): an RSVP that takes a seat
-- (REGISTERED) never goes past the session's capacity, whoever writes it. Same lock as the engine:
-- the ProgramSession row, then a count in a second statement.
CREATE OR REPLACE FUNCTION "attendance_capacity"() RETURNS trigger AS $$
DECLARE
  cap integer;
  seats integer;
BEGIN
  IF NEW.status::text <> 'REGISTERED' OR (TG_OP = 'UPDATE' AND OLD.status::text IN ('REGISTERED', 'ATTENDED')) THEN
    RETURN NEW;
  END IF;
  SELECT capacity INTO cap FROM "ProgramSession" WHERE id = NEW."sessionId" FOR UPDATE;
  IF cap IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT count(*) INTO seats FROM "Attendance"
   WHERE "sessionId" = NEW."sessionId" AND id <> NEW.id AND status::text IN ('REGISTERED', 'ATTENDED');
  IF seats >= cap THEN
    RAISE EXCEPTION 'Attendance_session_capacity: the session is full' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Attendance_session_capacity"
  BEFORE INSERT OR UPDATE OF status ON "Attendance"
  FOR EACH ROW EXECUTE FUNCTION "attendance_capacity"();

