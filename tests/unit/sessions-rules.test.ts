import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attendanceProblem,
  feedbackProblem,
  feedbackSummary,
  inAudience,
  missedInARow,
  promotions,
  rsvpPlace,
  rsvpProblem,
  waitlistPosition,
  weeklyOccurrences,
  type Holder,
} from "@/lib/sessions/rules";

const t = (iso: string) => new Date(iso);
const session = {
  kind: "ROLE_MODEL" as const,
  startsAt: t("2026-11-10T14:00:00Z"),
  endsAt: t("2026-11-10T15:30:00Z"),
  cancelledAt: null,
  audience: "MENTEES" as const,
};

describe("the weekly series", () => {
  it("keeps the wall-clock time across a DST change (Europe/Berlin, 25 October 2026)", () => {
    const occ = weeklyOccurrences({
      firstDay: "2026-10-14",
      lastDay: "2026-11-04",
      startTime: "18:30",
      minutes: 60,
      timeZone: "Europe/Berlin",
      paused: [],
    });
    expect(occ.map((o) => o.day)).toEqual(["2026-10-14", "2026-10-21", "2026-10-28", "2026-11-04"]);
    // 18:30 CEST is 16:30 UTC; after the change 18:30 CET is 17:30 UTC
    expect(occ.map((o) => o.startsAt.toISOString().slice(11, 16))).toEqual(["16:30", "16:30", "17:30", "17:30"]);
    expect(occ.every((o) => o.endsAt.getTime() - o.startsAt.getTime() === 3_600_000)).toBe(true);
  });
  it("skips the weeks inside a paused period (inclusive at both ends)", () => {
    const occ = weeklyOccurrences({
      firstDay: "2027-01-06",
      lastDay: "2027-02-10",
      startTime: "18:30",
      minutes: 60,
      timeZone: "Asia/Tehran",
      paused: [{ startsOn: "2027-01-13", endsOn: "2027-01-27" }],
    });
    expect(occ.map((o) => o.day)).toEqual(["2027-01-06", "2027-02-03", "2027-02-10"]);
  });
  it("property: every occurrence is on the first day's weekday, 7 days apart, never in a pause", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 60 }),
        (start, weeks, pauseAt) => {
          const first = new Date(Date.UTC(2026, 8, 1) + start * 86_400_000).toISOString().slice(0, 10);
          const last = new Date(Date.UTC(2026, 8, 1) + (start + weeks * 7) * 86_400_000).toISOString().slice(0, 10);
          const ps = new Date(Date.UTC(2026, 8, 1) + (start + pauseAt) * 86_400_000).toISOString().slice(0, 10);
          const pe = new Date(Date.UTC(2026, 8, 1) + (start + pauseAt + 9) * 86_400_000).toISOString().slice(0, 10);
          const occ = weeklyOccurrences({
            firstDay: first,
            lastDay: last,
            startTime: "10:00",
            minutes: 30,
            timeZone: "UTC",
            paused: [{ startsOn: ps, endsOn: pe }],
          });
          for (const o of occ) {
            expect(new Date(`${o.day}T00:00:00Z`).getUTCDay()).toBe(new Date(`${first}T00:00:00Z`).getUTCDay());
            expect(o.day >= ps && o.day <= pe).toBe(false);
          }
          expect(occ.length).toBeLessThanOrEqual(weeks + 1);
        },
      ),
    );
  });
});

describe("RSVP and the waitlist promotion rule", () => {
  it("a seat while free, else the end of the waitlist", () => {
    expect(rsvpPlace({ capacity: 2, taken: 1, waiting: 0 })).toEqual({ kind: "seat" });
    expect(rsvpPlace({ capacity: 2, taken: 2, waiting: 3 })).toEqual({ kind: "waitlist", position: 4 });
    expect(rsvpPlace({ capacity: null, taken: 500, waiting: 0 })).toEqual({ kind: "seat" });
  });
  const h = (id: string, status: Holder["status"], ms: number): Holder => ({ id, status, registeredAt: new Date(ms) });
  it("a freed seat goes to the first waiting arrival; ties broken by id", () => {
    const holders = [
      h("a", "REGISTERED", 1),
      h("w2", "WAITLISTED", 5),
      h("w1", "WAITLISTED", 3),
      h("w0", "WAITLISTED", 3),
    ];
    expect(promotions(2, holders)).toEqual(["w0"]);
    expect(promotions(3, holders)).toEqual(["w0", "w1"]);
    expect(promotions(1, holders)).toEqual([]);
    expect(promotions(null, holders)).toEqual(["w0", "w1", "w2"]);
    expect(waitlistPosition(holders, "w2")).toBe(3);
    expect(waitlistPosition(holders, "a")).toBeNull();
  });
  it("property: after promotion, seats never exceed capacity and nobody waits while a seat is free", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.boolean(), { maxLength: 40 }), (capacity, seatFlags) => {
        const holders = seatFlags.map((seat, i) =>
          h(`h${String(i).padStart(3, "0")}`, seat ? "REGISTERED" : "WAITLISTED", i),
        );
        const promoted = new Set(promotions(capacity, holders));
        const seats = holders.filter((x) => x.status === "REGISTERED").length + promoted.size;
        const waiting = holders.filter((x) => x.status === "WAITLISTED").length - promoted.size;
        expect(seats <= Math.max(capacity, holders.filter((x) => x.status === "REGISTERED").length)).toBe(true);
        if (waiting > 0) expect(seats).toBeGreaterThanOrEqual(capacity);
        // first come, first served: every promoted one arrived before every one still waiting
        const still = holders.filter((x) => x.status === "WAITLISTED" && !promoted.has(x.id));
        for (const p of holders.filter((x) => promoted.has(x.id)))
          for (const s of still) expect(p.registeredAt.getTime()).toBeLessThan(s.registeredAt.getTime());
      }),
    );
  });
  it("audience, cancellation and the start close RSVPs", () => {
    const before = t("2026-11-10T13:00:00Z");
    expect(rsvpProblem(session, "MENTEE", before)).toBeNull();
    expect(rsvpProblem(session, "MENTOR", before)?.key).toBe("sessions.errors.notInAudience");
    expect(rsvpProblem({ ...session, kind: "INTER_MENTOR", audience: "EVERYONE" }, "MENTEE", before)?.key).toBe(
      "sessions.errors.notInAudience",
    );
    expect(rsvpProblem({ ...session, cancelledAt: before }, "MENTEE", before)?.key).toBe("sessions.errors.cancelled");
    expect(rsvpProblem(session, "MENTEE", session.startsAt)?.key).toBe("sessions.errors.started");
    expect(inAudience("EVERYONE", "MENTOR")).toBe(true);
  });
  it("attendance opens an hour before the start", () => {
    expect(attendanceProblem(session, t("2026-11-10T12:59:00Z"))?.key).toBe("sessions.errors.attendanceNotYet");
    expect(attendanceProblem(session, t("2026-11-10T13:00:00Z"))).toBeNull();
  });
});

describe("feedback: once, after the end, by attendees; the minimum-answers rule", () => {
  const after = t("2026-11-10T16:00:00Z");
  it("who may answer", () => {
    expect(feedbackProblem(session, "ATTENDED", false, after)).toBeNull();
    expect(feedbackProblem(session, "ATTENDED", false, session.startsAt)?.key).toBe("sessions.errors.feedbackNotYet");
    expect(feedbackProblem(session, "ABSENT", false, after)?.key).toBe("sessions.errors.feedbackOnlyAttendees");
    expect(feedbackProblem(session, "ATTENDED", true, after)?.key).toBe("sessions.errors.feedbackAlready");
    expect(feedbackProblem({ ...session, kind: "INTER_MENTOR" }, "ATTENDED", false, after)?.key).toBe(
      "sessions.errors.noFeedbackForKind",
    );
  });
  it("below 3 answers only the count; from 3 the average, the count and the comments, sorted", () => {
    expect(feedbackSummary([])).toEqual({ kind: "tooFew", count: 0, needed: 3 });
    expect(
      feedbackSummary([
        { rating: 5, comment: "x" },
        { rating: 4, comment: null },
      ]),
    ).toEqual({ kind: "tooFew", count: 2, needed: 3 });
    expect(
      feedbackSummary([
        { rating: 5, comment: "Zebra" },
        { rating: 4, comment: "  " },
        { rating: 4, comment: "apple" },
      ]),
    ).toEqual({ kind: "shown", count: 3, average: 4.3, comments: ["apple", "Zebra"] });
  });
  it("property: the summary never shows anything below the minimum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ rating: fc.integer({ min: 1, max: 5 }), comment: fc.option(fc.string()) }), {
          maxLength: 10,
        }),
        (answers) => {
          const s = feedbackSummary(answers);
          expect(s.kind === "shown").toBe(answers.length >= 3);
          if (s.kind === "shown") expect(s.average).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});

describe("attendance flags", () => {
  it("three missed inter-mentor sessions in a row (the latest ones) flag a mentor; excused is not a miss", () => {
    expect(missedInARow(["ABSENT", "ABSENT", "ABSENT"])).toBe(true);
    expect(missedInARow(["ABSENT", null, "ABSENT"])).toBe(true);
    expect(missedInARow(["ABSENT", "ABSENT", "EXCUSED"])).toBe(false);
    expect(missedInARow(["ABSENT", "ABSENT", "ABSENT", "ATTENDED"])).toBe(false);
  });
});
