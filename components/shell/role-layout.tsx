import type { ReactNode } from "react";
import type { Role } from "@/lib/auth/permissions";
import { requireRole } from "@/lib/auth/session";
import { AppShell } from "./app-shell";

/** Layout of a role's area: signed in and holding the role, or the sign-in page / a 403. */
export async function RoleLayout({ role, path, children }: { role: Role; path: string; children: ReactNode }) {
  const { viewer, membership } = await requireRole(role, path);
  return (
    <AppShell role={role} viewer={viewer} cohortName={membership.cohort.name}>
      {children}
    </AppShell>
  );
}
