/**
 * A programme session as an RFC 5545 event (the same writer as meetings: lib/calendar/ics.ts):
 * stable UID per session, SEQUENCE = ProgramSession.sequence (+1 on every change), a cancelled
 * session stays with STATUS:CANCELLED so subscribed calendars remove it. The kind is written in
 * the reader's language (`kindLabel`). Pure: the feed and the download route call it.
 */
import type { IcsEvent } from "../calendar/ics";

export interface SessionForIcs {
  id: string;
  title: string;
  description: string | null;
  place: string;
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
  sequence: number;
  updatedAt: Date;
}

export const sessionForIcsSelect = {
  id: true,
  title: true,
  description: true,
  place: true,
  startsAt: true,
  endsAt: true,
  cancelledAt: true,
  sequence: true,
  updatedAt: true,
} as const;

export function sessionEvent(s: SessionForIcs, timeZone: string, kindLabel: string): IcsEvent {
  return {
    uid: `session-${s.id}@duomentor`,
    sequence: s.sequence,
    status: s.cancelledAt ? "CANCELLED" : "CONFIRMED",
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    timeZone,
    summary: `${s.title} (${kindLabel})`,
    location: s.place,
    description: s.description ?? undefined,
    stamp: s.updatedAt,
  };
}
