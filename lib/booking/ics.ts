/**
 * A small iCalendar (RFC 5545) writer for meeting bookings: one VCALENDAR with a VTIMEZONE
 * for the cohort's zone and one VEVENT per booking. Pure (no Prisma, no next/*).
 *  - UID is stable per booking, SEQUENCE comes from Booking.sequence (+1 on every change),
 *    STATUS:CANCELLED tells calendars to remove a cancelled meeting (METHOD:PUBLISH);
 *  - DTSTART/DTEND carry TZID and the local wall-clock time; the VTIMEZONE lists the zone's
 *    actual UTC-offset transitions around the events (from the runtime's time-zone data);
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
}

export interface IcsCalendar {
  name: string;
  timeZone: string;
  events: IcsEvent[];
}

const PRODID = "-//DuoMentor//Face-to-face meetings//EN";

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

/** The UTC offset of a zone at an instant, in minutes (Berlin in winter: 60). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
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

/** A VTIMEZONE with the zone's real transitions from a year before the first event to a year after the last. */
export function vtimezone(timeZone: string, events: IcsEvent[]): string[] {
  const times = events.flatMap((e) => [e.startsAt.getTime(), e.endsAt.getTime()]);
  const now = Date.now();
  const first = new Date((times.length ? Math.min(...times) : now) - 366 * 86_400_000);
  const last = new Date((times.length ? Math.max(...times) : now) + 366 * 86_400_000);
  const list = transitions(timeZone, first, last);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  if (list.length === 0) {
    const off = formatOffset(offsetMinutes(first, timeZone));
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${off}`, `TZOFFSETTO:${off}`, "END:STANDARD");
  } else {
    const standard = Math.min(...list.flatMap((x) => [x.from, x.to]));
    for (const tr of list) {
      const kind = tr.to > standard ? "DAYLIGHT" : "STANDARD";
      // DTSTART of an observance is the local time just before the change (in the old offset).
      const localStart = formatUtc(new Date(tr.at.getTime() + tr.from * 60_000)).slice(0, -1);
      lines.push(`BEGIN:${kind}`, `DTSTART:${localStart}`, `TZOFFSETFROM:${formatOffset(tr.from)}`, `TZOFFSETTO:${formatOffset(tr.to)}`, `END:${kind}`);
    }
  }
  lines.push("END:VTIMEZONE");
  return lines;
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
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `X-WR-TIMEZONE:${cal.timeZone}`,
    ...vtimezone(cal.timeZone, cal.events),
    ...cal.events.flatMap((e) => vevent(e, cal.timeZone)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
