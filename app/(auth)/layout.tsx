import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const shell = await getTranslations("shell");
  const auth = await getTranslations("auth");
  return (
    <main id="main" className="grid min-h-dvh place-items-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="text-brand-700 mb-6 flex items-center justify-center gap-2 text-xl font-semibold">
          <span
            aria-hidden="true"
            className="bg-brand-600 grid size-9 place-items-center rounded-lg font-bold text-white"
          >
            D
          </span>
          {shell("brand")}
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">{children}</div>
        <p className="mt-6 text-center text-sm text-stone-600">{auth("tagline")}</p>
      </div>
    </main>
  );
}
