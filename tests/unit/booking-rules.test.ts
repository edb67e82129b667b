import { describe, expect, it } from "vitest";
import {
  firstOverlap,
  insideNotice,
  noticeDeadline,
  overlaps,
  weekDays,
  weekStart,
  type HeldMeeting,
} from "@/lib/booking/rules";
import * as rules from "@/lib/booking/rules";
import type { Msg } from "@/lib/i18n/msg";
import { translator } from "@/lib/i18n/translate";

// The rules answer with catalog messages (meetings.errors.*); these tests read them in English.
const tr = translator("en");
function english<R>(r: R): R {
  if (r && typeof r === "object" && "message" in r) return { ...r, message: tr.resolve(r.message as Msg) };
  return r;
}
const decideCancel = (...a: Parameters<typeof rules.decideCancel>) => english(rules.decideCancel(...a));
const decideCancelSlot = (...a: Parameters<typeof rules.decideCancelSlot>) => english(rules.decideCancelSlot(...a));
const decideMark = (...a: Parameters<typeof rules.decideMark>) => english(rules.decideMark(...a));
const planSlots = (...a: Parameters<typeof rules.planSlots>) => english(rules.planSlots(...a));
const slotOffer = (...a: Parameters<typeof rules.slotOffer>) => english(rules.slotOffer(...a));
import { localDateTime } from "@/lib/time";

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const plan = (over: Partial<Parameters<typeof planSlots>[0]> = {}) => ({
  date: "2026-03-20",
  time: "17:00",
  durationMinutes: 45,
  weeks: 1,
  timeZone: "Europe/Berlin",
  cohortStartsOn: "2025-09-01",
  cohortEndsOn: "2026-06-30",
  ...over,
});
const NOW = at("2026-03-01T09:00:00Z");

describe("planSlots: one-off and weekly slots in the cohort's zone", () => {
  it("a one-off slot: local 17:00 in Berlin is 16:00 UTC in winter", () => {
    const r = planSlots(plan({ date: "2026-03-20" }), NOW);
    expect(r).toMatchObject({ ok: true, skippedAfterEnd: 0 });
    if (!r.ok) return;
    expect(r.slots).toEqual([{ startsAt: at("2026-03-20T16:00:00Z"), endsAt: at("2026-03-20T16:45:00Z") }]);
  });

  it("weekly across the spring DST change keeps 17:00 local (UTC moves an hour)", () => {
    const r = planSlots(plan({ date: "2026-03-20", weeks: 3 }), NOW);
    if (!r.ok) throw new Error(tr.resolve(r.message));
    expect(r.slots.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-03-20T16:00:00.000Z",
      "2026-03-27T16:00:00.000Z",
      "2026-04-03T15:00:00.000Z",
    ]);
    expect(r.slots.map((s) => localDateTime(s.startsAt, "Europe/Berlin"))).toEqual([
      "2026-03-20T17:00",
      "2026-03-27T17:00",
      "2026-04-03T17:00",
    ]);
  });

  it("weekly across the autumn DST change, in a second zone (New York)", () => {
    const r = planSlots(
      plan({
        date: "2026-10-26",
        weeks: 2,
        timeZone: "America/New_York",
        cohortStartsOn: "2026-09-01",
        cohortEndsOn: "2027-06-30",
      }),
      NOW,
    );
    if (!r.ok) throw new Error(tr.resolve(r.message));
    expect(r.slots.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-10-26T21:00:00.000Z",
      "2026-11-02T22:00:00.000Z",
    ]);
    expect(r.slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 45 * 60_000)).toBe(true);
  });

  it("a time skipped by spring-forward moves forward by the gap (02:30 -> 03:30)", () => {
    const r = planSlots(plan({ date: "2026-03-29", time: "02:30" }), NOW);
    if (!r.ok) throw new Error(tr.resolve(r.message));
    expect(localDateTime(r.slots[0].startsAt, "Europe/Berlin")).toBe("2026-03-29T03:30");
  });

  it("weeks after the cohort's last day are left out and counted; the last day itself is kept", () => {
    const r = planSlots(plan({ date: "2026-06-16", weeks: 4 }), NOW);
    if (!r.ok) throw new Error(tr.resolve(r.message));
    expect(r.slots).toHaveLength(3); // 16, 23, 30 June
    expect(r.skippedAfterEnd).toBe(1);
  });

  it("refuses a date outside the cohort, a time in the past, too many weeks, odd durations", () => {
    expect(planSlots(plan({ date: "2026-07-01" }), NOW)).toMatchObject({ ok: false, field: "date" });
    expect(planSlots(plan({ date: "2025-08-31" }), NOW)).toMatchObject({ ok: false, field: "date" });
    expect(planSlots(plan({ date: "2026-03-01", time: "09:00" }), NOW)).toMatchObject({ ok: false, field: "time" });
    expect(planSlots(plan({ weeks: 31 }), NOW)).toMatchObject({ ok: false, field: "weeks" });
    expect(planSlots(plan({ durationMinutes: 10 }), NOW)).toMatchObject({ ok: false, field: "durationMinutes" });
  });
});

describe("overlaps", () => {
  const a = { startsAt: at("2026-03-20T16:00:00Z"), endsAt: at("2026-03-20T17:00:00Z") };
  it("half-open: back-to-back meetings do not overlap; any shared minute does", () => {
    expect(overlaps(a, { startsAt: at("2026-03-20T17:00:00Z"), endsAt: at("2026-03-20T18:00:00Z") })).toBe(false);
    expect(overlaps({ startsAt: at("2026-03-20T15:00:00Z"), endsAt: at("2026-03-20T16:00:00Z") }, a)).toBe(false);
    // both ways round: the one starting as the other ends, first or second
    expect(overlaps({ startsAt: at("2026-03-20T17:00:00Z"), endsAt: at("2026-03-20T18:00:00Z") }, a)).toBe(false);
    expect(overlaps(a, { startsAt: at("2026-03-20T15:00:00Z"), endsAt: at("2026-03-20T16:00:00Z") })).toBe(false);
    expect(overlaps(a, { startsAt: at("2026-03-20T16:59:00Z"), endsAt: at("2026-03-20T18:00:00Z") })).toBe(true);
    expect(overlaps({ startsAt: at("2026-03-20T15:00:00Z"), endsAt: at("2026-03-20T16:01:00Z") }, a)).toBe(true);
    expect(overlaps(a, { startsAt: at("2026-03-20T16:15:00Z"), endsAt: at("2026-03-20T16:30:00Z") })).toBe(true);
  });
  it("firstOverlap (a mentor's own slots): a slot ending at 10:00 and one starting at 10:00 do not clash; a minute more does", () => {
    const ten = { startsAt: at("2026-03-20T09:00:00Z"), endsAt: at("2026-03-20T10:00:00Z") };
    const next = { startsAt: at("2026-03-20T10:00:00Z"), endsAt: at("2026-03-20T11:00:00Z") };
    const minuteEarly = { startsAt: at("2026-03-20T09:59:00Z"), endsAt: at("2026-03-20T10:59:00Z") };
    expect(firstOverlap([next], [ten])).toBeNull();
    expect(firstOverlap([ten], [next])).toBeNull();
    expect(firstOverlap([next, minuteEarly], [ten])).toEqual({ candidate: minuteEarly, existing: ten });
    expect(firstOverlap([minuteEarly], [next])).toEqual({ candidate: minuteEarly, existing: next });
  });
});

describe("slotOffer: the one availability rule", () => {
  const slot = {
    id: "s1",
    startsAt: at("2026-03-20T16:00:00Z"),
    endsAt: at("2026-03-20T17:00:00Z"),
    capacity: 6,
    cancelledAt: null,
  };
  const meeting = (over: Partial<HeldMeeting> = {}): HeldMeeting => ({
    bookingId: "b1",
    slotId: "s0",
    status: "BOOKED",
    startsAt: at("2026-03-20T15:00:00Z"),
    endsAt: at("2026-03-20T16:00:00Z"),
    ...over,
  });
  const base = { slot, seatsTaken: 0, mine: [] as HeldMeeting[], now: NOW };

  it("open with the free seats; a seat the mentee holds is theirs, even in a full slot (one booking)", () => {
    expect(slotOffer(base)).toEqual({ kind: "open", seatsLeft: 6 });
    expect(slotOffer({ ...base, seatsTaken: 6, mine: [meeting({ slotId: "s1", bookingId: "mine" })] })).toEqual({
      kind: "mine",
      bookingId: "mine",
      seatsLeft: 0,
    });
    // a cancelled booking of the same slot is not a seat
    expect(slotOffer({ ...base, mine: [meeting({ slotId: "s1", status: "CANCELLED" })] })).toMatchObject({
      kind: "open",
    });
  });

  it("a group of exactly 6: the sixth seat is free, the seventh is taken", () => {
    expect(slotOffer({ ...base, seatsTaken: 5 })).toEqual({ kind: "open", seatsLeft: 1 });
    expect(slotOffer({ ...base, seatsTaken: 6 })).toMatchObject({
      kind: "closed",
      reason: "full",
      message: "That slot was just taken. There is no other free time at the moment.",
      seatsLeft: 0,
    });
  });

  it("refuses a cancelled slot and one that has started (at its very start too)", () => {
    expect(slotOffer({ ...base, slot: { ...slot, cancelledAt: NOW } })).toMatchObject({ reason: "cancelled" });
    expect(slotOffer({ ...base, now: slot.startsAt })).toMatchObject({ reason: "past" });
    expect(slotOffer({ ...base, now: new Date(slot.startsAt.getTime() - 1) })).toMatchObject({ kind: "open" });
  });

  it("back to back with the mentee's meeting is open; overlapping it by a minute is a clash", () => {
    expect(slotOffer({ ...base, mine: [meeting()] })).toMatchObject({ kind: "open" });
    expect(
      slotOffer({
        ...base,
        mine: [meeting({ startsAt: at("2026-03-20T17:00:00Z"), endsAt: at("2026-03-20T18:00:00Z") })],
      }),
    ).toMatchObject({ kind: "open" });
    const clash = meeting({ endsAt: at("2026-03-20T16:01:00Z") });
    expect(slotOffer({ ...base, mine: [meeting(), clash] })).toEqual({
      kind: "closed",
      reason: "overlap",
      message: "You already have a meeting at that time. Cancel or reschedule it first.",
      seatsLeft: 6,
      clashWith: clash,
    });
    // only BOOKED meetings block a time (an attended or cancelled one does not)
    expect(slotOffer({ ...base, mine: [{ ...clash, status: "ATTENDED" }] })).toMatchObject({ kind: "open" });
  });
});

describe("decideCancelSlot", () => {
  const startsAt = at("2026-03-20T16:00:00Z");
  it("a mentor cancels an open time until it starts; a started or cancelled one is refused", () => {
    expect(decideCancelSlot({ cancelledAt: null, startsAt, now: at("2026-03-20T15:59:59Z") })).toEqual({ ok: true });
    expect(decideCancelSlot({ cancelledAt: null, startsAt, now: startsAt })).toEqual({
      ok: false,
      message: "This time has already started.",
    });
    expect(decideCancelSlot({ cancelledAt: null, startsAt, now: at("2026-03-20T18:00:00Z") })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/started/),
    });
    expect(decideCancelSlot({ cancelledAt: NOW, startsAt, now: NOW })).toEqual({
      ok: false,
      message: "This time is already cancelled.",
    });
  });
});

describe("minimum notice", () => {
  const start = at("2026-03-20T16:00:00Z");
  it("the deadline is exactly notice hours before the start; at the deadline a mentee may still cancel", () => {
    expect(noticeDeadline(start, 24)).toEqual(at("2026-03-19T16:00:00Z"));
    expect(insideNotice(start, at("2026-03-19T16:00:00Z"), 24)).toBe(false);
    expect(insideNotice(start, at("2026-03-19T16:00:01Z"), 24)).toBe(true);
    expect(insideNotice(start, at("2026-03-20T15:59:00Z"), 0)).toBe(false);
  });
  it("counts real hours across a DST change (23-hour day)", () => {
    const sunday = at("2026-03-29T16:00:00Z"); // 18:00 CEST, the day clocks went forward
    expect(noticeDeadline(sunday, 24)).toEqual(new Date(sunday.getTime() - 24 * H));
  });
  it("decideCancel: mentee outside notice yes, inside no; staff inside only with a reason", () => {
    const f = { status: "BOOKED" as const, startsAt: start, noticeHours: 24 };
    expect(decideCancel({ ...f, now: at("2026-03-18T10:00:00Z"), by: "mentee" })).toEqual({
      kind: "cancel",
      override: false,
    });
    expect(decideCancel({ ...f, now: at("2026-03-20T10:00:00Z"), by: "mentee" })).toMatchObject({
      kind: "refused",
      message: expect.stringMatching(/1 day/),
    });
    expect(decideCancel({ ...f, now: at("2026-03-20T10:00:00Z"), by: "staff" })).toMatchObject({
      kind: "refused",
      field: "overrideReason",
    });
    expect(decideCancel({ ...f, now: at("2026-03-20T10:00:00Z"), by: "staff", overrideReason: "  " })).toMatchObject({
      kind: "refused",
    });
    expect(decideCancel({ ...f, now: at("2026-03-20T10:00:00Z"), by: "staff", overrideReason: "ill" })).toEqual({
      kind: "cancel",
      override: true,
    });
    expect(decideCancel({ ...f, now: at("2026-03-20T16:00:00Z"), by: "staff", overrideReason: "ill" })).toMatchObject({
      kind: "refused",
      message: expect.stringMatching(/started/),
    });
    expect(decideCancel({ ...f, status: "CANCELLED", now: NOW, by: "mentee" })).toMatchObject({ kind: "refused" });
    // a started meeting is refused to everyone, with or without a reason (noticeHours 0: no window at all)
    for (const by of ["mentee", "staff"] as const) {
      for (const now of [start, at("2026-03-20T16:30:00Z")]) {
        expect(decideCancel({ ...f, noticeHours: 0, now, by, overrideReason: "ill" })).toEqual({
          kind: "refused",
          message: "This meeting has already started.",
        });
      }
    }
    expect(decideCancel({ ...f, noticeHours: 0, now: at("2026-03-20T15:59:59Z"), by: "mentee" })).toEqual({
      kind: "cancel",
      override: false,
    });
    expect(decideCancel({ ...f, noticeHours: 36, now: at("2026-03-19T10:00:00Z"), by: "mentee" })).toMatchObject({
      message: expect.stringMatching(/36 hours/),
    });
  });
});

describe("attendance", () => {
  it("decideMark: only a booked meeting that has started", () => {
    const startsAt = at("2026-03-20T16:00:00Z");
    expect(decideMark({ status: "BOOKED", startsAt, now: at("2026-03-20T16:00:00Z") })).toEqual({ ok: true });
    expect(decideMark({ status: "BOOKED", startsAt, now: at("2026-03-20T15:59:00Z") })).toMatchObject({ ok: false });
    expect(decideMark({ status: "ATTENDED", startsAt, now: NOW })).toMatchObject({ ok: false });
    expect(decideMark({ status: "CANCELLED", startsAt, now: NOW })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cancelled/),
    });
  });
});

describe("weeks", () => {
  it("weekStart is the local Monday, also just after midnight local on a Monday (UTC still Sunday)", () => {
    expect(weekStart(at("2026-03-22T23:30:00Z"), "Europe/Berlin")).toBe("2026-03-23");
    expect(weekStart(at("2026-03-22T23:30:00Z"), "UTC")).toBe("2026-03-16");
    expect(weekDays("2026-03-23")).toHaveLength(7);
    expect(weekDays("2026-03-23")[6]).toBe("2026-03-29");
  });
});
