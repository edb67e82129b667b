"use server";
import { accountAction, defineAction, refuse, ruleError, type Tx } from "../actions";
import { inTurn } from "../db/in-turn";
import { clock } from "../clock";
import { loadCohort } from "../cohorts/loaders";
import { lockEditableCohort } from "../cohorts/setup";
import { email } from "../emails";
import { msg } from "../i18n/msg";
import { enqueueEmail } from "../outbox/enqueue";
import { inviteMembersWhoCannotSignIn } from "../people/invitations";
import { notifyMemberships } from "../people/notify";
import { loadCohortTakingApplications, loadOwnApplication, NOT_TAKING_APPLICATIONS } from "./loaders";
import { applyDecision, cohortAcceptsApplications, withdrawProblem, type ApplyRole, type Phase } from "./rules";
import { acceptMenteeApplicantsSchema, applyMenteeSchema, applyMentorSchema, withdrawSchema } from "./schemas";

/**
 * Students apply themselves (issue 3, items 3 and 5). Applying is an action on the caller's own
 * account (accountAction): the record is the cohort, loaded only if it takes applications (a
 * missing cohort and one not taking applications get the same answer), and checked again under
 * a lock. The unique (userId, cohortId, role) key decides double submits.
 */
const DOUBLE = { message: "You have already applied." };
const conflicts = { Membership_userId_cohortId_role_key: DOUBLE };

interface Application {
  yearOfStudy: number;
  motivation: string;
  availability: string;
  languages: string[];
  phase?: Phase;
}

interface Applied {
  membershipId: string;
  role: ApplyRole;
  cohortId: string;
}

async function apply(tx: Tx, userId: string, cohortId: string, role: ApplyRole, input: Application): Promise<Applied> {
  // Lock the cohort row: closing applications and applying queue behind each other.
  const rows = await tx.$queryRaw<
    { id: string; name: string; status: "DRAFT" | "ACTIVE" | "CLOSED"; applicationsOpen: boolean }[]
  >`
    SELECT id, name, status::text AS status, "applicationsOpen" FROM "Cohort" WHERE id = ${cohortId} FOR SHARE`;
  const cohort = rows[0];
  if (!cohort || !cohortAcceptsApplications(cohort)) refuse(NOT_TAKING_APPLICATIONS);
  const [user, existing] = await inTurn(
    () => tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } }),
    () =>
      tx.membership.findMany({
        where: { userId, cohortId: cohort.id },
        select: { id: true, role: true, status: true },
      }),
  );
  if (!user) refuse();
  const outcome = applyDecision({ cohort, role, existing, yearOfStudy: input.yearOfStudy, phase: input.phase ?? null });
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
    if (count !== 1) ruleError(DOUBLE.message);
    membershipId = candidate.id;
  } else {
    const m = await tx.membership.create({
      data: { ...data, userId, cohortId: cohort.id, role, status: "APPLIED" },
      select: { id: true },
    });
    membershipId = m.id;
  }
  await tx.user.update({ where: { id: userId }, data: { languages: input.languages }, select: { id: true } });
  await enqueueEmail(tx, {
    userId,
    toEmail: user.email,
    ...email("application.received", { name: user.name, role, cohortName: cohort.name }),
  });
  return { membershipId, role, cohortId: cohort.id };
}

// A role change: audited without the motivation text.
const appliedAudit = (d: Applied) => ({
  cohortId: d.cohortId,
  action: d.role === "MENTOR" ? "membership.mentor_applied" : "membership.mentee_applied",
  entity: "Membership",
  entityId: d.membershipId,
});

export const applyToMentorAction = accountAction({
  name: "applications.apply_mentor",
  schema: applyMentorSchema,
  successMessage: msg("apply.done.sentMentor"),
  revalidate: () => ["/apply"],
  conflicts,
  load: ({ input }) => loadCohortTakingApplications(input.cohortId),
  run: ({ userId, input, record, tx }) => apply(tx, userId, record.id, "MENTOR", input),
  audit: appliedAudit,
});

export const applyToBeMentoredAction = accountAction({
  name: "applications.apply_mentee",
  schema: applyMenteeSchema,
  successMessage: msg("apply.done.sentMentee"),
  revalidate: () => ["/apply"],
  conflicts,
  load: ({ input }) => loadCohortTakingApplications(input.cohortId),
  run: ({ userId, input, record, tx }) => apply(tx, userId, record.id, "MENTEE", input),
  audit: appliedAudit,
});

/** The applicant withdraws their own open application (APPLIED -> WITHDRAWN, atomically). */
export const withdrawApplicationAction = accountAction({
  name: "applications.withdraw",
  schema: withdrawSchema,
  successMessage: msg("apply.done.withdrawn"),
  revalidate: () => ["/apply"],
  // Someone else's application is not found: the same answer as a missing one.
  load: ({ userId, input }) => loadOwnApplication(userId, input.membershipId),
  async run({ record: m, tx }) {
    const problem = withdrawProblem(m);
    if (problem) ruleError(problem);
    const { count } = await tx.membership.updateMany({
      where: { id: m.id, userId: m.userId, status: "APPLIED" },
      data: { status: "WITHDRAWN", decidedAt: clock() },
    });
    if (count !== 1) ruleError(msg("apply.errors.decided"));
    return { membershipId: m.id };
  },
  audit: (d, { record }) => ({
    cohortId: record.cohortId,
    action: "membership.application_withdrawn",
    entity: "Membership",
    entityId: d.membershipId,
  }),
});

/**
 * The coordinator accepts every voluntary mentee applicant of the cohort (MENTEE APPLIED ->
 * ACTIVE): they then wait for a group like drawn mentees (suggest groups / move). The random
 * draw keeps drawing only from the imported CANDIDATE first-years.
 */
export const acceptMenteeApplicantsAction = defineAction({
  name: "applications.accept_mentees",
  schema: acceptMenteeApplicantsSchema,
  successMessage: (d: { accepted: number }) => msg("apply.done.accepted", { count: d.accepted }),
  revalidate: (_d, input) => [
    `/coordinator/cohorts/${input.cohortId}/people`,
    `/coordinator/cohorts/${input.cohortId}/groups`,
    "/coordinator",
  ],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: { verb: "write", resource: "cohort.setup" },
  async run({ record: cohort, tx }) {
    await lockEditableCohort(tx, cohort.id);
    const applicants = await tx.membership.findMany({
      where: { cohortId: cohort.id, role: "MENTEE", status: "APPLIED" },
      select: { id: true },
    });
    if (applicants.length === 0) ruleError(msg("apply.errors.noApplicants"));
    const ids = applicants.map((a) => a.id);
    const { count } = await tx.membership.updateMany({
      where: { id: { in: ids }, status: "APPLIED" },
      data: { status: "ACTIVE", decidedAt: clock(), decisionReason: "Voluntary application accepted" },
    });
    if (count !== applicants.length) ruleError(msg("apply.errors.changed"));
    await notifyMemberships(tx, ids, "mentee.accepted", (p) => ({ name: p.name, cohortName: cohort.name }));
    await inviteMembersWhoCannotSignIn(tx, ids);
    return { accepted: count };
  },
  audit: (d, { record }) => ({
    action: "membership.mentee_applicants_accepted",
    entity: "Cohort",
    entityId: record.id,
    detail: { count: d.accepted },
  }),
});
