/**
 * The deterministic demo programme: the reference dual peer mentoring cohort of
 * ../shared/DOMAIN.md (150 first-years, 36 mentees in 6 groups of 6, 12 mentors in 6
 * clinical + preclinical pairs) with a few weeks of history before `today`.
 *
 * One file per table (or a few that belong together), the texts as data in texts/:
 *   people.ts          users: staff, mentors, first-years         cohort.ts       cohort, memberships, training
 *   pairs-groups.ts    the real draw and grouping, pairs, acks     support-centres.ts
 *   templates.ts       library and sends                           bookings.ts     slots and bookings
 *   contacts.ts        the contact history                         referrals.ts    referrals and events
 *   sessions.ts        sessions and attendance                     survey.ts
 *   semesters.ts       the cohort's two semesters
 *
 * Deterministic: every choice comes from a seeded PRNG (mulberry32, one stream per purpose,
 * context.ts), every date from `today`, and ids are fixed strings ("cdemousr0001": cuid-shaped,
 * so id validators accept them). Same `today` => same rows (only the Argon2 hash differs, it has
 * a random salt). Fast: all rows are built in memory first, then written with one createMany per
 * table inside one interactive transaction (which uses only `tx`: on PGlite a query on the outer
 * client inside a transaction waits forever).
 */
import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../actions";
import { hashPassword } from "../auth/password";
import type { Db } from "../db/client";
import { bookingRows } from "./bookings";
import { cohortRows, DEMO_COHORT_NAME, demoMembershipIds, membershipRows } from "./cohort";
import { contactBook, contactHistory } from "./contacts";
import { DEMO_TIME_ZONE, demoCalendar, demoCohortStart, idOf } from "./context";
import { examResultRows, hoursCertificateRows } from "./outcomes";
import { drawAndGroup, pairsAndGroups } from "./pairs-groups";
import { buildPeople, DEMO_EMAILS } from "./people";
import { referralRows } from "./referrals";
import { semesterRows } from "./semesters";
import { sessionRows } from "./sessions";
import { supportCentreRows } from "./support-centres";
import { surveyRows } from "./survey";
import { libraryRows, templateSendRows } from "./templates";
import type { DemoWorld } from "./world";

export { DEMO_COHORT_NAME, DEMO_EMAILS, DEMO_TIME_ZONE, demoCohortStart };
export const DEMO_PASSWORD = "duomentor-demo";

export interface DemoLogin {
  role: string;
  email: string;
  name: string;
}

export interface DemoData {
  logins: DemoLogin[];
  users: Prisma.UserCreateManyInput[];
  cohort: Prisma.CohortCreateManyInput;
  pausedPeriods: Prisma.PausedPeriodCreateManyInput[];
  semesters: Prisma.SemesterCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  trainings: Prisma.TrainingCompletionCreateManyInput[];
  pairs: Prisma.MentorPairCreateManyInput[];
  assignments: Prisma.MenteeAssignmentCreateManyInput[];
  agreementAcks: Prisma.AgreementAcknowledgementCreateManyInput[];
  supportCentres: Prisma.SupportCentreCreateManyInput[];
  templates: Prisma.EmailTemplateCreateManyInput[];
  slots: Prisma.AvailabilitySlotCreateManyInput[];
  bookings: Prisma.BookingCreateManyInput[];
  contactLogs: Prisma.ContactLogCreateManyInput[];
  templateSends: Prisma.TemplateSendCreateManyInput[];
  referrals: Prisma.ReferralCreateManyInput[];
  referralEvents: Prisma.ReferralEventCreateManyInput[];
  sessions: Prisma.ProgramSessionCreateManyInput[];
  attendance: Prisma.AttendanceCreateManyInput[];
  sessionFeedback: Prisma.SessionFeedbackCreateManyInput[];
  surveys: Prisma.SurveyCreateManyInput[];
  surveyItems: Prisma.SurveyItemCreateManyInput[];
  surveyResponses: Prisma.SurveyResponseCreateManyInput[];
  surveyAnswers: Prisma.SurveyAnswerCreateManyInput[];
  auditEvents: Prisma.AuditEventCreateManyInput[];
  examResults: Prisma.ExamResultCreateManyInput[];
  hoursCertificates: Prisma.HoursCertificateCreateManyInput[];
}

/**
 * Builds every row of the demo programme in memory (no database). `passwordHash` is shared
 * by all demo users.
 */
export function buildDemoData(today: Date, passwordHash: string): DemoData {
  const cal = demoCalendar(today);
  const cohortId = idOf("coh", 1);
  const people = buildPeople();
  const draw = drawAndGroup(people, demoMembershipIds(people));

  const users: Prisma.UserCreateManyInput[] = people.all.map((p) => ({
    id: p.id,
    email: p.email,
    name: p.name,
    passwordHash,
    phone: p.phone,
    preferredChannel: p.preferredChannel,
    gender: p.gender,
    international: p.international,
    languages: p.languages,
    createdAt: cal.setUpAt,
    updatedAt: cal.setUpAt,
  }));
  const { cohort, pausedPeriods } = cohortRows(cal, cohortId, draw);
  const semesters = semesterRows(cal, cohortId);
  const { memberships, trainings, clinicalIds, preclinicalIds, roleModelIds, mid } = membershipRows(
    cal,
    cohortId,
    people,
    draw,
  );
  const { pairs, assignments, agreementAcks, auditEvents } = pairsAndGroups({
    cal,
    cohortId,
    coordinatorUserId: people.coordinator.id,
    draw,
    clinicalIds,
    preclinicalIds,
    poolSize: people.firstYears.length,
    mid,
  });
  const world: DemoWorld = {
    cal,
    cohortId,
    people,
    groups: draw.groups,
    pairIds: pairs.map((p) => p.id!),
    clinicalIds,
    preclinicalIds,
    roleModelIds,
    mid,
  };
  const { supportCentres } = supportCentreRows(world);
  const templates = libraryRows(world);
  const { slots, bookings, attended } = bookingRows(world);
  const book = contactBook(world);
  const referralContacts = contactHistory(world, book, attended);
  const templateSends = templateSendRows(world, templates, book);
  const { referrals, referralEvents } = referralRows(world, referralContacts);
  const {
    sessions,
    attendance,
    feedback: sessionFeedback,
  } = sessionRows(world, {
    modules: (cohort.trainingModules as string[] | undefined) ?? ["Mentoring concepts", "Communication skills"],
    pausedDays: pausedPeriods.map((p) => ({
      startsOn: (p.startsOn as Date).toISOString().slice(0, 10),
      endsOn: (p.endsOn as Date).toISOString().slice(0, 10),
    })),
  });
  const { surveys, surveyItems, surveyResponses, surveyAnswers } = surveyRows(world);
  const examResults = examResultRows(world);
  const hoursCertificates = hoursCertificateRows(world, {
    contactLogs: book.contactLogs,
    slots,
    bookings,
    sessions,
    attendance,
  });

  const login = (role: string, p: { email: string; name: string }) => ({ role, email: p.email, name: p.name });
  const logins: DemoLogin[] = [
    login("coordinator", people.coordinator),
    login("supervisor", people.supervisor),
    login("clinical mentor (Group 1)", people.clinical[0]),
    login("preclinical mentor (Group 1)", people.preclinical[0]),
    login("mentee (Group 1)", people.demoMentee),
    login("role model", people.roleModel),
  ];

  return {
    logins,
    users,
    cohort,
    pausedPeriods,
    semesters,
    memberships,
    trainings,
    pairs,
    assignments,
    agreementAcks,
    supportCentres,
    templates,
    slots,
    bookings,
    contactLogs: book.contactLogs,
    templateSends,
    referrals,
    referralEvents,
    sessions,
    attendance,
    sessionFeedback,
    surveys,
    surveyItems,
    surveyResponses,
    surveyAnswers,
    auditEvents,
    examResults,
    hoursCertificates,
  };
}

// ---------------------------------------------------------------- writing it

/** Hashed once per call of seedDemo: every demo user shares the password. */
const demoPasswordHash = () => hashPassword(DEMO_PASSWORD);

const LOGIN_ORDER: { role: string; email: string }[] = [
  { role: "coordinator", email: DEMO_EMAILS.coordinator },
  { role: "supervisor", email: DEMO_EMAILS.supervisor },
  { role: "clinical mentor (Group 1)", email: DEMO_EMAILS.clinicalMentor },
  { role: "preclinical mentor (Group 1)", email: DEMO_EMAILS.preclinicalMentor },
  { role: "mentee (Group 1)", email: DEMO_EMAILS.mentee },
  { role: "role model", email: DEMO_EMAILS.roleModel },
];

/** The demo sign-ins that exist in this database (names as stored). */
async function existingLogins(db: Db): Promise<DemoLogin[]> {
  const users = await db.user.findMany({
    where: { email: { in: LOGIN_ORDER.map((l) => l.email) } },
    select: { email: true, name: true },
  });
  const byEmail = new Map(users.map((u) => [u.email, u.name]));
  return LOGIN_ORDER.filter((l) => byEmail.has(l.email)).map((l) => ({ ...l, name: byEmail.get(l.email)! }));
}

/** One createMany per table, parents first. */
async function write(tx: Tx, d: DemoData) {
  await tx.user.createMany({ data: d.users });
  await tx.cohort.createMany({ data: [d.cohort] });
  await tx.pausedPeriod.createMany({ data: d.pausedPeriods });
  await tx.semester.createMany({ data: d.semesters });
  await tx.membership.createMany({ data: d.memberships });
  await tx.trainingCompletion.createMany({ data: d.trainings });
  await tx.mentorPair.createMany({ data: d.pairs });
  await tx.menteeAssignment.createMany({ data: d.assignments });
  await tx.agreementAcknowledgement.createMany({ data: d.agreementAcks });
  await tx.supportCentre.createMany({ data: d.supportCentres });
  await tx.emailTemplate.createMany({ data: d.templates });
  await tx.availabilitySlot.createMany({ data: d.slots });
  await tx.booking.createMany({ data: d.bookings });
  await tx.contactLog.createMany({ data: d.contactLogs });
  await tx.templateSend.createMany({ data: d.templateSends });
  await tx.referral.createMany({ data: d.referrals });
  await tx.referralEvent.createMany({ data: d.referralEvents });
  await tx.programSession.createMany({ data: d.sessions });
  await tx.attendance.createMany({ data: d.attendance });
  await tx.sessionFeedback.createMany({ data: d.sessionFeedback });
  await tx.survey.createMany({ data: d.surveys });
  await tx.surveyItem.createMany({ data: d.surveyItems });
  await tx.surveyResponse.createMany({ data: d.surveyResponses });
  await tx.surveyAnswer.createMany({ data: d.surveyAnswers });
  await tx.auditEvent.createMany({ data: d.auditEvents });
  await tx.examResult.createMany({ data: d.examResults });
  await tx.hoursCertificate.createMany({ data: d.hoursCertificates });
}

/**
 * Creates the demo programme unless a cohort already exists (then nothing is written).
 * Returns the demo sign-ins present in the database either way.
 */
export async function seedDemo(prisma: Db, opts: { today: Date }): Promise<{ created: boolean; logins: DemoLogin[] }> {
  if ((await prisma.cohort.count()) > 0) return { created: false, logins: await existingLogins(prisma) };
  const data = buildDemoData(opts.today, await demoPasswordHash());
  const created = await prisma.$transaction(
    async (tx) => {
      // Checked again inside the transaction; a concurrent seed fails on the fixed ids.
      if ((await tx.cohort.count()) > 0) return false;
      await write(tx, data);
      return true;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  return { created, logins: created ? data.logins : await existingLogins(prisma) };
}
