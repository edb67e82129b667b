"use server";
import { legacyAction, refuse, ruleError } from "../actions";
import { audit } from "../audit";
import { coordinatorOf, lockEditableCohort, type Tx } from "../cohorts/setup";
import { db } from "../db";
import { enqueueEmail, enqueueEmails } from "../outbox/enqueue";
import { applyDecision, cohortAcceptsApplications, withdrawProblem, type ApplyRole, type Phase } from "./rules";
import { acceptMenteeApplicantsSchema, applyMenteeSchema, applyMentorSchema, withdrawSchema } from "./schemas";

/**
 * Students apply themselves (issue 3, items 3 and 5). The authorisation of an application is
 * the cohort itself: anyone signed in may apply to a cohort whose applications are open and
 * which is not closed; the cohort comes from the form's id only after that check. The
 * unique (userId, cohortId, role) key decides double submits.
 */
const DOUBLE = { message: "You have already applied.", field: undefined };
const conflicts = { userId: DOUBLE, Membership_userId_cohortId_role_key: DOUBLE };

interface Application {
  cohortId: string;
  yearOfStudy: number;
  motivation: string;
  availability: string;
  languages: string[];
  phase?: Phase;
}

async function apply(userId: string, role: ApplyRole, input: Application) {
  return db().$transaction(async (tx: Tx) => {
    // Lock the cohort row: closing applications and applying queue behind each other.
    const rows = await tx.$queryRaw<
      { id: string; name: string; status: "DRAFT" | "ACTIVE" | "CLOSED"; applicationsOpen: boolean }[]
    >`
      SELECT id, name, status::text AS status, "applicationsOpen" FROM "Cohort" WHERE id = ${input.cohortId} FOR SHARE`;
    const cohort = rows[0];
    // A missing cohort and a cohort not taking applications get the same answer.
    if (!cohort || !cohortAcceptsApplications(cohort)) refuse("This cohort is not taking applications.");
    const [user, existing] = await Promise.all([
      tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } }),
      tx.membership.findMany({
        where: { userId, cohortId: cohort.id },
        select: { id: true, role: true, status: true },
      }),
    ]);
    if (!user) refuse();
    const outcome = applyDecision({
      cohort,
      role,
      existing,
      yearOfStudy: input.yearOfStudy,
      phase: input.phase ?? null,
    });
    if (!outcome.ok) ruleError(outcome.problem, outcome.field);
    const data = {
      yearOfStudy: input.yearOfStudy,
      motivation: input.motivation,
      availabilityNote: input.availability,
      decisionReason: null,
      decidedAt: null,
      ...(role === "MENTOR" ? { phase: input.phase } : {}),
    };
    let membershipId: string;
    if (outcome.mode === "volunteer") {
      // A first-year candidate volunteers: CANDIDATE -> APPLIED, atomically.
      const candidate = existing.find((m) => m.role === "MENTEE")!;
      const { count } = await tx.membership.updateMany({
        where: { id: candidate.id, status: "CANDIDATE" },
        data: { ...data, status: "APPLIED" },
      });
      if (count !== 1) ruleError("You have already applied.");
      membershipId = candidate.id;
    } else {
      const m = await tx.membership.create({
        data: { ...data, userId, cohortId: cohort.id, role, status: "APPLIED" },
        select: { id: true },
      });
      membershipId = m.id;
    }
    await tx.user.update({ where: { id: userId }, data: { languages: input.languages }, select: { id: true } });
    // A role change: audited without the motivation text.
    await audit(tx, {
      actorId: userId,
      cohortId: cohort.id,
      action: role === "MENTOR" ? "membership.mentor_applied" : "membership.mentee_applied",
      entity: "Membership",
      entityId: membershipId,
    });
    await enqueueEmail(tx, {
      userId,
      toEmail: user.email,
      kind: "application.received",
      subject: role === "MENTOR" ? "Your application to mentor" : "Your application to be mentored",
      body: `Hello ${user.name},\n\nthank you for applying ${role === "MENTOR" ? "to mentor" : "to be mentored"} in ${cohort.name}. The coordinators will let you know their decision.\n\nYou can see or withdraw your application in DuoMentor under Apply.`,
    });
    return { membershipId, role };
  });
}

export const applyToMentorAction = legacyAction({
  name: "applications.apply_mentor",
  schema: applyMentorSchema,
  successMessage: "Thank you: your application to mentor is in. The coordinators will be in touch.",
  revalidate: () => ["/apply"],
  conflicts,
  async run({ userId, input }) {
    return apply(userId, "MENTOR", input);
  },
});

export const applyToBeMentoredAction = legacyAction({
  name: "applications.apply_mentee",
  schema: applyMenteeSchema,
  successMessage: "Thank you: your application to be mentored is in. The coordinators will be in touch.",
  revalidate: () => ["/apply"],
  conflicts,
  async run({ userId, input }) {
    return apply(userId, "MENTEE", input);
  },
});

/** The applicant withdraws their own open application (APPLIED -> WITHDRAWN, atomically). */
export const withdrawApplicationAction = legacyAction({
  name: "applications.withdraw",
  schema: withdrawSchema,
  successMessage: "Your application is withdrawn.",
  revalidate: () => ["/apply"],
  async run({ userId, input }) {
    const m = await db().membership.findUnique({
      where: { id: input.membershipId },
      select: { id: true, userId: true, cohortId: true, role: true, status: true },
    });
    // Someone else's application gets the same answer as a missing one.
    if (!m || m.userId !== userId || (m.role !== "MENTOR" && m.role !== "MENTEE")) refuse();
    const problem = withdrawProblem(m, userId);
    if (problem) ruleError(problem);
    return db().$transaction(async (tx) => {
      const { count } = await tx.membership.updateMany({
        where: { id: m.id, userId, status: "APPLIED" },
        data: { status: "WITHDRAWN", decidedAt: new Date() },
      });
      if (count !== 1) ruleError("This application was already decided or withdrawn.");
      await audit(tx, {
        actorId: userId,
        cohortId: m.cohortId,
        action: "membership.application_withdrawn",
        entity: "Membership",
        entityId: m.id,
      });
      return { membershipId: m.id };
    });
  },
});

/**
 * The coordinator accepts every voluntary mentee applicant of the cohort (MENTEE APPLIED ->
 * ACTIVE): they then wait for a group like drawn mentees (suggest groups / move). The random
 * draw keeps drawing only from the imported CANDIDATE first-years.
 */
export const acceptMenteeApplicantsAction = legacyAction({
  name: "applications.accept_mentees",
  schema: acceptMenteeApplicantsSchema,
  successMessage: (d: { accepted: number }) =>
    `${d.accepted} mentee applicant(s) accepted. Place them in groups on the Groups page.`,
  revalidate: (_d, input) => [
    `/coordinator/cohorts/${input.cohortId}/people`,
    `/coordinator/cohorts/${input.cohortId}/groups`,
    "/coordinator",
  ],
  async run({ userId, input }) {
    const cohort = await db().cohort.findUnique({ where: { id: input.cohortId }, select: { id: true, name: true } });
    if (!cohort) refuse();
    await coordinatorOf(userId, cohort.id);
    return db().$transaction(async (tx) => {
      await lockEditableCohort(tx, cohort.id);
      const applicants = await tx.membership.findMany({
        where: { cohortId: cohort.id, role: "MENTEE", status: "APPLIED" },
        select: { id: true, user: { select: { id: true, email: true, name: true } } },
      });
      if (applicants.length === 0) ruleError("There are no mentee applicants to accept.");
      const { count } = await tx.membership.updateMany({
        where: { id: { in: applicants.map((a) => a.id) }, status: "APPLIED" },
        data: { status: "ACTIVE", decidedAt: new Date(), decisionReason: "Voluntary application accepted" },
      });
      if (count !== applicants.length) ruleError("Some applications changed meanwhile. Please reload and try again.");
      await audit(tx, {
        actorId: userId,
        cohortId: cohort.id,
        action: "membership.mentee_applicants_accepted",
        entity: "Cohort",
        entityId: cohort.id,
        detail: { count },
      });
      await enqueueEmails(
        tx,
        applicants.map(({ user }) => ({
          userId: user.id,
          toEmail: user.email,
          kind: "mentee.accepted",
          subject: "You are a mentee in the programme",
          body: `Hello ${user.name},\n\nyour application to be mentored in ${cohort.name} was accepted. Your mentors will be in touch once the groups are set.\n\nSign in to DuoMentor to see the details.`,
        })),
      );
      return { accepted: count };
    });
  },
});
