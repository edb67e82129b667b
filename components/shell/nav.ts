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
    { href: "/coordinator/compliance", label: "Contact compliance" },
    { href: "/coordinator/meetings", label: "Meetings" },
    { href: "/coordinator/templates", label: "Email templates" },
    { href: "/coordinator/support-centres", label: "Support centres" },
    { href: "/coordinator/referrals", label: "Referral numbers" },
    { href: "/coordinator/outbox", label: "Outbox" },
  ],
  SUPERVISOR: [
    { href: "/supervisor", label: "Referral queue" },
    { href: "/supervisor/compliance", label: "Mentor activity" },
    { href: "/supervisor/reports", label: "Reports" },
  ],
  MENTOR: [
    { href: "/mentor", label: "My group" },
    { href: "/mentor/contacts/new", label: "Log a contact" },
    { href: "/mentor/availability", label: "Availability" },
    { href: "/mentor/templates", label: "Email templates" },
    { href: "/mentor/referrals", label: "Referrals" },
    { href: "/apply", label: "Apply" },
  ],
  MENTEE: [
    { href: "/mentee", label: "My mentors" },
    { href: "/mentee/book", label: "Book a meeting" },
    { href: "/mentee/meetings", label: "My meetings" },
    { href: "/mentee/contacts", label: "Contacts and inbox" },
    { href: "/mentee/referrals", label: "Referrals" },
    { href: "/apply", label: "Apply" },
  ],
  ROLE_MODEL: [{ href: "/role-model", label: "My sessions" }],
};
