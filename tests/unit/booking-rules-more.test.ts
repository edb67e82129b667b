import { describe, expect, it } from "vitest";
import { type HeldMeeting, MAX_WEEKS, minutesBetween, type SlotPlan } from "@/lib/booking/rules";
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
const decideMark = (...a: Parameters<typeof rules.decideMark>) => english(rules.decideMark(...a));
const planSlots = (...a: Parameters<typeof rules.planSlots>) => english(rules.planSlots(...a));
const slotOffer = (...a: Parameters<typeof rules.slotOffer>) => english(rules.slotOffer(...a));
const noticeMessage = (hours: number) => tr.resolve(rules.noticeMessage(hours));

const NOW = new Date("2026-03-01T12:00:00Z");
const plan = (extra: Partial<SlotPlan> = {}): SlotPlan => ({
  date: "2026-03-10",
  time: "17:00",
  durationMinutes: 60,
  weeks: 1,
  timeZone: "UTC",
  cohortStartsOn: "2026-03-01",
  cohortEndsOn: "2026-06-30",
  ...extra,
});

describe("minutesBetween", () => {
  it("is the rounded number of minutes from a to b", () => {
    const a = new Date("2026-03-01T10:00:00Z");
    expect(minutesBetween(a, new Date("2026-03-01T11:30:00Z"))).toBe(90);
    expect(minutesBetween(a, new Date("2026-03-01T10:00:40Z"))).toBe(1);
    expect(minutesBetween(a, new Date("2026-03-01T09:45:00Z"))).toBe(-15);
    expect(minutesBetween(a, a)).toBe(0);
  });
});

describe("planSlots: each refusal, its field and message", () => {
  it("the date must be a whole YYYY-MM-DD", () => {
    const refused = { ok: false, field: "date", message: "Choose a date." };
    expect(planSlots(plan({ date: "2026-03-10x" }), NOW)).toEqual(refused);
    expect(planSlots(plan({ date: "x2026-03-10" }), NOW)).toEqual(refused);
    expect(planSlots(plan({ date: "" }), NOW)).toEqual(refused);
  });

  it("the time must be a whole HH:mm", () => {
    const refused = { ok: false, field: "time", message: "Choose a start time." };
    expect(planSlots(plan({ time: "17:00x" }), NOW)).toEqual(refused);
    expect(planSlots(plan({ time: "x17:00" }), NOW)).toEqual(refused);
    expect(planSlots(plan({ time: "5pm" }), NOW)).toEqual(refused);
  });

  it("repeats for 1 to MAX_WEEKS weeks", () => {
    const refused = { ok: false, field: "weeks", message: "Repeat for 1 to 30 weeks." };
    expect(MAX_WEEKS).toBe(30);
    expect(planSlots(plan({ weeks: 0 }), NOW)).toEqual(refused);
    expect(planSlots(plan({ weeks: 31 }), NOW)).toEqual(refused);
    const thirty = planSlots(plan({ weeks: 30, cohortEndsOn: "2027-12-31" }), NOW);
    expect(thirty.ok && thirty.slots.length).toBe(30);
  });

  it("lasts between 15 minutes and 4 hours", () => {
    const refused = {
      ok: false,
      field: "durationMinutes",
      message: "A meeting lasts between 15 minutes and 4 hours.",
    };
    expect(planSlots(plan({ durationMinutes: 14 }), NOW)).toEqual(refused);
    expect(planSlots(plan({ durationMinutes: 241 }), NOW)).toEqual(refused);
    expect(planSlots(plan({ durationMinutes: 15 }), NOW)).toEqual({
      ok: true,
      slots: [{ startsAt: new Date("2026-03-10T17:00:00Z"), endsAt: new Date("2026-03-10T17:15:00Z") }],
      skippedAfterEnd: 0,
    });
    expect(planSlots(plan({ durationMinutes: 240 }), NOW)).toEqual({
      ok: true,
      slots: [{ startsAt: new Date("2026-03-10T17:00:00Z"), endsAt: new Date("2026-03-10T21:00:00Z") }],
      skippedAfterEnd: 0,
    });
  });

  it("starts within the programme's dates, both ends included", () => {
    const refused = { ok: false, field: "date", message: "Choose a date within the programme’s dates." };
    expect(planSlots(plan({ date: "2026-02-28" }), NOW)).toEqual(refused);
    expect(planSlots(plan({ date: "2026-07-01" }), NOW)).toEqual(refused);
    expect(planSlots(plan({ date: "2026-03-01", time: "13:00" }), NOW).ok).toBe(true);
    expect(planSlots(plan({ date: "2026-06-30" }), NOW).ok).toBe(true);
  });

  it("starts after now (a start exactly now is refused)", () => {
    const refused = { ok: false, field: "time", message: "That time has passed: choose a time in the future." };
    expect(planSlots(plan({ date: "2026-03-01", time: "12:00" }), NOW)).toEqual(refused);
    expect(planSlots(plan({ date: "2026-03-01", time: "12:01" }), NOW).ok).toBe(true);
  });
});

const slot = {
  id: "s1",
  capacity: 2,
  cancelledAt: null,
  startsAt: new Date("2026-03-05T10:00:00Z"),
  endsAt: new Date("2026-03-05T11:00:00Z"),
};

describe("slotOffer: closed reasons and messages", () => {
  it("a cancelled slot", () => {
    expect(slotOffer({ slot: { ...slot, cancelledAt: NOW }, seatsTaken: 1, mine: [], now: NOW })).toEqual({
      kind: "closed",
      reason: "cancelled",
      message: "This time was cancelled by your mentor.",
      seatsLeft: 1,
    });
  });

  it("a slot that has started", () => {
    expect(slotOffer({ slot, seatsTaken: 0, mine: [], now: slot.startsAt })).toEqual({
      kind: "closed",
      reason: "past",
      message: "This time has already started.",
      seatsLeft: 2,
    });
  });

  it("only a BOOKED meeting of the mentee clashes (attended or no-show ones do not)", () => {
    const held = (status: HeldMeeting["status"]): HeldMeeting => ({
      bookingId: "b2",
      slotId: "s2",
      status,
      startsAt: new Date("2026-03-05T10:30:00Z"),
      endsAt: new Date("2026-03-05T11:30:00Z"),
    });
    for (const status of ["ATTENDED", "NO_SHOW"] as const)
      expect(slotOffer({ slot, seatsTaken: 0, mine: [held(status)], now: NOW })).toEqual({
        kind: "open",
        seatsLeft: 2,
      });
    expect(slotOffer({ slot, seatsTaken: 0, mine: [held("BOOKED")], now: NOW })).toMatchObject({
      kind: "closed",
      reason: "overlap",
    });
  });
});

describe("noticeMessage", () => {
  const msg = (span: string) =>
    `Meetings can be cancelled or moved up to ${span} before they start. Please contact your mentors directly; they can cancel it for you.`;

  it("whole days as days (one day singular), anything else in hours", () => {
    expect(noticeMessage(24)).toBe(msg("1 day"));
    expect(noticeMessage(48)).toBe(msg("2 days"));
    expect(noticeMessage(72)).toBe(msg("3 days"));
    expect(noticeMessage(12)).toBe(msg("12 hours"));
    expect(noticeMessage(36)).toBe(msg("36 hours"));
    expect(noticeMessage(0)).toBe(msg("0 hours"));
  });
});

describe("decideCancel: messages", () => {
  const startsAt = new Date("2026-03-02T10:00:00Z");
  const base = { startsAt, now: NOW, noticeHours: 24, by: "staff" as const };

  it("a meeting no longer booked", () => {
    for (const status of ["CANCELLED", "ATTENDED", "NO_SHOW"] as const)
      expect(decideCancel({ ...base, status })).toEqual({
        kind: "refused",
        message: "This meeting is no longer booked.",
      });
  });

  it("staff inside the notice window without a reason", () => {
    expect(decideCancel({ ...base, status: "BOOKED", overrideReason: "  " })).toEqual({
      kind: "refused",
      field: "overrideReason",
      message: "This meeting starts within 24 hours: say why you are cancelling it anyway.",
    });
    expect(decideCancel({ ...base, status: "BOOKED", overrideReason: "ill" })).toEqual({
      kind: "cancel",
      override: true,
    });
  });
});

describe("decideMark", () => {
  const startsAt = new Date("2026-03-01T11:00:00Z");

  it("refuses a cancelled booking and an already recorded one, with their messages", () => {
    expect(decideMark({ status: "CANCELLED", startsAt, now: NOW })).toEqual({
      ok: false,
      message: "This booking was cancelled.",
    });
    for (const status of ["ATTENDED", "NO_SHOW"] as const)
      expect(decideMark({ status, startsAt, now: NOW })).toEqual({
        ok: false,
        message: "Attendance is already recorded.",
      });
  });

  it("records from the start of the meeting, not before", () => {
    expect(decideMark({ status: "BOOKED", startsAt: NOW, now: NOW })).toEqual({ ok: true });
    expect(decideMark({ status: "BOOKED", startsAt: new Date(NOW.getTime() + 1), now: NOW })).toEqual({
      ok: false,
      message: "Attendance can be recorded once the meeting has started.",
    });
  });
});

describe("refusals in the reader's language", () => {
  it("Persian and Korean read the same codes, with their own digits and plurals", () => {
    const fa = translator("fa");
    const ko = translator("ko");
    expect(fa.resolve(rules.noticeMessage(48))).toContain("۲ روز");
    expect(ko.resolve(rules.noticeMessage(48))).toContain("2일");
    expect(
      fa.resolve(
        (
          rules.decideCancel({ status: "CANCELLED", startsAt: NOW, now: NOW, noticeHours: 24, by: "staff" }) as {
            message: Msg;
          }
        ).message,
      ),
    ).toBe("این دیدار دیگر رزرو نیست.");
  });
});
