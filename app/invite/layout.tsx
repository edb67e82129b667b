import type { ReactNode } from "react";

export default function InviteLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="grid min-h-dvh place-items-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-xl font-semibold text-brand-700">
          <span aria-hidden="true" className="grid size-9 place-items-center rounded-lg bg-brand-600 font-bold text-white">
            D
          </span>
          DuoMentor
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
