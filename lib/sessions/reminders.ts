/**
 * Reminder emails the day before a programme session, to everyone going (REGISTERED). Idempotent:
 * one dedupeKey per session, start time and person, so running it every few minutes queues each
 * once, and a moved session reminds again. Run by lib/jobs/run.ts. No server-only imports.
 */
import { clock } from "../clock";
import type { Db } from "../db/client";
import { email } from "../emails";
import { enqueueEmails, type Email } from "../outbox/enqueue";

export const SESSION_REMINDER_HOURS_AHEAD = 24;

export async function enqueueSessionReminders(
  db: Db,
  now = clock(),
  hoursAhead = SESSION_REMINDER_HOURS_AHEAD,
): Promise<{ due: number; queued: number }> {
  const until = new Date(now.getTime() + hoursAhead * 3_600_000);
  const rows = await db.attendance.findMany({
    where: {
      status: "REGISTERED",
      session: { cancelledAt: null, startsAt: { gt: now, lte: until }, cohort: { status: "ACTIVE" } },
      membership: { status: "ACTIVE" },
    },
    select: {
      membershipId: true,
      membership: { select: { user: { select: { id: true, email: true, name: true } } } },
      session: { select: { id: true, title: true, startsAt: true, place: true } },
    },
  });
  const emails: Email[] = rows.map((r) => ({
    userId: r.membership.user.id,
    toEmail: r.membership.user.email,
    dedupeKey: `reminder.session:${r.session.id}:${r.session.startsAt.toISOString()}:${r.membershipId}`,
    ...email("reminder.session", {
      name: r.membership.user.name,
      title: r.session.title,
      when: r.session.startsAt,
      place: r.session.place,
    }),
  }));
  const queued = await db.$transaction(async (tx) => enqueueEmails(tx, emails));
  return { due: rows.length, queued };
}
