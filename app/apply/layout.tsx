import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getViewer } from "@/lib/auth/session";

/** Anyone signed in; people with a role keep their shell, people without one get a plain frame. */
export default async function ApplyLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login?callbackUrl=/apply");
  const role = viewer.roles[0];
  const t = await getTranslations("shell");
  if (role) {
    return (
      <AppShell role={role} viewer={viewer}>
        {children}
      </AppShell>
    );
  }
  return (
    <div className="min-h-dvh">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          <span className="text-brand-700 flex items-center gap-2 text-lg font-semibold">
            <span
              aria-hidden="true"
              className="bg-brand-600 grid size-8 place-items-center rounded-lg text-sm font-bold text-white"
            >
              D
            </span>
            {t("brand")}
          </span>
          <div className="flex items-center gap-1 text-sm">
            <span className="max-w-40 truncate px-3 text-stone-700">{viewer.user.name}</span>
            <Link
              href="/logout"
              className="inline-flex min-h-11 items-center rounded-lg px-3 text-stone-700 hover:bg-stone-100"
            >
              {t("signOut")}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
