import { describe, expect, it } from "vitest";
import {
  availableSteps,
  buildReport,
  compareQueue,
  consentProblem,
  contactLogProblem,
  decideStep,
  formatHours,
  isOverdue,
  median,
  NO_CENTRE,
  REFERRAL_STATUSES,
  reviewDueAt,
  STEPS,
  type ReferralStatus,
  type ReferralStep,
} from "@/lib/referrals/rules";

const ALLOWED: [ReferralStatus, ReferralStatus][] = [
  ["SUBMITTED", "ACKNOWLEDGED"],
  ["SUBMITTED", "INFO_REQUESTED"],
  ["SUBMITTED", "FORWARDED"],
  ["SUBMITTED", "DECLINED"],
  ["ACKNOWLEDGED", "INFO_REQUESTED"],
  ["ACKNOWLEDGED", "FORWARDED"],
  ["ACKNOWLEDGED", "CLOSED"],
  ["ACKNOWLEDGED", "DECLINED"],
  ["INFO_REQUESTED", "ACKNOWLEDGED"],
  ["INFO_REQUESTED", "FORWARDED"],
  ["INFO_REQUESTED", "DECLINED"],
  ["FORWARDED", "CLOSED"],
];
const key = (a: string, b: string) => `${a}->${b}`;
const allowedSet = new Set(ALLOWED.map(([a, b]) => key(a, b)));
/** Whether some step of the table takes a referral from `from` to `to`. */
const someStep = (from: ReferralStatus, to: ReferralStatus) =>
  Object.values(STEPS).some((s) => s.from.includes(from) && s.to === to);

describe("referral state machine (the STEPS table): every pair of statuses", () => {
  for (const from of REFERRAL_STATUSES) {
    for (const to of REFERRAL_STATUSES) {
      const allowed = allowedSet.has(key(from, to));
      it(`${from} -> ${to} is ${allowed ? "allowed" : "refused"}`, () => {
        expect(someStep(from, to)).toBe(allowed);
      });
    }
  }

  it("the steps implement exactly the transition table", () => {
    const fromSteps = new Set(Object.values(STEPS).flatMap((s) => s.from.map((f) => key(f, s.to))));
    expect(fromSteps).toEqual(allowedSet);
  });

  it("CLOSED and DECLINED are terminal", () => {
    for (const to of REFERRAL_STATUSES) {
      expect(someStep("CLOSED", to)).toBe(false);
      expect(someStep("DECLINED", to)).toBe(false);
    }
    expect(availableSteps("CLOSED", "SUPERVISOR")).toEqual([]);
    expect(availableSteps("DECLINED", "MENTOR")).toEqual([]);
  });
});

describe("decideStep: every step from every status", () => {
  const steps = Object.keys(STEPS) as ReferralStep[];
  for (const step of steps) {
    for (const from of REFERRAL_STATUSES) {
      const ok = STEPS[step].from.includes(from);
      it(`${step} from ${from}: ${ok ? "allowed" : "refused"}`, () => {
        const d = decideStep(step, from, null);
        expect(d.ok).toBe(ok);
        if (d.ok) expect(d.to).toBe(STEPS[step].to);
        else expect(d.message).toMatch(/cannot be .* now/);
      });
    }
  }

  it("only the supervisor's first step stamps acknowledgedAt; finishing stamps closedAt", () => {
    expect(decideStep("acknowledge", "SUBMITTED", null)).toMatchObject({
      ok: true,
      setAcknowledgedAt: true,
      setClosedAt: false,
    });
    expect(decideStep("forward", "SUBMITTED", null)).toMatchObject({ ok: true, setAcknowledgedAt: true });
    expect(decideStep("decline", "SUBMITTED", null)).toMatchObject({
      ok: true,
      setAcknowledgedAt: true,
      setClosedAt: true,
    });
    expect(decideStep("forward", "ACKNOWLEDGED", new Date())).toMatchObject({ ok: true, setAcknowledgedAt: false });
    expect(decideStep("close", "FORWARDED", new Date())).toMatchObject({ ok: true, setClosedAt: true });
    expect(decideStep("answer", "INFO_REQUESTED", null)).toMatchObject({
      ok: true,
      to: "ACKNOWLEDGED",
      setAcknowledgedAt: false,
    });
  });

  it("who takes which step", () => {
    expect(availableSteps("SUBMITTED", "SUPERVISOR")).toEqual(["acknowledge", "requestInfo", "forward", "decline"]);
    expect(availableSteps("SUBMITTED", "MENTOR")).toEqual([]);
    expect(availableSteps("INFO_REQUESTED", "MENTOR")).toEqual(["answer"]);
    expect(availableSteps("INFO_REQUESTED", "SUPERVISOR")).toEqual(["forward", "decline"]);
    expect(availableSteps("FORWARDED", "SUPERVISOR")).toEqual(["close"]);
  });
});

describe("consent", () => {
  it("a mentee who was not told cannot have agreed", () => {
    expect(consentProblem({ menteeInformed: false, menteeConsented: true })).toMatch(/cannot have agreed/);
    expect(consentProblem({ menteeInformed: true, menteeConsented: true })).toBeNull();
    expect(consentProblem({ menteeInformed: true, menteeConsented: false })).toBeNull();
    expect(consentProblem({ menteeInformed: false, menteeConsented: false })).toBeNull();
  });
});

describe("overdue reviews", () => {
  const createdAt = new Date("2026-11-23T08:00:00Z");
  const h = (n: number) => new Date(createdAt.getTime() + n * 3_600_000);
  it("urgent and still submitted after ackHours is overdue; acknowledged is not", () => {
    const r = { urgency: "URGENT" as const, status: "SUBMITTED" as const, createdAt, acknowledgedAt: null };
    expect(isOverdue(r, 24, h(24))).toBe(false);
    expect(isOverdue(r, 24, h(24.01))).toBe(true);
    expect(isOverdue({ ...r, status: "ACKNOWLEDGED", acknowledgedAt: h(1) }, 24, h(48))).toBe(false);
    expect(isOverdue(r, 4, h(5))).toBe(true); // configurable per cohort
  });
  it("soon and routine get 3x and 7x the allowance", () => {
    expect(reviewDueAt({ urgency: "SOON", createdAt }, 24)).toEqual(h(72));
    expect(reviewDueAt({ urgency: "ROUTINE", createdAt }, 24)).toEqual(h(168));
    const routine = { urgency: "ROUTINE" as const, status: "SUBMITTED" as const, createdAt, acknowledgedAt: null };
    expect(isOverdue(routine, 24, h(100))).toBe(false);
    expect(isOverdue(routine, 24, h(169))).toBe(true);
  });
});

describe("queue order", () => {
  it("urgent first, then soon, then routine; oldest first within each", () => {
    const at = (d: number) => new Date(2026, 10, d);
    const rows = [
      { id: "a", urgency: "ROUTINE" as const, createdAt: at(1) },
      { id: "b", urgency: "URGENT" as const, createdAt: at(5) },
      { id: "c", urgency: "SOON" as const, createdAt: at(2) },
      { id: "d", urgency: "URGENT" as const, createdAt: at(3) },
    ];
    expect([...rows].sort(compareQueue).map((r) => r.id)).toEqual(["d", "b", "c", "a"]);
  });
});

describe("report", () => {
  it("median of odd, even and empty lists", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("open/closed by centre and category, median times to acknowledge and to close", () => {
    const t = (h: number) => new Date(Date.UTC(2026, 10, 1) + h * 3_600_000);
    const report = buildReport([
      {
        category: "PSYCHOLOGICAL",
        status: "FORWARDED",
        centreName: "Counselling",
        createdAt: t(0),
        acknowledgedAt: t(2),
        closedAt: null,
      },
      {
        category: "PSYCHOLOGICAL",
        status: "CLOSED",
        centreName: "Counselling",
        createdAt: t(0),
        acknowledgedAt: t(4),
        closedAt: t(50),
      },
      {
        category: "EDUCATIONAL",
        status: "DECLINED",
        centreName: null,
        createdAt: t(0),
        acknowledgedAt: t(10),
        closedAt: t(10),
      },
      {
        category: "EDUCATIONAL",
        status: "SUBMITTED",
        centreName: null,
        createdAt: t(0),
        acknowledgedAt: null,
        closedAt: null,
      },
    ]);
    expect(report).toMatchObject({ total: 4, open: 2, closed: 2, medianHoursToAcknowledge: 4, medianHoursToClose: 30 });
    expect(report.byCategory).toEqual([
      { key: "EDUCATIONAL", open: 1, closed: 1 },
      { key: "PSYCHOLOGICAL", open: 1, closed: 1 },
    ]);
    expect(report.byCentre).toEqual([
      { key: "Counselling", open: 1, closed: 1 },
      { key: NO_CENTRE, open: 1, closed: 1 },
    ]);
  });

  it("formats hours and days", () => {
    expect(formatHours(null)).toBe("—");
    expect(formatHours(3.46)).toBe("3.5 h");
    expect(formatHours(72)).toBe("3 days");
  });
});

describe("contactLogProblem: a referral made from a contact log", () => {
  const referral = { pairId: "pair-1", menteeId: "mentee-1" };
  it("a contact of the pair with this mentee, or a whole-group contact of the pair, fits", () => {
    expect(contactLogProblem({ pairId: "pair-1", menteeId: "mentee-1" }, referral)).toBeNull();
    expect(contactLogProblem({ pairId: "pair-1", menteeId: null }, referral)).toBeNull();
  });
  it("no such log, another pair's, or another mentee's does not", () => {
    expect(contactLogProblem(null, referral)).toMatch(/not one of this mentee's contacts/);
    expect(contactLogProblem({ pairId: "pair-2", menteeId: "mentee-1" }, referral)).toMatch(/not one of/);
    expect(contactLogProblem({ pairId: "pair-2", menteeId: null }, referral)).toMatch(/not one of/);
    expect(contactLogProblem({ pairId: "pair-1", menteeId: "mentee-2" }, referral)).toMatch(/not one of/);
  });
});
