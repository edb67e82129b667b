import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getViewer } from "@/lib/auth/session";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login?callbackUrl=/settings");
  const role = viewer.roles[0];
  if (!role) redirect("/no-role");
  return (
    <AppShell role={role} viewer={viewer}>
      {children}
    </AppShell>
  );
}
