import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { can } from "../auth/permissions";
import { loadCohortActor } from "../auth/session";
import type { FeedMembership } from "../calendar/feed";
import { buildCalendar, type IcsEvent } from "../calendar/ics";
import { db } from "../db";
import { isLocale, DEFAULT_LOCALE } from "../i18n/config";
import { recipientLocales } from "../i18n/people";
import { translator } from "../i18n/translate";
import { effectiveAudience, inAudience, type Audience, type SessionKind } from "./rules";
import { sessionEvent, sessionForIcsSelect } from "./ics";

/** The reader's language for the kind label (their own choice, else their cohort's default). */
async function kindLabeller(userId: string) {
  const locale = (await recipientLocales(db(), [userId])).get(userId)?.locale;
  const tr = translator(locale && isLocale(locale) ? locale : DEFAULT_LOCALE);
  return (kind: string) => tr.t(`sessions.kind.${kind}`); // i18n-keys: sessions.kind.*
}

/**
 * The feed's sessions for one membership: a mentor's or mentee's sessions they said going to, wait
 * for or attended (a cancelled one stays, STATUS:CANCELLED); a role model's sessions they speak at.
 */
export async function sessionFeedEvents(m: FeedMembership, since: Date): Promise<IcsEvent[]> {
  const where: Prisma.ProgramSessionWhereInput | null =
    m.role === "ROLE_MODEL"
      ? { speakerId: m.id, cohortId: m.cohortId }
      : m.role === "MENTOR" || m.role === "MENTEE"
        ? {
            cohortId: m.cohortId,
            attendance: { some: { membershipId: m.id, status: { in: ["REGISTERED", "WAITLISTED", "ATTENDED"] } } },
          }
        : null;
  if (!where) return [];
  const rows = await db().programSession.findMany({
    where: { ...where, startsAt: { gte: since } },
    select: { ...sessionForIcsSelect, kind: true },
  });
  if (rows.length === 0) return [];
  // The feed carries its owner's language (lib/calendar/feed.ts).
  const tr = translator(m.locale);
  return rows.map((s) => sessionEvent(s, m.timeZone, tr.t(`sessions.kind.${s.kind}`))); // i18n-keys: sessions.kind.*
}

/** One session as an .ics file, for a signed-in person who may see it (its audience, its speaker, staff). */
export async function getSessionIcs(userId: string, sessionId: string): Promise<string | null> {
  const s = await db().programSession.findUnique({
    where: { id: sessionId },
    select: {
      ...sessionForIcsSelect,
      kind: true,
      cohortId: true,
      audience: true,
      speakerId: true,
      cohort: { select: { timeZone: true } },
    },
  });
  if (!s) return null;
  const actor = await loadCohortActor(userId, s.cohortId);
  if (!actor || !can(actor, "read", "session", { cohortId: s.cohortId, subjectMembershipId: s.speakerId })) return null;
  const audience = effectiveAudience(s.kind as SessionKind, s.audience as Audience);
  const staff = actor.roles.has("COORDINATOR") || actor.roles.has("SUPERVISOR");
  const invited = (["MENTOR", "MENTEE"] as const).some((r) => actor.roles.has(r) && inAudience(audience, r));
  const speaking = !!s.speakerId && actor.membershipIds.ROLE_MODEL === s.speakerId;
  if (!staff && !invited && !speaking) return null;
  const label = await kindLabeller(userId);
  return buildCalendar({
    name: s.title,
    timeZone: s.cohort.timeZone,
    events: [sessionEvent(s, s.cohort.timeZone, label(s.kind))],
  });
}
