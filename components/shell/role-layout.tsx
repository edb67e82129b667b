import type { ReactNode } from "react";
import type { Role } from "@/lib/auth/permissions";
import { requestedCohortId, requireRole } from "@/lib/auth/session";
import { AppShell } from "./app-shell";

/** Layout of a role's area: signed in and holding the role, or the sign-in page / a 403. */
export async function RoleLayout({ role, path, children }: { role: Role; path: string; children: ReactNode }) {
  const { viewer, membership } = await requireRole(role, path);
  // The cohort the URL names (decision 113): the shell's links stay in it.
  const named = await requestedCohortId();
  const cohorts = viewer.memberships
    .filter((m) => m.role === role)
    .map((m) => ({ id: m.cohort.id, name: m.cohort.name, status: m.cohort.status }));
  return (
    <AppShell
      role={role}
      viewer={viewer}
      cohortName={membership.cohort.name}
      cohort={{
        current: { id: membership.cohort.id, name: membership.cohort.name, status: membership.cohort.status },
        cohorts,
        named,
      }}
    >
      {children}
    </AppShell>
  );
}
