import type { Role } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  /** a catalog key ("shell.nav.overview", messages/<locale>/shell.json); plain text is shown as is */
  label: string;
}

/**
 * Each role's navigation; later issues add their pages here (label: a key in shell.json's "nav").
 * Every entry shows on every screen (components/shell/nav-links.tsx: a menu on phones), so add
 * entries freely. No "Apply" for mentors and mentees: they are in a cohort already (/apply stays
 * reachable from the sign-in page for the next cohort).
 */
export const ROLE_NAV: Record<Role, NavItem[]> = {
  COORDINATOR: [
    { href: "/coordinator", label: "shell.nav.overview" },
    { href: "/coordinator/cohorts", label: "shell.nav.cohorts" },
    { href: "/coordinator/compliance", label: "shell.nav.compliance" },
    { href: "/coordinator/meetings", label: "shell.nav.meetings" },
    { href: "/coordinator/sessions", label: "shell.nav.sessions" },
    { href: "/coordinator/templates", label: "shell.nav.templates" },
    { href: "/coordinator/support-centres", label: "shell.nav.supportCentres" },
    { href: "/coordinator/referrals", label: "shell.nav.referralNumbers" },
    { href: "/coordinator/reports", label: "shell.nav.reports" },
    { href: "/coordinator/outcomes", label: "shell.nav.outcomes" },
    { href: "/coordinator/hours", label: "shell.nav.hours" },
    { href: "/coordinator/outbox", label: "shell.nav.outbox" },
    { href: "/coordinator/surveys", label: "surveys.nav.surveys" },
    { href: "/coordinator/data-rights", label: "shell.nav.dataProtection" },
    { href: "/coordinator/audit", label: "shell.nav.auditTrail" },
  ],
  SUPERVISOR: [
    { href: "/supervisor", label: "shell.nav.referralQueue" },
    { href: "/supervisor/compliance", label: "shell.nav.mentorActivity" },
    { href: "/supervisor/reports", label: "shell.nav.reports" },
    { href: "/supervisor/sessions", label: "shell.nav.sessions" },
    { href: "/supervisor/surveys", label: "surveys.nav.surveys" },
    { href: "/supervisor/feedback", label: "surveys.nav.mentorFeedback" },
    { href: "/supervisor/reports/outcomes", label: "shell.nav.outcomes" },
    { href: "/supervisor/reports/hours", label: "shell.nav.hours" },
    { href: "/supervisor/data-rights", label: "shell.nav.dataRequests" },
    { href: "/supervisor/audit", label: "shell.nav.auditTrail" },
  ],
  MENTOR: [
    { href: "/mentor", label: "shell.nav.myGroup" },
    { href: "/mentor/contacts/new", label: "shell.nav.logContact" },
    { href: "/mentor/availability", label: "shell.nav.availability" },
    { href: "/mentor/sessions", label: "shell.nav.sessions" },
    { href: "/mentor/templates", label: "shell.nav.templates" },
    { href: "/mentor/referrals", label: "shell.nav.referrals" },
    { href: "/mentor/surveys", label: "surveys.nav.surveys" },
    { href: "/mentor/feedback", label: "surveys.nav.myFeedback" },
    { href: "/mentor/hours", label: "shell.nav.hours" },
  ],
  MENTEE: [
    { href: "/mentee", label: "shell.nav.myMentors" },
    { href: "/mentee/book", label: "shell.nav.book" },
    { href: "/mentee/meetings", label: "shell.nav.myMeetings" },
    { href: "/mentee/sessions", label: "shell.nav.sessions" },
    { href: "/mentee/contacts", label: "shell.nav.contactsInbox" },
    { href: "/mentee/referrals", label: "shell.nav.referrals" },
    { href: "/mentee/surveys", label: "surveys.nav.surveys" },
  ],
  ROLE_MODEL: [{ href: "/role-model", label: "shell.nav.mySessions" }],
};
