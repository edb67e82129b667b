/**
 * Reminder emails before face-to-face meetings. Idempotent: each reminder has a dedupeKey
 * (booking id + start time), so running this every few minutes queues each one once; a
 * rescheduled meeting is a new booking and gets its own. Run by scripts/booking-reminders.ts
 * (npm run booking:reminders, e.g. hourly from cron). No server-only imports: scripts use it.
 */
import type { Db } from "../db/client";
import { email } from "../emails";
import { formatDateTime } from "../format";
import { enqueueEmails, type Email } from "../outbox/enqueue";
import { clock } from "../clock";

export const REMINDER_HOURS_AHEAD = 24;

export async function enqueueBookingReminders(
  db: Db,
  now = clock(),
  hoursAhead = REMINDER_HOURS_AHEAD,
): Promise<{ due: number; queued: number }> {
  const until = new Date(now.getTime() + hoursAhead * 3_600_000);
  const bookings = await db.booking.findMany({
    where: {
      status: "BOOKED",
      slot: { cancelledAt: null, startsAt: { gt: now, lte: until }, cohort: { status: "ACTIVE" } },
      mentee: { status: "ACTIVE" },
    },
    select: {
      id: true,
      mentee: { select: { user: { select: { id: true, email: true, name: true } } } },
      slot: {
        select: {
          startsAt: true,
          place: true,
          kind: true,
          cohort: { select: { timeZone: true } },
          mentor: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  const emails: Email[] = bookings.map((b) => {
    const when = formatDateTime(b.slot.startsAt, b.slot.cohort.timeZone);
    return {
      userId: b.mentee.user.id,
      toEmail: b.mentee.user.email,
      dedupeKey: `reminder.meeting:${b.id}:${b.slot.startsAt.toISOString()}`,
      ...email("reminder.meeting", {
        name: b.mentee.user.name,
        group: b.slot.kind === "GROUP",
        mentorName: b.slot.mentor.user.name,
        when,
        place: b.slot.place,
      }),
    };
  });
  const queued = await db.$transaction(async (tx) => enqueueEmails(tx, emails));
  return { due: bookings.length, queued };
}
