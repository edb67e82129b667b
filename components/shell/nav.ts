import type { Role } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
}

/** Each role's navigation; later issues add their pages here. */
export const ROLE_NAV: Record<Role, NavItem[]> = {
  COORDINATOR: [
    { href: "/coordinator", label: "Overview" },
    { href: "/coordinator/compliance", label: "Contact compliance" },
    { href: "/coordinator/templates", label: "Email templates" },
  ],
  SUPERVISOR: [
    { href: "/supervisor", label: "Referral queue" },
    { href: "/supervisor/compliance", label: "Mentor activity" },
  ],
  MENTOR: [
    { href: "/mentor", label: "My group" },
    { href: "/mentor/contacts/new", label: "Log a contact" },
    { href: "/mentor/templates", label: "Email templates" },
  ],
  MENTEE: [
    { href: "/mentee", label: "My mentors" },
    { href: "/mentee/contacts", label: "Contacts and inbox" },
  ],
  ROLE_MODEL: [{ href: "/role-model", label: "My sessions" }],
};
