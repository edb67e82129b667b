/** A session's .ics passes the same RFC 5545 checks as the booking files (tests/unit/calendar-ics.test.ts). */
import { describe, expect, it } from "vitest";
import { buildCalendar } from "@/lib/calendar/ics";
import { sessionEvent, type SessionForIcs } from "@/lib/sessions/ics";

const session = (over: Partial<SessionForIcs> = {}): SessionForIcs => ({
  id: "cses1",
  title: "Why basic science matters at the bedside; a talk, with questions",
  description: "Dr. Min-seo Park on physiology.\nBring questions.",
  place: "Lecture hall 2",
  startsAt: new Date("2026-10-28T16:00:00Z"), // 17:00 in Berlin, after the DST change
  endsAt: new Date("2026-10-28T17:30:00Z"),
  cancelledAt: null,
  sequence: 2,
  updatedAt: new Date("2026-10-20T08:00:00Z"),
  ...over,
});
const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, "");
const ics = (s: SessionForIcs, label = "Role-model session") =>
  buildCalendar({ name: "x", timeZone: "Europe/Berlin", events: [sessionEvent(s, "Europe/Berlin", label)] });

describe("a session as RFC 5545", () => {
  it("a VCALENDAR with CRLF lines within 75 octets, a stable UID, SEQUENCE, DTSTAMP in UTC and escaped text", () => {
    const text = ics(session(), "جلسهٔ الگوی نقش");
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    for (const l of text.split("\r\n")) expect(octets(l)).toBeLessThanOrEqual(75);
    const lines = unfold(text).split("\r\n");
    expect(lines).toContain("UID:session-cses1@duomentor");
    expect(lines).toContain("SEQUENCE:2");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines).toContain("DTSTAMP:20261020T080000Z");
    expect(lines).toContain(
      "SUMMARY:Why basic science matters at the bedside\\; a talk\\, with questions (جلسهٔ الگوی نقش)",
    );
    expect(lines).toContain("DESCRIPTION:Dr. Min-seo Park on physiology.\\nBring questions.");
    expect(lines).toContain("DTSTART;TZID=Europe/Berlin:20261028T170000");
    expect(lines).toContain("DTEND;TZID=Europe/Berlin:20261028T183000");
    expect(lines).toContain("BEGIN:VTIMEZONE");
    expect(lines).toContain("TZID:Europe/Berlin");
  });
  it("a cancelled session stays, STATUS:CANCELLED with its raised SEQUENCE and the same UID", () => {
    const lines = unfold(ics(session({ cancelledAt: new Date("2026-10-21T00:00:00Z"), sequence: 3 }))).split("\r\n");
    expect(lines).toContain("STATUS:CANCELLED");
    expect(lines).toContain("SEQUENCE:3");
    expect(lines).toContain("UID:session-cses1@duomentor");
  });
});
