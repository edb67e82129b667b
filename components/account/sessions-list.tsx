"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action-state";
import { endAllSessionsAction, endSessionAction } from "@/lib/account/actions";

export interface SessionRow {
  id: string;
  /** null: the browser did not say. */
  device: string | null;
  method: string;
  startedAt: string;
  lastActiveAt: string;
  endsAt: string;
  current: boolean;
}

/** Where the person is signed in, with a way to end one session or all of them. */
export function SessionsList({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations("account.sessions");
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-4">
      <FormStatus state={state} label={t("status")} />
      <ul aria-label={t("list")} className="divide-y divide-stone-200 rounded-lg border border-stone-200">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
            <div>
              <p className="font-medium">
                <bdi>{s.device ?? t("unknownDevice")}</bdi>{" "}
                {s.current ? <span className="text-brand-700">{t("thisDevice")}</span> : null}
              </p>
              <p className="text-stone-600">
                {t("line", { started: s.startedAt, method: s.method, active: s.lastActiveAt, ends: s.endsAt })}
              </p>
            </div>
            {s.current ? null : (
              <Button
                variant="secondary"
                disabled={pending}
                onClick={() => start(async () => setState(await endSessionAction(null, { sessionId: s.id })))}
              >
                {t("endOne")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Button
        variant="danger"
        pending={pending}
        pendingLabel={t("endingAll")}
        onClick={() =>
          start(async () => {
            const result = await endAllSessionsAction(null, {});
            setState(result);
            if (result.ok) await signOut({ callbackUrl: "/login" });
          })
        }
      >
        {t("endAll")}
      </Button>
    </div>
  );
}
