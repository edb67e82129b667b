import "server-only";
import type { Tx } from "../actions";

/**
 * A person's own data, for the right of access and portability (issue 16, item 8; what is in it
 * and why: docs/decisions/064-data-rights-and-retention.md). Everything recorded about or by the
 * person, as their own role may see it: never another person's private note (a mentee's export
 * has the contacts about them without the mentors' notes), never a referral's reason or the
 * supervisor's messages (a mentee sees that a referral exists and its status; a mentor's export
 * lists the referrals they made without the reason, which is the mentee's health data), never a
 * password hash, token or session id.
 */
export interface DataExport {
  filename: string;
  mime: string;
  content: string;
  records: number;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export async function collectPersonalData(tx: Tx, userId: string, now: Date) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      phone: true,
      preferredChannel: true,
      gender: true,
      international: true,
      languages: true,
      ssoSubject: true,
      createdAt: true,
      lastLoginAt: true,
      memberships: {
        select: {
          id: true,
          role: true,
          status: true,
          phase: true,
          yearOfStudy: true,
          dormitory: true,
          motivation: true,
          availabilityNote: true,
          decisionReason: true,
          decidedAt: true,
          drawnAt: true,
          trainingCompletedAt: true,
          createdAt: true,
          cohort: { select: { name: true, academicYear: true } },
          trainings: { select: { module: true, completedAt: true } },
          agreementAcks: { select: { acknowledgedAt: true, pair: { select: { label: true } } } },
          contactsLogged: {
            select: {
              occurredAt: true,
              channel: true,
              outcome: true,
              minutes: true,
              topics: true,
              note: true, // the mentor's own note
              followUpOn: true,
              mentee: { select: { user: { select: { name: true } } } },
            },
            orderBy: { occurredAt: "asc" },
          },
          contactsReceived: {
            select: {
              occurredAt: true,
              channel: true,
              outcome: true,
              minutes: true,
              topics: true,
              mentor: { select: { user: { select: { name: true } } } },
            },
            orderBy: { occurredAt: "asc" },
          },
          bookings: {
            select: {
              status: true,
              bookedAt: true,
              cancelledAt: true,
              cancelledById: true,
              cancelReason: true,
              slot: { select: { startsAt: true, endsAt: true, place: true } },
            },
          },
          slots: {
            select: { startsAt: true, endsAt: true, place: true, kind: true, capacity: true, cancelledAt: true },
          },
          referralsAbout: { select: { category: true, status: true, createdAt: true, closedAt: true } },
          referralsMade: { select: { category: true, urgency: true, status: true, createdAt: true, closedAt: true } },
          templatesReceived: { select: { subject: true, body: true, sentAt: true, readAt: true } },
          templatesSent: { select: { subject: true, sentAt: true } },
          attendances: { select: { status: true, session: { select: { title: true, kind: true, startsAt: true } } } },
          sessionFeedback: {
            select: { rating: true, comment: true, createdAt: true, session: { select: { title: true } } },
          },
          surveyResponses: {
            select: {
              submittedAt: true,
              survey: { select: { title: true } },
              answers: { select: { likert: true, text: true, item: { select: { prompt: true } } } },
            },
          },
        },
      },
      authSessions: {
        select: { createdAt: true, lastSeenAt: true, method: true, userAgent: true, endedAt: true, endReason: true },
        orderBy: { createdAt: "desc" },
        take: 200,
      },
    },
  });
  const actions = await tx.auditEvent.findMany({
    where: { actorId: userId },
    select: { action: true, entity: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 2000,
  });

  const m = user.memberships;
  const cohortOf = (x: (typeof m)[number]) => `${x.cohort.name} (${x.cohort.academicYear})`;
  return {
    generatedAt: now.toISOString(),
    profile: [
      {
        name: user.name,
        email: user.email,
        phone: user.phone,
        preferredChannel: user.preferredChannel,
        gender: user.gender,
        international: user.international,
        languages: user.languages.join("; "),
        universitySignInLinked: user.ssoSubject !== null,
        createdAt: iso(user.createdAt),
        lastSignInAt: iso(user.lastLoginAt),
      },
    ],
    memberships: m.map((x) => ({
      cohort: cohortOf(x),
      role: x.role,
      status: x.status,
      phase: x.phase,
      yearOfStudy: x.yearOfStudy,
      dormitory: x.dormitory,
      motivation: x.motivation,
      availability: x.availabilityNote,
      decisionReason: x.decisionReason,
      decidedAt: iso(x.decidedAt),
      drawnAt: iso(x.drawnAt),
      trainingCompletedAt: iso(x.trainingCompletedAt),
      createdAt: iso(x.createdAt),
    })),
    trainings: m.flatMap((x) =>
      x.trainings.map((t) => ({ cohort: cohortOf(x), module: t.module, completedAt: iso(t.completedAt) })),
    ),
    agreements: m.flatMap((x) =>
      x.agreementAcks.map((a) => ({ cohort: cohortOf(x), group: a.pair.label, acknowledgedAt: iso(a.acknowledgedAt) })),
    ),
    contactsLogged: m.flatMap((x) =>
      x.contactsLogged.map((c) => ({
        cohort: cohortOf(x),
        occurredAt: iso(c.occurredAt),
        with: c.mentee?.user.name ?? "the whole group",
        channel: c.channel,
        outcome: c.outcome,
        minutes: c.minutes,
        topics: c.topics.join("; "),
        note: c.note,
        followUpOn: c.followUpOn?.toISOString().slice(0, 10) ?? null,
      })),
    ),
    contactsAboutYou: m.flatMap((x) =>
      x.contactsReceived.map((c) => ({
        cohort: cohortOf(x),
        occurredAt: iso(c.occurredAt),
        mentor: c.mentor.user.name,
        channel: c.channel,
        outcome: c.outcome,
        minutes: c.minutes,
        topics: c.topics.join("; "),
      })),
    ),
    bookings: m.flatMap((x) =>
      x.bookings.map((b) => ({
        cohort: cohortOf(x),
        startsAt: iso(b.slot.startsAt),
        endsAt: iso(b.slot.endsAt),
        place: b.slot.place,
        status: b.status,
        bookedAt: iso(b.bookedAt),
        cancelledAt: iso(b.cancelledAt),
        yourCancelReason: b.cancelledById === userId ? b.cancelReason : null,
      })),
    ),
    meetingTimesOffered: m.flatMap((x) =>
      x.slots.map((s) => ({
        cohort: cohortOf(x),
        startsAt: iso(s.startsAt),
        endsAt: iso(s.endsAt),
        place: s.place,
        kind: s.kind,
        capacity: s.capacity,
        cancelledAt: iso(s.cancelledAt),
      })),
    ),
    referralsAboutYou: m.flatMap((x) =>
      x.referralsAbout.map((r) => ({
        cohort: cohortOf(x),
        category: r.category,
        status: r.status,
        createdAt: iso(r.createdAt),
        closedAt: iso(r.closedAt),
      })),
    ),
    referralsYouMade: m.flatMap((x) =>
      x.referralsMade.map((r) => ({
        cohort: cohortOf(x),
        category: r.category,
        urgency: r.urgency,
        status: r.status,
        createdAt: iso(r.createdAt),
        closedAt: iso(r.closedAt),
      })),
    ),
    emailsReceived: m.flatMap((x) =>
      x.templatesReceived.map((t) => ({
        cohort: cohortOf(x),
        subject: t.subject,
        body: t.body,
        sentAt: iso(t.sentAt),
        readAt: iso(t.readAt),
      })),
    ),
    emailsSent: m.flatMap((x) =>
      x.templatesSent.map((t) => ({ cohort: cohortOf(x), subject: t.subject, sentAt: iso(t.sentAt) })),
    ),
    sessionsAttended: m.flatMap((x) =>
      x.attendances.map((a) => ({
        cohort: cohortOf(x),
        session: a.session.title,
        kind: a.session.kind,
        startsAt: iso(a.session.startsAt),
        status: a.status,
      })),
    ),
    feedbackGiven: m.flatMap((x) =>
      x.sessionFeedback.map((f) => ({
        cohort: cohortOf(x),
        session: f.session.title,
        rating: f.rating,
        comment: f.comment,
        createdAt: iso(f.createdAt),
      })),
    ),
    surveyAnswers: m.flatMap((x) =>
      x.surveyResponses.flatMap((r) =>
        r.answers.map((a) => ({
          cohort: cohortOf(x),
          survey: r.survey.title,
          submittedAt: iso(r.submittedAt),
          question: a.item.prompt,
          rating: a.likert,
          text: a.text,
        })),
      ),
    ),
    signIns: user.authSessions.map((s) => ({
      startedAt: iso(s.createdAt),
      lastActiveAt: iso(s.lastSeenAt),
      method: s.method,
      device: s.userAgent,
      endedAt: iso(s.endedAt),
      endReason: s.endReason,
    })),
    yourActions: actions.map((a) => ({ action: a.action, record: a.entity, at: iso(a.createdAt) })),
  };
}

type Row = Record<string, string | number | boolean | null>;

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV for every section: section, record number, field, value (opens in any spreadsheet). */
export function toCsv(data: Record<string, unknown>): string {
  const lines = ["section,record,field,value"];
  for (const [section, value] of Object.entries(data)) {
    if (!Array.isArray(value)) {
      lines.push([section, "", "", value].map(csvCell).join(","));
      continue;
    }
    (value as Row[]).forEach((row, i) => {
      for (const [field, v] of Object.entries(row)) lines.push([section, i + 1, field, v].map(csvCell).join(","));
    });
  }
  return lines.join("\r\n") + "\r\n";
}

export async function personalDataExport(
  tx: Tx,
  userId: string,
  format: "json" | "csv",
  now: Date,
): Promise<DataExport> {
  const data = await collectPersonalData(tx, userId, now);
  const records = Object.values(data).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  const day = now.toISOString().slice(0, 10);
  return format === "json"
    ? {
        filename: `duomentor-my-data-${day}.json`,
        mime: "application/json",
        content: JSON.stringify(data, null, 2),
        records,
      }
    : { filename: `duomentor-my-data-${day}.csv`, mime: "text/csv", content: toCsv(data), records };
}
