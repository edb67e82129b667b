/**
 * Adding a staff member (co-coordinator, supervisor, role model) to a cohort, inside the caller's
 * transaction: shared by the staff page (addStaffAction) and the session form, which adds a role
 * model as the speaker without leaving the form (issue 12, item 1). An email nobody has yet: a new
 * account and an invitation; an email with an account: that account joins, its name unchanged.
 * The caller has locked the cohort (`lockEditableCohort`) and checked `cohort.setup` write.
 */
import { ruleError, type Tx } from "../actions";
import { msg } from "../i18n/msg";
import { inviteUsers } from "../people/invitations";
import { staffAddDecision, type StaffRole } from "./rules";

export async function addStaffMember(
  tx: Tx,
  cohort: { id: string; name: string },
  input: { role: StaffRole; name: string; email: string },
  fields: { email: string } = { email: "email" },
): Promise<{ membershipId: string; invited: boolean }> {
  let user = await tx.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, email: true, passwordHash: true, ssoSubject: true, anonymisedAt: true },
  });
  if (user?.anonymisedAt) ruleError(msg("staff.errors.emailUnavailable"), fields.email);
  user ??= await tx.user.create({
    data: { email: input.email, name: input.name },
    select: { id: true, name: true, email: true, passwordHash: true, ssoSubject: true, anonymisedAt: true },
  });
  const existing = await tx.membership.findUnique({
    where: { userId_cohortId_role: { userId: user.id, cohortId: cohort.id, role: input.role } },
    select: { id: true, status: true },
  });
  const decision = staffAddDecision(existing);
  if (decision === "already") ruleError(msg("staff.errors.already"), fields.email);
  const membership =
    decision === "create"
      ? await tx.membership.create({
          data: { userId: user.id, cohortId: cohort.id, role: input.role, status: "ACTIVE" },
          select: { id: true },
        })
      : await tx.membership.update({ where: { id: existing!.id }, data: { status: "ACTIVE" }, select: { id: true } });
  // Someone who cannot sign in yet gets an invitation (a new account, or one never set up).
  const invited = !user.passwordHash && !user.ssoSubject ? await inviteUsers(tx, [user], cohort.name) : 0;
  return { membershipId: membership.id, invited: invited > 0 };
}
