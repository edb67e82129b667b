import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitAuditTrail, stepsInOrder, type TrailEntry } from "@/lib/referrals/rules";

const at = (m: number) => new Date(Date.UTC(2026, 11, 2, 9, m));
const e = (
  id: string,
  action: string,
  m: number,
  by = "Dr. Supervisor",
  as: string | null = "SUPERVISOR",
): TrailEntry => ({
  id,
  action: `referral.${action}`,
  at: at(m),
  by,
  as,
});

describe("the referral audit trail on the supervisor's page", () => {
  it("keeps every change, newest first, and groups reads by reader and role", () => {
    const trail = [
      e("7", "read", 40),
      e("6", "forward", 35),
      e("5", "read", 30),
      e("4", "read", 20, "Sara Ahmadi", "MENTOR"),
      e("3", "acknowledge", 15),
      e("2", "read", 10),
      e("1", "created", 5, "Sara Ahmadi", null),
    ];
    const { changes, reads } = splitAuditTrail(trail);
    expect(changes.map((c) => c.id)).toEqual(["6", "3", "1"]);
    expect(reads).toEqual([
      { by: "Dr. Supervisor", as: "SUPERVISOR", times: 3, first: at(10), last: at(40) },
      { by: "Sara Ahmadi", as: "MENTOR", times: 1, first: at(20), last: at(20) },
    ]);
  });

  it("loses no entry: the reads counted equal the read events, whatever the order", () => {
    const entry = fc.record({
      id: fc.uuid(),
      action: fc.constantFrom("referral.read", "referral.forward", "referral.close"),
      at: fc.date({ min: at(0), max: at(59), noInvalidDate: true }),
      by: fc.constantFrom("A", "B"),
      as: fc.constantFrom("MENTOR", "SUPERVISOR", null),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (trail) => {
        const { changes, reads } = splitAuditTrail(trail);
        const readCount = trail.filter((t) => t.action === "referral.read").length;
        expect(changes.length + reads.reduce((n, r) => n + r.times, 0)).toBe(trail.length);
        expect(reads.reduce((n, r) => n + r.times, 0)).toBe(readCount);
        for (const r of reads) expect(r.first.getTime()).toBeLessThanOrEqual(r.last.getTime());
      }),
    );
  });

  it("offers the usual next step first", () => {
    expect(stepsInOrder(["acknowledge", "requestInfo", "forward", "decline"])).toEqual([
      "acknowledge",
      "forward",
      "requestInfo",
      "decline",
    ]);
    expect(stepsInOrder(["close"])).toEqual(["close"]);
  });
});
