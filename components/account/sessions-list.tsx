"use client";
import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action-state";
import { endAllSessionsAction, endSessionAction } from "@/lib/account/actions";

export interface SessionRow {
  id: string;
  device: string;
  method: string;
  startedAt: string;
  lastActiveAt: string;
  endsAt: string;
  current: boolean;
}

/** Where the person is signed in, with a way to end one session or all of them. */
export function SessionsList({ sessions }: { sessions: SessionRow[] }) {
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-4">
      <FormStatus state={state} label="Sessions status" />
      <ul aria-label="Signed-in devices" className="divide-y divide-stone-200 rounded-lg border border-stone-200">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
            <div>
              <p className="font-medium">
                {s.device} {s.current ? <span className="text-brand-700">(this device)</span> : null}
              </p>
              <p className="text-stone-600">
                Signed in {s.startedAt} with {s.method === "sso" ? "university sign-in" : "a password"} · last active{" "}
                {s.lastActiveAt} · ends by {s.endsAt}
              </p>
            </div>
            {s.current ? null : (
              <Button
                variant="secondary"
                disabled={pending}
                onClick={() => start(async () => setState(await endSessionAction(null, { sessionId: s.id })))}
              >
                Sign out this device
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Button
        variant="danger"
        pending={pending}
        pendingLabel="Signing out…"
        onClick={() =>
          start(async () => {
            const result = await endAllSessionsAction(null, {});
            setState(result);
            if (result.ok) await signOut({ callbackUrl: "/login" });
          })
        }
      >
        Sign out everywhere
      </Button>
    </div>
  );
}
