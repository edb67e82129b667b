/**
 * A small iCalendar (RFC 5545) writer for any of the programme's events (meeting bookings now,
 * sessions next): one VCALENDAR with a VTIMEZONE per zone its events use and one VEVENT per
 * event. Pure (no Prisma, no next/*, no clock). Each area maps its records to `IcsEvent`s
 * (lib/booking/calendar.ts); the private feed (lib/calendar/feed.ts) puts them together.
 *  - UID is stable per record, SEQUENCE counts its changes (+1 on every change), and
 *    STATUS:CANCELLED tells calendars to remove a cancelled event (METHOD:PUBLISH in a feed,
 *    METHOD:CANCEL for a single cancelled meeting's file);
 *  - DTSTART/DTEND carry TZID and the local wall-clock time; each VTIMEZONE lists the zone's
 *    actual UTC-offset transitions around its events (from the runtime's time-zone data);
 *  - TEXT values are escaped (\\ ; , newline), lines end in CRLF and are folded at 75 octets
 *    (never inside a UTF-8 character).
 */

export interface IcsEvent {
  uid: string;
  sequence: number;
  status: "CONFIRMED" | "CANCELLED";
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location?: string;
  description?: string;
  /** When this version of the event was written (DTSTAMP / LAST-MODIFIED). */
  stamp: Date;
  /** The zone its local times are written in (the cohort's); default: the calendar's. */
  timeZone?: string;
}

export interface IcsCalendar {
  name: string;
  /**
   * PUBLISH (the default: feeds and confirmed meetings) or CANCEL: a one-event file whose event is
   * cancelled, so a calendar that imported the meeting removes it (RFC 5546 3.2.5).
   */
  method?: "PUBLISH" | "CANCEL";
  /** The calendar's zone (X-WR-TIMEZONE), and the zone of events that name none. */
  timeZone: string;
  events: IcsEvent[];
}

const PRODID = "-//DuoMentor//Programme calendar//EN";

/** TEXT escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds one content line at 75 octets (RFC 5545 3.1): continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** 20261124T103000Z */
export function formatUtc(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset of a zone at an instant, in minutes (Berlin in winter: 60). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** Local wall-clock time of an instant in a zone, as an iCalendar DATE-TIME without Z. */
export function formatLocal(instant: Date, timeZone: string): string {
  return formatUtc(new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000)).slice(0, -1);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
}

export interface Transition {
  at: Date; // the instant the new offset starts
  from: number;
  to: number;
}

/** The zone's offset changes between two instants (found hourly, then to the minute). */
export function transitions(timeZone: string, from: Date, to: Date): Transition[] {
  const out: Transition[] = [];
  const step = 3_600_000;
  let t = Math.floor(from.getTime() / step) * step;
  let prev = offsetMinutes(new Date(t), timeZone);
  for (t += step; t <= to.getTime(); t += step) {
    const cur = offsetMinutes(new Date(t), timeZone);
    if (cur !== prev) {
      let lo = t - step;
      let hi = t; // offset(lo) = prev, offset(hi) = cur
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(new Date(mid), timeZone) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), from: prev, to: cur });
      prev = cur;
    }
  }
  return out;
}

/**
 * A VTIMEZONE covering the events: the observance in force a week before the first event, then
 * every real offset change until a week after the last (explicit DTSTARTs, no RRULE, so it is
 * exact for any zone the runtime knows, including rule changes). No events: none is needed.
 */
export function vtimezone(timeZone: string, events: IcsEvent[]): string[] {
  const times = events.flatMap((e) => [e.startsAt.getTime(), e.endsAt.getTime()]);
  if (times.length === 0) return [];
  const week = 7 * 86_400_000;
  const first = new Date(Math.floor((Math.min(...times) - week) / 3_600_000) * 3_600_000);
  const last = new Date(Math.max(...times) + week);
  const list = transitions(timeZone, first, last);
  const initial = offsetMinutes(first, timeZone);
  const offsets = [initial, ...list.map((x) => x.to)];
  const standard = Math.min(...offsets);
  const observance = (from: number, to: number, at: Date) => {
    const kind = to > standard ? "DAYLIGHT" : "STANDARD";
    // DTSTART of an observance is the local time when it begins, in the offset before it.
    const localStart = formatUtc(new Date(at.getTime() + from * 60_000)).slice(0, -1);
    return [
      `BEGIN:${kind}`,
      `DTSTART:${localStart}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `END:${kind}`,
    ];
  };
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    ...observance(initial, initial, first),
    ...list.flatMap((tr) => observance(tr.from, tr.to, tr.at)),
    "END:VTIMEZONE",
  ];
}

function vevent(e: IcsEvent, tz: string): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${formatUtc(e.stamp)}`,
    `LAST-MODIFIED:${formatUtc(e.stamp)}`,
    `DTSTART;TZID=${tz}:${formatLocal(e.startsAt, tz)}`,
    `DTEND;TZID=${tz}:${formatLocal(e.endsAt, tz)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  lines.push(`STATUS:${e.status}`, "TRANSP:OPAQUE", "END:VEVENT");
  return lines;
}

export function buildCalendar(cal: IcsCalendar): string {
  const zoneOf = (e: IcsEvent) => e.timeZone ?? cal.timeZone;
  const zones = [...new Set(cal.events.map(zoneOf))];
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    `METHOD:${cal.method ?? "PUBLISH"}`,
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `X-WR-TIMEZONE:${cal.timeZone}`,
    ...zones.flatMap((z) =>
      vtimezone(
        z,
        cal.events.filter((e) => zoneOf(e) === z),
      ),
    ),
    ...cal.events.flatMap((e) => vevent(e, zoneOf(e))),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
