/**
 * The periodic jobs, in one place: contact reminders and the coordinators' digest, meeting
 * reminders, and (with SMTP_URL) outbox delivery. Each is idempotent (dedupe keys; outbox rows
 * claimed with SKIP LOCKED), so running them from several instances, or from cron and the app at
 * once, never sends an email twice.
 */
import nodemailer from "nodemailer";
import { enqueueBookingReminders } from "../booking/reminders";
import { runContactReminders } from "../contacts/reminders";
import { runRetention } from "../data-rights/retention";
import type { Db } from "../db/client";
import { env } from "../env";
import { deliverOutbox } from "../outbox/deliver";
import { clock } from "../clock";
import { enqueueSurveyReminders } from "../surveys/reminders";
import { openSemesterSurveys } from "../surveys/semesters";
import { enqueueSessionReminders } from "../sessions/reminders";

export interface JobsRun {
  contactEmails: number;
  meetingEmails: number;
  surveyEmails: number;
  sessionEmails: number;
  /** end-of-semester surveys opened (decision 094) */
  semesterSurveys: number;
  delivered: { sent: number; failed: number } | null;
  retention: { cohorts: number; people: number };
}

let transport: ReturnType<typeof nodemailer.createTransport> | undefined;

export async function runJobs(prisma: Db, now = clock()): Promise<JobsRun> {
  const contacts = await runContactReminders(prisma, { now, appUrl: env.NEXTAUTH_URL });
  const meetings = await enqueueBookingReminders(prisma, now);
  const semesterSurveys = await openSemesterSurveys(prisma, now);
  const surveys = await enqueueSurveyReminders(prisma, { now, appUrl: env.NEXTAUTH_URL });
  const sessions = await enqueueSessionReminders(prisma, now);
  let delivered: JobsRun["delivered"] = null;
  if (env.SMTP_URL) {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    delivered = await deliverOutbox(prisma, transport, { from: env.SMTP_FROM });
  }
  const retention = await runRetention(prisma, now);
  return {
    contactEmails: contacts.queued,
    meetingEmails: meetings.queued,
    surveyEmails: surveys.queued,
    sessionEmails: sessions.queued,
    semesterSurveys: semesterSurveys.opened,
    delivered,
    retention,
  };
}
