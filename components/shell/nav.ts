import type { Role } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
}

/** Each role's navigation; later issues add their pages here. */
export const ROLE_NAV: Record<Role, NavItem[]> = {
  COORDINATOR: [
    { href: "/coordinator", label: "Overview" },
    { href: "/coordinator/cohorts", label: "Cohorts and setup" },
    { href: "/coordinator/outbox", label: "Outbox" },
  ],
  SUPERVISOR: [{ href: "/supervisor", label: "Referral queue" }],
  MENTOR: [{ href: "/mentor", label: "My group" }],
  MENTEE: [{ href: "/mentee", label: "My mentors" }],
  ROLE_MODEL: [{ href: "/role-model", label: "My sessions" }],
};
