import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import type { CohortActor } from "@/lib/auth/permissions";
import { requestFormatter } from "@/lib/i18n/server";
import { getMySessions, type MySession } from "@/lib/sessions/queries";
import { RsvpForm } from "./rsvp-form";

const HOME_SESSIONS = 3;

/** The badge of one's RSVP: going, on the waitlist (with the place), not going, or not answered yet. */
export function rsvpTone(my: MySession["my"]) {
  return my === "REGISTERED" || my === "ATTENDED" ? "success" : my === "WAITLISTED" ? "warning" : "neutral";
}

/**
 * The next sessions on a mentor's or mentee's home page, each with their RSVP state (going,
 * waitlisted with the place, not going, not answered yet) and the one-tap answer. The same query
 * and RSVP form as the sessions page (getMySessions, RsvpForm): two statements.
 */
export async function HomeSessions({
  actor,
  role,
  timeZone,
  href,
}: {
  actor: CohortActor;
  role: "MENTOR" | "MENTEE";
  timeZone: string;
  href: string;
}) {
  const t = await getTranslations("sessions");
  const sessions = ((await getMySessions(actor, role, "upcoming", HOME_SESSIONS)) ?? []).filter((s) => !s.cancelled);
  const f = await requestFormatter(timeZone);
  return (
    <Card aria-labelledby="home-sessions-heading">
      <CardHeader
        id="home-sessions-heading"
        title={t("home.title")}
        action={
          <ButtonLink href={href} variant="secondary">
            {t("home.all")}
          </ButtonLink>
        }
      />
      {sessions.length === 0 ? (
        <EmptyState title={t("page.noneUpcoming")} />
      ) : (
        <ul className="space-y-3">
          {sessions.map((s) => {
            const full = s.capacity !== null && s.going >= s.capacity;
            return (
              <li key={s.id} className="rounded-lg bg-stone-50 p-3" aria-labelledby={`home-session-${s.id}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p id={`home-session-${s.id}`} className="font-medium text-stone-900">
                      <bdi>{s.title}</bdi>
                    </p>
                    <p className="text-sm text-stone-600">
                      {t(`kind.${s.kind}`)} · {f.range(s.startsAt, s.endsAt)} · <bdi>{s.place}</bdi>
                    </p>
                  </div>
                  <Badge tone={rsvpTone(s.my)}>
                    {s.my === "WAITLISTED" && s.position
                      ? t("card.waitlistPosition", { position: s.position })
                      : s.my
                        ? t(`status.${s.my}`)
                        : t("home.notAnswered")}
                  </Badge>
                </div>
                {s.canRsvp ? (
                  <div className="mt-2">
                    <RsvpForm sessionId={s.id} title={s.title} my={s.my} full={full} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
