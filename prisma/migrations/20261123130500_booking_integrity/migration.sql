-- Booking integrity (issue 5), hand-written: Prisma's schema language cannot express these.
-- docs/decisions/007-booking-integrity.md explains the choice of row locks over an exclusion
-- constraint. Every rule below is also checked by lib/booking (under the same locks) to give
-- a friendly message; these triggers are the database's final word for any other writer.
--
-- Lock order everywhere: the mentee's Membership row, then AvailabilitySlot rows by id.
-- Both triggers are VOLATILE plpgsql, so under READ COMMITTED each query after a lock wait
-- takes a fresh snapshot and sees the rows the previous lock holder committed.

-- A booking that holds a seat ("BOOKED"): the slot is not cancelled, has a free seat, and
-- the mentee holds no other BOOKED meeting that overlaps it in time.
CREATE FUNCTION duomentor_check_booking() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s RECORD;
  taken INTEGER;
BEGIN
  PERFORM 1 FROM "Membership" WHERE id = NEW."menteeId" FOR UPDATE;
  SELECT id, "startsAt", "endsAt", capacity, "cancelledAt" INTO s
    FROM "AvailabilitySlot" WHERE id = NEW."slotId" FOR UPDATE;
  IF s."cancelledAt" IS NOT NULL THEN
    RAISE EXCEPTION 'Booking_slot_open: the slot was cancelled' USING ERRCODE = '23514';
  END IF;
  SELECT count(*) INTO taken FROM "Booking" b
    WHERE b."slotId" = NEW."slotId" AND b.status <> 'CANCELLED' AND b.id <> NEW.id
      AND b."menteeId" <> NEW."menteeId"; -- the same mentee twice: Booking_one_active_per_mentee_slot decides
  IF taken >= s.capacity THEN
    RAISE EXCEPTION 'Booking_slot_capacity: the slot is full' USING ERRCODE = '23514';
  END IF;
  IF EXISTS (
    SELECT 1 FROM "Booking" b JOIN "AvailabilitySlot" o ON o.id = b."slotId"
     WHERE b."menteeId" = NEW."menteeId" AND b.status = 'BOOKED' AND b.id <> NEW.id AND b."slotId" <> NEW."slotId"
       AND o."cancelledAt" IS NULL AND o."startsAt" < s."endsAt" AND o."endsAt" > s."startsAt"
  ) THEN
    RAISE EXCEPTION 'Booking_mentee_no_overlap: the mentee has another meeting at that time'
      USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Booking_integrity" BEFORE INSERT OR UPDATE OF "status", "slotId", "menteeId" ON "Booking"
  FOR EACH ROW WHEN (NEW.status = 'BOOKED') EXECUTE FUNCTION duomentor_check_booking();

-- Slots of one mentor never overlap (cancelled slots do not count).
CREATE FUNCTION duomentor_check_slot_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Membership" WHERE id = NEW."mentorId" FOR UPDATE;
  IF EXISTS (
    SELECT 1 FROM "AvailabilitySlot" o
     WHERE o."mentorId" = NEW."mentorId" AND o.id <> NEW.id AND o."cancelledAt" IS NULL
       AND o."startsAt" < NEW."endsAt" AND o."endsAt" > NEW."startsAt"
  ) THEN
    RAISE EXCEPTION 'AvailabilitySlot_no_overlap: the mentor already has a slot at that time'
      USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "AvailabilitySlot_no_overlap" BEFORE INSERT OR UPDATE OF "startsAt", "endsAt", "mentorId", "cancelledAt"
  ON "AvailabilitySlot" FOR EACH ROW WHEN (NEW."cancelledAt" IS NULL) EXECUTE FUNCTION duomentor_check_slot_overlap();
