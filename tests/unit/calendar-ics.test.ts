import { describe, expect, it } from "vitest";
import {
  buildCalendar,
  escapeText,
  foldLine,
  formatLocal,
  offsetMinutes,
  transitions,
  type IcsEvent,
} from "@/lib/calendar/ics";

const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: "booking-cbk1@duomentor",
  sequence: 0,
  status: "CONFIRMED",
  startsAt: new Date("2026-03-27T16:00:00Z"),
  endsAt: new Date("2026-03-27T16:45:00Z"),
  summary: "Meeting with Lena Weber (mentoring)",
  location: "Dormitory study room",
  stamp: new Date("2026-03-01T10:00:00Z"),
  ...over,
});
const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 3.1 unfolding: CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, "");

describe("RFC 5545 text and lines", () => {
  it("escapes backslash, semicolon, comma and newlines in TEXT", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets, continuation lines start with a space, never inside a UTF-8 character", () => {
    const line = `DESCRIPTION:${"Übung für die Prüfung – Atemwege ".repeat(8)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(" ")).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(folded).not.toContain("\uFFFD");
    expect(foldLine("SHORT:line")).toBe("SHORT:line");
  });
});

describe("buildCalendar", () => {
  const ics = buildCalendar({
    name: "Meetings",
    timeZone: "Europe/Berlin",
    events: [event({ description: "Bring your notes, please; thanks" })],
  });
  const lines = unfold(ics).split("\r\n");

  it("is a VCALENDAR 2.0 with PRODID, CRLF line ends and every line within 75 octets", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const l of ics.split("\r\n")) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it("has a stable UID, SEQUENCE, DTSTAMP in UTC, STATUS, and escaped text", () => {
    expect(lines).toContain("UID:booking-cbk1@duomentor");
    expect(lines).toContain("SEQUENCE:0");
    expect(lines).toContain("DTSTAMP:20260301T100000Z");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines).toContain("DESCRIPTION:Bring your notes\\, please\\; thanks");
    const again = buildCalendar({
      name: "Meetings",
      timeZone: "Europe/Berlin",
      events: [event({ sequence: 2, status: "CANCELLED" })],
    });
    expect(unfold(again)).toContain("UID:booking-cbk1@duomentor\r\nSEQUENCE:2");
    expect(again).toContain("STATUS:CANCELLED");
  });

  it("writes local times with TZID, and a VTIMEZONE whose TZID matches", () => {
    expect(lines).toContain("DTSTART;TZID=Europe/Berlin:20260327T170000");
    expect(lines).toContain("DTEND;TZID=Europe/Berlin:20260327T174500");
    expect(lines).toContain("TZID:Europe/Berlin");
    expect(lines.indexOf("BEGIN:VTIMEZONE")).toBeLessThan(lines.indexOf("BEGIN:VEVENT"));
  });

  it("across the DST change: a meeting after it is 17:00 local = 15:00 UTC, and the VTIMEZONE has the change", () => {
    const after = buildCalendar({
      name: "Meetings",
      timeZone: "Europe/Berlin",
      events: [
        event(),
        event({
          uid: "booking-cbk2@duomentor",
          startsAt: new Date("2026-04-03T15:00:00Z"),
          endsAt: new Date("2026-04-03T15:45:00Z"),
        }),
      ],
    });
    const l = unfold(after).split("\r\n");
    expect(l).toContain("DTSTART;TZID=Europe/Berlin:20260403T170000");
    const daylight = l.indexOf("BEGIN:DAYLIGHT");
    expect(daylight).toBeGreaterThan(-1);
    expect(l.slice(daylight, daylight + 5)).toEqual([
      "BEGIN:DAYLIGHT",
      "DTSTART:20260329T020000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "END:DAYLIGHT",
    ]);
    expect(l).toContain("TZOFFSETTO:+0100");
  });

  it("a zone without DST gets one STANDARD observance", () => {
    const utc = unfold(buildCalendar({ name: "x", timeZone: "UTC", events: [event()] })).split("\r\n");
    expect(utc.filter((x) => x === "BEGIN:STANDARD")).toHaveLength(1);
    expect(utc).not.toContain("BEGIN:DAYLIGHT");
    expect(utc).toContain("DTSTART;TZID=UTC:20260327T160000");
  });
});

describe("time-zone helpers", () => {
  it("offsets and transitions of Europe/Berlin in 2026", () => {
    expect(offsetMinutes(new Date("2026-01-15T12:00:00Z"), "Europe/Berlin")).toBe(60);
    expect(offsetMinutes(new Date("2026-07-15T12:00:00Z"), "Europe/Berlin")).toBe(120);
    const t = transitions("Europe/Berlin", new Date("2026-01-01T00:00:00Z"), new Date("2026-12-31T00:00:00Z"));
    expect(t.map((x) => [x.at.toISOString(), x.from, x.to])).toEqual([
      ["2026-03-29T01:00:00.000Z", 60, 120],
      ["2026-10-25T01:00:00.000Z", 120, 60],
    ]);
    expect(formatLocal(new Date("2026-10-25T00:30:00Z"), "Europe/Berlin")).toBe("20261025T023000");
    expect(formatLocal(new Date("2026-10-25T01:30:00Z"), "Europe/Berlin")).toBe("20261025T023000");
  });
});
