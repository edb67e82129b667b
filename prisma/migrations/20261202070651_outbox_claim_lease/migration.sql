-- Outbox rows claimed by a sender carry a lease: another sender (a second instance, cron while
-- the app runs) leaves them alone until it runs out, so an email being sent is not sent again.
ALTER TABLE "Outbox" ADD COLUMN "claimedUntil" TIMESTAMPTZ(3);
