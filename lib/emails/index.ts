/**
 * Every email the app sends: its subject and body, per kind, in one place (to read, to review
 * for privacy, and to translate). Callers pass the facts; nothing here reads the database.
 *
 *   enqueueEmails(tx, people.map((p) => ({ userId, toEmail, ...email("booking.cancelled", {...}) })))
 *
 * Privacy rule for every kind: never a referral reason, a contact note, a grade or a survey
 * answer; name the thing and link to the app.
 */

export interface EmailText {
  kind: EmailKind;
  subject: string;
  body: string;
}

const signIn = "Sign in to DuoMentor to see the details.";

/** A short notice to a person: greeting, what happened, where to look. */
function notice(name: string, text: string, footer = signIn): string {
  return `Hello ${name},\n\n${text}\n\n${footer}`;
}

const KINDS = {
  // ------------------------------------------------------------ accounts
  invitation: (p: { name: string; cohortName: string; url: string; days: number }) => ({
    subject: `You are invited to ${p.cohortName} on DuoMentor`,
    body: `Hello ${p.name},\n\nYou have been added to ${p.cohortName}, the dual peer mentoring programme. Set your password to sign in:\n\n${p.url}\n\nThe link works once and for ${p.days} days.`,
  }),

  // ------------------------------------------------------------ applications and setup
  "application.received": (p: { name: string; role: "MENTOR" | "MENTEE"; cohortName: string }) => ({
    subject: p.role === "MENTOR" ? "Your application to mentor" : "Your application to be mentored",
    body: `Hello ${p.name},\n\nthank you for applying ${p.role === "MENTOR" ? "to mentor" : "to be mentored"} in ${p.cohortName}. The coordinators will let you know their decision.\n\nYou can see or withdraw your application in DuoMentor under Apply.`,
  }),
  "mentee.accepted": (p: { name: string; cohortName: string }) => ({
    subject: "You are a mentee in the programme",
    body: notice(
      p.name,
      `your application to be mentored in ${p.cohortName} was accepted. Your mentors will be in touch once the groups are set.`,
    ),
  }),
  "mentor.accepted": (p: { name: string }) => ({
    subject: "You are a mentor in the programme",
    body: notice(p.name, "Your application to mentor was accepted. Your training comes next."),
  }),
  "mentor.declined": (p: { name: string }) => ({
    subject: "About your mentor application",
    body: notice(
      p.name,
      "Thank you for applying to mentor. This year your application was not accepted; the coordinators wrote you a reason in the app.",
    ),
  }),
  "pair.formed": (p: { name: string; label: string }) => ({
    subject: `You are now mentoring ${p.label}`,
    body: notice(p.name, `You have been joined with a co-mentor as ${p.label}.`),
  }),
  "pair.dissolved": (p: { name: string; label: string }) => ({
    subject: `${p.label} has changed`,
    body: notice(p.name, `The coordinators dissolved ${p.label}. You will hear about your new group shortly.`),
  }),
  "group.placed": (p: { name: string }) => ({
    subject: "Your mentee group has changed",
    body: notice(p.name, "The coordinators placed mentees in groups."),
  }),
  "group.moved": (p: { name: string; toLabel: string | null }) => ({
    subject: "Your mentee group has changed",
    body: notice(p.name, p.toLabel ? `A mentee moved to ${p.toLabel}.` : "A mentee left a group."),
  }),
  "groups.published.mentor": (p: { name: string; cohortName: string }) => ({
    subject: `Your mentor pair and group in ${p.cohortName}`,
    body: notice(
      p.name,
      "Your co-mentor and your group of mentees are now in the app. Please read and acknowledge the mentoring agreement.",
    ),
  }),
  "groups.published.mentee": (p: { name: string; cohortName: string }) => ({
    subject: `Meet your two mentors in ${p.cohortName}`,
    body: notice(
      p.name,
      "Your clinical and preclinical mentors are now in the app. Please read and acknowledge the mentoring agreement.",
    ),
  }),

  // ------------------------------------------------------------ contacts
  "reminder.contact_due": (p: { name: string; menteeName: string; pairLabel: string; logUrl: string }) => ({
    subject: `A contact with ${p.menteeName} is due today`,
    body: contactReminder(p.name, `A contact with ${p.menteeName} (${p.pairLabel}) is due today.`, p.logUrl),
  }),
  "reminder.contact_overdue": (p: {
    name: string;
    menteeName: string;
    pairLabel: string;
    dueOn: string;
    statusText: string;
    logUrl: string;
  }) => ({
    subject: `Contact with ${p.menteeName} is overdue`,
    body: contactReminder(
      p.name,
      `The contact with ${p.menteeName} (${p.pairLabel}) was due on ${p.dueOn} and is now ${p.statusText}.`,
      p.logUrl,
    ),
  }),
  "digest.contacts_overdue": (p: {
    name: string;
    cohortName: string;
    today: string;
    lines: string[];
    url: string;
  }) => ({
    subject: `${p.lines.length} overdue contact${p.lines.length === 1 ? "" : "s"} in ${p.cohortName}`,
    body: [`Hi ${p.name},`, "", `Overdue contacts on ${p.today}:`, ...p.lines, "", `Details: ${p.url}`].join("\n"),
  }),

  // ------------------------------------------------------------ templates
  "template.send": (p: { subject: string; body: string; inboxUrl: string }) => ({
    subject: p.subject,
    body: `${p.body}\n\n--\nSent through DuoMentor. You can also read it in the app: ${p.inboxUrl}`,
  }),

  // ------------------------------------------------------------ meetings
  "booking.slot_cancelled": (p: { name: string; when: string; place: string; message: string }) => ({
    subject: `Your meeting on ${p.when} is cancelled`,
    body: `Hello ${p.name},\n\nYour mentor cancelled the meeting on ${p.when} (${p.place}).\n\nTheir message: ${p.message}\n\nYou can book another time in DuoMentor under "Book a meeting".`,
  }),
  "booking.cancelled": (p: { name: string; when: string; place: string }) => ({
    subject: `Your meeting on ${p.when} is cancelled`,
    body: `Hello ${p.name},\n\nYour meeting on ${p.when} (${p.place}) was cancelled by your mentors.\n\nYou can book another time in DuoMentor under "Book a meeting".`,
  }),
  "reminder.meeting": (p: { name: string; group: boolean; mentorName: string; when: string; place: string }) => ({
    subject: `Reminder: your mentoring meeting on ${p.when}`,
    body:
      `Hello ${p.name},\n\n` +
      `This is a reminder of your ${p.group ? "group meeting" : "meeting"} with ${p.mentorName} ` +
      `on ${p.when} at ${p.place}.\n\nIf you cannot come, tell your mentors as early as you can.`,
  }),

  // ------------------------------------------------------------ referrals (never the reason)
  "referral.urgent": (p: { url: string }) => ({
    subject: "Urgent referral waiting for your review",
    body:
      "A mentor has filed an URGENT referral (risk to safety). Please review it now in DuoMentor:\n\n" +
      `${p.url}\n\n` +
      "For confidentiality this email does not contain the details.",
  }),
  "referral.requestInfo": (p: { url: string }) => ({
    subject: "The supervisor asks about a referral",
    body: `The faculty supervisor asked for more information about one of your group's referrals. Open it in DuoMentor:\n\n${p.url}`,
  }),
  "referral.answer": (p: { url: string }) => ({
    subject: "A mentor answered about a referral",
    body: `A mentor answered your question about a referral. Open it in DuoMentor:\n\n${p.url}`,
  }),
} satisfies Record<string, (p: never) => { subject: string; body: string }>;

function contactReminder(name: string, line: string, logUrl: string): string {
  return [
    `Hi ${name},`,
    "",
    line,
    "A call, message, email or meeting by you or your co-mentor counts. If they do not answer, log the attempt and try again: persistence is what mentees value most.",
    "",
    `Log it here: ${logUrl}`,
  ].join("\n");
}

export type EmailKind = keyof typeof KINDS;
export type EmailParams<K extends EmailKind> = Parameters<(typeof KINDS)[K]>[0];

/** The subject and body of one email of `kind`, with its kind (the outbox records it). */
export function email<K extends EmailKind>(kind: K, params: EmailParams<K>): EmailText {
  const render = KINDS[kind] as (p: EmailParams<K>) => { subject: string; body: string };
  return { kind, ...render(params) };
}
