/**
 * The staff of a cohort (issue 10, item 2): its coordinators, supervisor(s) and role models, added
 * and removed by a coordinator of that cohort. Pure: no Prisma, no next/*, no clock.
 */
export const STAFF_ROLES = ["COORDINATOR", "SUPERVISOR", "ROLE_MODEL"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export type MembershipStatus = "CANDIDATE" | "APPLIED" | "ACTIVE" | "DECLINED" | "WITHDRAWN";

/** Adding someone in a staff role: what happens to the membership they may already have. */
export function staffAddDecision(existing: { status: MembershipStatus } | null): "create" | "reactivate" | "already" {
  if (!existing) return "create";
  return existing.status === "ACTIVE" ? "already" : "reactivate";
}

/**
 * Removing a staff member (their membership is withdrawn, never deleted: their history stays).
 * A cohort always keeps at least one coordinator, and a coordinator does not remove themself
 * (another coordinator does): nobody locks a cohort out of its own setup by one click.
 * Returns a catalog key, or null.
 */
export function staffRemovalProblem(facts: {
  role: StaffRole;
  status: MembershipStatus;
  isSelf: boolean;
  activeCoordinators: number;
}): string | null {
  if (facts.status !== "ACTIVE") return "staff.errors.notActive";
  if (facts.role === "COORDINATOR" && facts.isSelf) return "staff.errors.notYourself";
  if (facts.role === "COORDINATOR" && facts.activeCoordinators <= 1) return "staff.errors.lastCoordinator";
  return null;
}

export type SignInState = "active" | "invited" | "linkExpired";

/** What the coordinator sees about a person's account: signed up, invited (an open link), or neither. */
export function signInState(facts: { hasPassword: boolean; hasSso: boolean; openLink: boolean }): SignInState {
  if (facts.hasPassword || facts.hasSso) return "active";
  return facts.openLink ? "invited" : "linkExpired";
}
