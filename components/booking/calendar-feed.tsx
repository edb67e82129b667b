"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/lib/calendar/actions";

/** The private calendar feed: create (shown once), replace, or switch off. */
export function CalendarFeed({ active }: { active: boolean }) {
  const t = useTranslations("meetings.feed");
  const [created, create, creating] = useActionState(createCalendarFeedAction, null);
  const [revoked, revoke, revoking] = useActionState(revokeCalendarFeedAction, null);
  // Only after the action ran (in the browser): the absolute link a calendar app needs.
  const url = created?.ok && typeof window !== "undefined" ? `${window.location.origin}${created.data.path}` : null;
  const isActive = url ? true : revoked?.ok ? false : active;
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-600">{t("intro")}</p>
      <FormStatus state={url ? created : revoked} label={t("status")} />
      {url ? (
        <div className="space-y-1.5">
          <label htmlFor="feed-url" className="block text-sm font-medium text-stone-800">
            {t("link")}
          </label>
          <input
            id="feed-url"
            readOnly
            dir="ltr"
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="block min-h-11 w-full rounded-lg border border-stone-300 bg-stone-50 px-3 font-mono text-xs"
          />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <form action={create}>
          <Button type="submit" variant="secondary" pending={creating} pendingLabel={t("creating")}>
            {isActive ? t("replace") : t("create")}
          </Button>
        </form>
        {isActive ? (
          <form action={revoke}>
            <Button type="submit" variant="ghost" pending={revoking} pendingLabel={t("switchingOff")}>
              {t("switchOff")}
            </Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
