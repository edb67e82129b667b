/**
 * Contact reminders, queued in the email outbox (delivered by `npm run outbox:send`):
 * - a mentor is reminded when a mentee's contact becomes due (due today), and again once it is
 *   overdue; both mentors of the pair, since a contact by either counts;
 * - each coordinator gets one daily digest of the cohort's overdue contacts.
 * Idempotent: every email has a dedupeKey (unique in the outbox), so running the job twice, or
 * every hour, never sends the same reminder twice:
 *   contact-due:<mentorMembershipId>:<menteeMembershipId>:<dueDate>
 *   contact-overdue:<mentorMembershipId>:<menteeMembershipId>:<dueDate>
 *   overdue-digest:<coordinatorMembershipId>:<localDate>
 * The cadence comes from lib/contacts/rules.ts, the same function the pages use. Emails name
 * mentees and dates, never notes. No "server-only": scripts/reminders.ts runs it.
 */
import type { Db } from "../db/client";
import { type Email, enqueueEmails } from "../outbox/enqueue";
import { localDate } from "../time";
import { cadenceOf, lastCompletedContacts, loadCohortCadence } from "./data";
import { email } from "../emails";
import { isPaused, statusLabel } from "./rules";
import { clock } from "../clock";

export interface ReminderRun {
  cohorts: number;
  queued: number;
  skippedAsDuplicates: number;
  dueReminders: number;
  overdueReminders: number;
  digests: number;
}

export async function runContactReminders(
  prisma: Db,
  opts: { now?: Date; appUrl?: string } = {},
): Promise<ReminderRun> {
  const now = opts.now ?? clock();
  const appUrl = (opts.appUrl ?? "").replace(/\/$/, "");
  const run: ReminderRun = {
    cohorts: 0,
    queued: 0,
    skippedAsDuplicates: 0,
    dueReminders: 0,
    overdueReminders: 0,
    digests: 0,
  };
  const cohorts = await prisma.cohort.findMany({
    where: { status: "ACTIVE", groupsPublishedAt: { not: null } },
    select: { id: true },
  });

  for (const { id: cohortId } of cohorts) {
    const cohort = await loadCohortCadence(prisma, cohortId);
    if (!cohort) continue;
    run.cohorts++;
    const today = localDate(now, cohort.cadence.timeZone);
    if (today < cohort.cadence.startsOn || today > cohort.cadence.endsOn) continue;
    const mentor = {
      select: { id: true, status: true, user: { select: { id: true, name: true, email: true } } },
    } as const;
    const [rows, pairs, coordinators] = await Promise.all([
      lastCompletedContacts(prisma, cohortId),
      prisma.mentorPair.findMany({
        where: { cohortId },
        select: {
          id: true,
          label: true,
          clinicalMentor: mentor,
          preclinicalMentor: mentor,
          mentees: { select: { mentee: { select: { id: true, user: { select: { name: true } } } } } },
        },
      }),
      prisma.membership.findMany({
        where: { cohortId, role: "COORDINATOR", status: "ACTIVE" },
        select: { id: true, user: { select: { id: true, email: true, name: true } } },
      }),
    ]);
    const pairOf = new Map(pairs.map((p) => [p.id, p]));
    const nameOf = new Map(pairs.flatMap((p) => p.mentees.map((m) => [m.mentee.id, m.mentee.user.name] as const)));
    const statuses = cadenceOf(cohort, rows, now);
    const emails: Email[] = [];
    const paused = isPaused(today, cohort.paused);

    if (!paused) {
      for (const s of statuses) {
        if (s.status.kind !== "due_today" && s.status.kind !== "overdue") continue;
        const pair = pairOf.get(s.pairId);
        if (!pair) continue;
        const menteeName = nameOf.get(s.menteeId) ?? "a mentee";
        const due = s.status.kind === "due_today";
        for (const m of [pair.clinicalMentor, pair.preclinicalMentor]) {
          if (m.status !== "ACTIVE") continue;
          const logUrl = `${appUrl}/mentor/contacts/new?mentee=${s.menteeId}`;
          const params = { name: m.user.name, menteeName, pairLabel: pair.label, logUrl };
          emails.push({
            userId: m.user.id,
            toEmail: m.user.email,
            dedupeKey: `${due ? "contact-due" : "contact-overdue"}:${m.id}:${s.menteeId}:${s.status.nextDueOn}`,
            ...(due
              ? email("reminder.contact_due", params)
              : email("reminder.contact_overdue", {
                  ...params,
                  days: s.status.kind === "overdue" ? s.status.daysOverdue : 1,
                })),
          });
          if (due) run.dueReminders++;
          else run.overdueReminders++;
        }
      }
    }

    const overdue = statuses.filter((s) => s.status.kind === "overdue");
    if (overdue.length > 0) {
      const lines = overdue.map(
        (s) =>
          `- ${nameOf.get(s.menteeId) ?? "?"} (${pairOf.get(s.pairId)?.label ?? "?"}): ${statusLabel(s.status).toLowerCase()}, due ${s.status.nextDueOn}`,
      );
      for (const c of coordinators) {
        emails.push({
          userId: c.user.id,
          toEmail: c.user.email,
          dedupeKey: `overdue-digest:${c.id}:${today}`,
          ...email("digest.contacts_overdue", {
            name: c.user.name,
            cohortName: cohort.name,
            today,
            lines,
            url: `${appUrl}/coordinator/compliance`,
          }),
        });
        run.digests++;
      }
    }

    const queued = await prisma.$transaction(async (tx) => enqueueEmails(tx, emails));
    run.queued += queued;
    run.skippedAsDuplicates += emails.length - queued;
  }
  return run;
}
