import { describe, expect, it } from "vitest";
import { type Activity, normaliseCode, verificationCode, volunteerMinutes } from "@/lib/recognition/rules";

const MIN = 60_000;
const act = (kind: Activity["kind"], startMin: number, endMin: number, month = "2026-03"): Activity => ({
  kind,
  start: startMin * MIN,
  end: endMin * MIN,
  month,
});

describe("volunteerMinutes", () => {
  it("shared time goes to the kind listed first (a meeting over a contact), whatever the input order", () => {
    const contact = act("CONTACT", 0, 60);
    const meeting = act("MEETING", 30, 90);
    for (const input of [
      [contact, meeting],
      [meeting, contact],
    ])
      expect(volunteerMinutes(input)).toEqual({
        minutes: 90,
        byKind: { MEETING: 60, SESSION: 0, CONTACT: 30 },
        byMonth: [{ month: "2026-03", minutes: 90 }],
      });
  });

  it("a session inside a meeting counts as meeting; a contact inside a session as session", () => {
    expect(volunteerMinutes([act("SESSION", 10, 20), act("MEETING", 0, 60)]).byKind).toEqual({
      MEETING: 60,
      SESSION: 0,
      CONTACT: 0,
    });
    expect(volunteerMinutes([act("CONTACT", 10, 20), act("SESSION", 0, 60)]).byKind).toEqual({
      MEETING: 0,
      SESSION: 60,
      CONTACT: 0,
    });
  });

  it("shared time goes to the month of the activity that started first (same start: the first kind)", () => {
    const r = volunteerMinutes([act("CONTACT", 0, 30, "2026-04"), act("MEETING", 0, 30, "2026-03")]);
    expect(r.byMonth).toEqual([{ month: "2026-03", minutes: 30 }]);
    const later = volunteerMinutes([act("MEETING", 20, 40, "2026-04"), act("CONTACT", 0, 30, "2026-03")]);
    expect(later.byMonth).toEqual([
      { month: "2026-03", minutes: 30 },
      { month: "2026-04", minutes: 10 },
    ]);
  });

  it("separate activities keep their own months, listed in month order", () => {
    const r = volunteerMinutes([act("MEETING", 0, 30, "2026-05"), act("CONTACT", 100, 110, "2026-04")]);
    expect(r).toEqual({
      minutes: 40,
      byKind: { MEETING: 30, SESSION: 0, CONTACT: 10 },
      byMonth: [
        { month: "2026-04", minutes: 10 },
        { month: "2026-05", minutes: 30 },
      ],
    });
  });

  it("empty and reversed intervals count nothing", () => {
    expect(volunteerMinutes([act("MEETING", 10, 10), act("CONTACT", 30, 20)])).toEqual({
      minutes: 0,
      byKind: { MEETING: 0, SESSION: 0, CONTACT: 0 },
      byMonth: [],
    });
    expect(volunteerMinutes([act("MEETING", 40, 20, "2026-01"), act("CONTACT", 0, 60, "2026-02")])).toEqual({
      minutes: 60,
      byKind: { MEETING: 0, SESSION: 0, CONTACT: 60 },
      byMonth: [{ month: "2026-02", minutes: 60 }],
    });
  });
});

describe("verification codes", () => {
  it("needs 12 random bytes", () => {
    expect(() => verificationCode(new Uint8Array(11))).toThrow("12 random bytes needed");
    expect(verificationCode(new Uint8Array(12))).toBe("AAAA-AAAA-AAAA");
    expect(verificationCode(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toBe("ABCD-EFGH-JKLM");
  });

  it("normalises case, spaces and dashes", () => {
    expect(normaliseCode(" abcd-efgh jklm ")).toBe("ABCD-EFGH-JKLM");
    expect(normaliseCode("ABCDEFGH2345")).toBe("ABCD-EFGH-2345");
  });

  it("refuses a wrong length and letters that are not in the alphabet (O, I, 0, 1)", () => {
    expect(normaliseCode("ABCDEFGHJKLMN")).toBeNull();
    expect(normaliseCode("XABCDEFGHJKLM")).toBeNull();
    expect(normaliseCode("ABCDEFGHJKL")).toBeNull();
    expect(normaliseCode("ABCDEFGHJKLO")).toBeNull();
    expect(normaliseCode("IBCDEFGHJKLM")).toBeNull();
    expect(normaliseCode("ABCDEFGHJKL0")).toBeNull();
    expect(normaliseCode("ABCDEFGHJKL1")).toBeNull();
  });
});
