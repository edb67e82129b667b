"use server";
import { defineAction, refuse, ruleError } from "../actions";
import { loadCohort } from "../cohorts/loaders";
import { lockEditableCohort } from "../cohorts/setup";
import { msg } from "../i18n/msg";
import { addStaffMember } from "./add";
import { sendSignInLink } from "./links";
import { loadMember, loadStaffMembership } from "./loaders";
import { staffRemovalProblem } from "./rules";
import { addStaffSchema, membershipSchema } from "./schemas";

/** Staff changes are a coordinator decision on the cohort (the table's setup cell, as coordinator). */
const SETUP = { verb: "write", resource: "cohort.setup", as: "COORDINATOR" } as const;

/**
 * Adds a co-coordinator, a supervisor or a role model to the cohort (issue 10, item 2). An email
 * nobody has yet: a new account and an invitation. An email that has an account: that account
 * joins, its name unchanged (never a silent rename), and the answer is the same either way.
 */
export const addStaffAction = defineAction({
  name: "staff_member.add",
  schema: addStaffSchema,
  load: ({ input }) => loadCohort(input.cohortId),
  permission: SETUP,
  async run({ input, record: cohort, tx }) {
    await lockEditableCohort(tx, cohort.id);
    const added = await addStaffMember(tx, cohort, input);
    return { membershipId: added.membershipId, cohortId: cohort.id, role: input.role, invited: added.invited };
  },
  audit: (d) => ({
    action: "staff.added",
    entity: "Membership",
    entityId: d.membershipId,
    detail: { role: d.role, invited: d.invited },
  }),
  successMessage: (d) => msg("staff.added", { role: d.role }),
  revalidate: (d) => [`/coordinator/cohorts/${d.cohortId}/staff`],
});

/** Removes a staff member from the cohort: their membership is withdrawn (history stays). */
export const removeStaffAction = defineAction({
  name: "staff_member.remove",
  schema: membershipSchema,
  load: ({ input }) => loadStaffMembership(input.membershipId),
  permission: SETUP,
  async run({ userId, record: m, tx }) {
    await lockEditableCohort(tx, m.cohortId); // two coordinators removing each other queue here
    const current = await tx.membership.findUnique({ where: { id: m.id }, select: { status: true } });
    if (!current) refuse();
    const activeCoordinators = await tx.membership.count({
      where: { cohortId: m.cohortId, role: "COORDINATOR", status: "ACTIVE" },
    });
    const problem = staffRemovalProblem({
      role: m.role as "COORDINATOR" | "SUPERVISOR" | "ROLE_MODEL",
      status: current.status,
      isSelf: m.userId === userId,
      activeCoordinators,
    });
    if (problem) ruleError(msg(problem));
    await tx.membership.update({ where: { id: m.id }, data: { status: "WITHDRAWN" }, select: { id: true } });
    return { membershipId: m.id, cohortId: m.cohortId, role: m.role };
  },
  audit: (d) => ({ action: "staff.removed", entity: "Membership", entityId: d.membershipId, detail: { role: d.role } }),
  successMessage: (d) => msg("staff.removed", { role: d.role }),
  revalidate: (d) => [`/coordinator/cohorts/${d.cohortId}/staff`],
});

/**
 * Sends anyone of the cohort a new way in (issue 10, item 3): a fresh invitation (the old link
 * stops working) or, for someone with a password, a password reset link.
 */
export const sendSignInLinkAction = defineAction({
  name: "staff_member.send_link",
  schema: membershipSchema,
  load: ({ input }) => loadMember(input.membershipId),
  permission: SETUP,
  async run({ record: m, tx }) {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: m.userId },
      select: { id: true, name: true, email: true, passwordHash: true, ssoSubject: true, anonymisedAt: true },
    });
    if (user.anonymisedAt) ruleError(msg("staff.errors.emailUnavailable"));
    if (!user.passwordHash && user.ssoSubject) ruleError(msg("staff.errors.usesSso"));
    const kind = await sendSignInLink(
      tx,
      { id: user.id, name: user.name, email: user.email, hasPassword: !!user.passwordHash },
      m.cohort.name,
    );
    return { kind, userId: user.id, cohortId: m.cohortId, email: user.email };
  },
  audit: (d) => ({ action: `signin_link.${d.kind}_sent`, entity: "User", entityId: d.userId }),
  successMessage: (d) =>
    msg(d.kind === "invitation" ? "staff.linkSent.invitation" : "staff.linkSent.reset", { email: d.email }),
  revalidate: (d) => [`/coordinator/cohorts/${d.cohortId}/staff`, `/coordinator/cohorts/${d.cohortId}/people`],
});
