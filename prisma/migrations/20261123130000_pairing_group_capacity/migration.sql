-- Pairing: a group never exceeds the cohort's group size, and no one is in the group they
-- mentor themselves. Hand-written (Prisma cannot express triggers); race-free because the
-- trigger locks the pair row before counting, so concurrent inserts or moves into one group
-- queue behind each other (READ COMMITTED: each statement of the function sees the rows the
-- previous holder of the lock committed, and rows earlier in the same statement).
CREATE FUNCTION duomentor_check_group_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  size integer;
  taken integer;
BEGIN
  PERFORM 1 FROM "MentorPair" p WHERE p.id = NEW."pairId" FOR UPDATE;
  SELECT c."groupSize" INTO size FROM "Cohort" c WHERE c.id = NEW."cohortId";
  SELECT count(*) INTO taken FROM "MenteeAssignment" a WHERE a."pairId" = NEW."pairId" AND a.id <> NEW.id;
  IF taken >= size THEN
    RAISE EXCEPTION 'MenteeAssignment_group_full: the group already has % mentees', taken
      USING ERRCODE = '23514';
  END IF;
  IF EXISTS (
    SELECT 1 FROM "MentorPair" p
      JOIN "Membership" cm ON cm.id = p."clinicalMentorId"
      JOIN "Membership" pm ON pm.id = p."preclinicalMentorId"
      JOIN "Membership" me ON me.id = NEW."menteeId"
    WHERE p.id = NEW."pairId" AND me."userId" IN (cm."userId", pm."userId")
  ) THEN
    RAISE EXCEPTION 'MenteeAssignment_self_mentoring: no one can be in the group they mentor'
      USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "MenteeAssignment_capacity" BEFORE INSERT OR UPDATE OF "pairId" ON "MenteeAssignment"
  FOR EACH ROW EXECUTE FUNCTION duomentor_check_group_capacity();
