import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type MembershipStatus,
  STAFF_ROLES,
  signInState,
  staffAddDecision,
  staffRemovalProblem,
  type StaffRole,
} from "@/lib/staff/rules";

const STATUSES: MembershipStatus[] = ["CANDIDATE", "APPLIED", "ACTIVE", "DECLINED", "WITHDRAWN"];

describe("staffAddDecision", () => {
  it("creates a membership for someone without one", () => {
    expect(staffAddDecision(null)).toBe("create");
  });
  it("reports an active member as already there and reactivates every other status", () => {
    expect(staffAddDecision({ status: "ACTIVE" })).toBe("already");
    for (const status of STATUSES.filter((s) => s !== "ACTIVE"))
      expect(staffAddDecision({ status }), status).toBe("reactivate");
  });
});

describe("staffRemovalProblem", () => {
  const facts = (over: Partial<Parameters<typeof staffRemovalProblem>[0]> = {}) => ({
    role: "COORDINATOR" as StaffRole,
    status: "ACTIVE" as MembershipStatus,
    isSelf: false,
    activeCoordinators: 2,
    ...over,
  });

  it("removes another coordinator while a second one stays", () => {
    expect(staffRemovalProblem(facts())).toBeNull();
  });
  it("refuses a membership that is not active, whatever else holds", () => {
    for (const status of STATUSES.filter((s) => s !== "ACTIVE"))
      for (const role of STAFF_ROLES)
        expect(staffRemovalProblem(facts({ status, role, isSelf: true, activeCoordinators: 1 }))).toBe(
          "staff.errors.notActive",
        );
  });
  it("a coordinator does not remove themself, even with other coordinators", () => {
    expect(staffRemovalProblem(facts({ isSelf: true, activeCoordinators: 5 }))).toBe("staff.errors.notYourself");
    expect(staffRemovalProblem(facts({ isSelf: true, activeCoordinators: 1 }))).toBe("staff.errors.notYourself");
  });
  it("keeps the last coordinator: 1 (or fewer) left is refused, 2 is fine", () => {
    expect(staffRemovalProblem(facts({ activeCoordinators: 1 }))).toBe("staff.errors.lastCoordinator");
    expect(staffRemovalProblem(facts({ activeCoordinators: 0 }))).toBe("staff.errors.lastCoordinator");
    expect(staffRemovalProblem(facts({ activeCoordinators: 2 }))).toBeNull();
  });
  it("supervisors and role models may leave themselves, and the coordinator count does not matter for them", () => {
    for (const role of ["SUPERVISOR", "ROLE_MODEL"] as const) {
      expect(staffRemovalProblem(facts({ role, isSelf: true, activeCoordinators: 1 }))).toBeNull();
      expect(staffRemovalProblem(facts({ role, isSelf: false, activeCoordinators: 0 }))).toBeNull();
    }
  });
  it("property: the result follows the three rules in order", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STAFF_ROLES),
        fc.constantFrom(...STATUSES),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
        (role, status, isSelf, activeCoordinators) => {
          const expected =
            status !== "ACTIVE"
              ? "staff.errors.notActive"
              : role === "COORDINATOR" && isSelf
                ? "staff.errors.notYourself"
                : role === "COORDINATOR" && activeCoordinators < 2
                  ? "staff.errors.lastCoordinator"
                  : null;
          expect(staffRemovalProblem({ role, status, isSelf, activeCoordinators })).toBe(expected);
        },
      ),
    );
  });
});

describe("signInState", () => {
  it("is active with a password, with single sign-on, or both", () => {
    expect(signInState({ hasPassword: true, hasSso: false, openLink: false })).toBe("active");
    expect(signInState({ hasPassword: false, hasSso: true, openLink: false })).toBe("active");
    expect(signInState({ hasPassword: true, hasSso: true, openLink: true })).toBe("active");
  });
  it("otherwise invited while a link is open, else the link expired", () => {
    expect(signInState({ hasPassword: false, hasSso: false, openLink: true })).toBe("invited");
    expect(signInState({ hasPassword: false, hasSso: false, openLink: false })).toBe("linkExpired");
  });
});
