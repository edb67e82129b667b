"use server";
import { defineAction, ruleError } from "../actions";
import { clock } from "../clock";
import { loadCohort } from "../cohorts/loaders";
import { bulkSelectionProblem } from "../cohorts/rules";
import { acceptApplicantsSchema } from "../cohorts/schemas";
import { lockEditableCohort } from "../cohorts/setup";
import { msg } from "../i18n/msg";
import { inviteMembersWhoCannotSignIn } from "../people/invitations";
import { notifyMemberships } from "../people/notify";

/**
 * Bulk decisions of the coordinator (issue 10, item 7): one selection, one confirmation, one
 * transaction, one audit entry per person. All or nothing (bulkSelectionProblem).
 */
/** Accept the selected mentor applicants of a cohort: each is told, and invited if they cannot sign in. */
export const acceptApplicantsAction = defineAction({
  name: "pairing.accept_applicants",
  schema: acceptApplicantsSchema,
  successMessage: (d: { accepted: string[] }) => msg("cohorts.bulk.accepted", { count: d.accepted.length }),
  revalidate: (_d, input) => [
    `/coordinator/cohorts/${input.cohortId}/mentors`,
    `/coordinator/cohorts/${input.cohortId}`,
  ],
  load: ({ input }) => loadCohort(input.cohortId),
  permission: { verb: "write", resource: "cohort.setup" },
  async run({ input, record: cohort, tx }) {
    await lockEditableCohort(tx, cohort.id);
    const found = await tx.membership.findMany({
      where: { id: { in: input.membershipIds }, cohortId: cohort.id, role: "MENTOR", status: "APPLIED" },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const ids = found.map((m) => m.id);
    const problem = bulkSelectionProblem(input.membershipIds, ids);
    if (problem?.key === "none") ruleError(msg("cohorts.bulk.errors.none"), "membershipIds");
    if (problem?.key === "stale")
      ruleError(msg("cohorts.bulk.errors.stale", { count: problem.stale }), "membershipIds");
    const { count } = await tx.membership.updateMany({
      where: { id: { in: ids }, status: "APPLIED" },
      data: { status: "ACTIVE", decidedAt: clock() },
    });
    if (count !== ids.length) ruleError(msg("cohorts.bulk.errors.stale", { count: ids.length - count }));
    await notifyMemberships(tx, ids, "mentor.accepted", (p) => p);
    await inviteMembersWhoCannotSignIn(tx, ids);
    return { accepted: ids };
  },
  // A role change per person: one entry each, as one Accept would write.
  audit: (d) =>
    d.accepted.map((membershipId) => ({
      action: "membership.mentor_accepted",
      entity: "Membership",
      entityId: membershipId,
      detail: { bulk: d.accepted.length },
    })),
});
