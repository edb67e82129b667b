import type { ReactNode } from "react";

/** A table that scrolls sideways on a phone: a named, focusable region (keyboard users can scroll it). */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="focus-visible:ring-brand-500 overflow-x-auto rounded-md focus:outline-none focus-visible:ring-2"
    >
      {children}
    </div>
  );
}
