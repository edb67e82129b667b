import "server-only";
import type { Role } from "../auth/permissions";
import { bookingFeedEvents } from "../booking/calendar";
import { clock } from "../clock";
import { db } from "../db";
import type { Locale } from "../i18n/config";
import { calendarWords } from "../i18n/calendar";
import { recipientLocales } from "../i18n/people";
import { sessionFeedEvents } from "../sessions/calendar";
import { buildCalendar, type IcsEvent } from "./ics";
import { hashFeedToken } from "./token";

/**
 * The private calendar feed (GET /api/calendar/feed/<token>): everything of the programme a
 * person has in their calendar, from every area, in one VCALENDAR. The token is the key (only its
 * sha-256 is stored, User.calendarTokenHash; lib/calendar/actions.ts makes and revokes it).
 *
 * An area adds its events with a FeedSource: for one of the person's memberships, the events of
 * the last 90 days and the future. Meetings are lib/booking/calendar.ts; sessions add theirs here.
 */

/** One active membership of the feed's owner, with what the sources need to know. */
export interface FeedMembership {
  id: string;
  role: Role;
  cohortId: string;
  timeZone: string;
  /** the feed owner's language (a calendar app sends no cookies): the events' words */
  locale: Locale;
  /** pairs and groups are drafts, invisible to mentors and mentees, until published */
  groupsPublished: boolean;
  /** the pair a mentor mentors in */
  mentorPairId: string | null;
}

export type FeedSource = (m: FeedMembership, since: Date) => Promise<IcsEvent[]>;

const SOURCES: FeedSource[] = [bookingFeedEvents, sessionFeedEvents];

const HISTORY_DAYS = 90;

/** The feed for a token, or null for any bad token (no hint which). */
export async function getFeedIcs(token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const user = await db().user.findUnique({
    where: { calendarTokenHash: hashFeedToken(token) },
    select: { id: true, name: true },
  });
  if (!user) return null;
  const rows = await db().membership.findMany({
    where: { userId: user.id, status: "ACTIVE", cohort: { status: { not: "CLOSED" } } },
    select: {
      id: true,
      role: true,
      cohortId: true,
      cohort: { select: { timeZone: true, groupsPublishedAt: true } },
      pairAsClinical: { select: { id: true } },
      pairAsPreclinical: { select: { id: true } },
    },
  });
  const locale = (await recipientLocales(db(), [user.id])).get(user.id)?.locale ?? "en";
  const memberships: FeedMembership[] = rows.map((m) => ({
    id: m.id,
    role: m.role,
    cohortId: m.cohortId,
    timeZone: m.cohort.timeZone,
    locale,
    groupsPublished: m.cohort.groupsPublishedAt !== null,
    mentorPairId: m.pairAsClinical?.id ?? m.pairAsPreclinical?.id ?? null,
  }));
  const since = new Date(clock().getTime() - HISTORY_DAYS * 86_400_000);
  const events: IcsEvent[] = [];
  // One query at a time: the embedded database has one connection.
  for (const m of memberships) for (const source of SOURCES) events.push(...(await source(m, since)));
  const timeZone = events[0]?.timeZone ?? memberships[0]?.timeZone ?? "UTC";
  return buildCalendar({ name: calendarWords(locale, timeZone).calendarName(user.name), timeZone, events });
}

/** Whether the user has a private feed link (the link itself is never stored). */
export async function hasCalendarFeed(userId: string): Promise<boolean> {
  const u = await db().user.findUnique({ where: { id: userId }, select: { calendarTokenHash: true } });
  return !!u?.calendarTokenHash;
}
