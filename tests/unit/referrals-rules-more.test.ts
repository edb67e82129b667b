import { describe, expect, it } from "vitest";
import {
  availableSteps,
  decideStep,
  formatHours,
  FORWARD_HOW_LABEL,
  isOverdue,
  isTerminal,
  OPEN_STATUSES,
  REFERRAL_STATUSES,
  type ReferralStatus,
  type ReferralStep,
  STEPS,
} from "@/lib/referrals/rules";

const STATUS_TEXT: Record<ReferralStatus, string> = {
  SUBMITTED: "waiting for review",
  ACKNOWLEDGED: "acknowledged",
  INFO_REQUESTED: "waiting for the mentor's answer",
  FORWARDED: "forwarded",
  CLOSED: "closed",
  DECLINED: "declined",
};
const STEP_VERB: Record<ReferralStep, string> = {
  acknowledge: "acknowledged",
  requestInfo: "asked for more information",
  answer: "answered",
  forward: "forwarded",
  close: "closed",
  decline: "declined",
};
/** The referral workflow (issue 8): who takes which step, from which statuses, to which. */
const WORKFLOW: Record<ReferralStep, { by: "SUPERVISOR" | "MENTOR"; from: ReferralStatus[]; to: ReferralStatus }> = {
  acknowledge: { by: "SUPERVISOR", from: ["SUBMITTED"], to: "ACKNOWLEDGED" },
  requestInfo: { by: "SUPERVISOR", from: ["SUBMITTED", "ACKNOWLEDGED"], to: "INFO_REQUESTED" },
  answer: { by: "MENTOR", from: ["INFO_REQUESTED"], to: "ACKNOWLEDGED" },
  forward: { by: "SUPERVISOR", from: ["SUBMITTED", "ACKNOWLEDGED", "INFO_REQUESTED"], to: "FORWARDED" },
  close: { by: "SUPERVISOR", from: ["ACKNOWLEDGED", "FORWARDED"], to: "CLOSED" },
  decline: { by: "SUPERVISOR", from: ["SUBMITTED", "ACKNOWLEDGED", "INFO_REQUESTED"], to: "DECLINED" },
};
const STEP_NAMES = Object.keys(WORKFLOW) as ReferralStep[];

describe("statuses", () => {
  it("the open ones are exactly those not finished", () => {
    expect(OPEN_STATUSES).toEqual(["SUBMITTED", "ACKNOWLEDGED", "INFO_REQUESTED", "FORWARDED"]);
    for (const s of REFERRAL_STATUSES) expect(OPEN_STATUSES.includes(s)).toBe(!isTerminal(s));
    expect(REFERRAL_STATUSES.filter(isTerminal)).toEqual(["CLOSED", "DECLINED"]);
  });
});

describe("the workflow, step by step and status by status", () => {
  it("STEPS is the workflow", () => {
    expect(Object.keys(STEPS).sort()).toEqual([...STEP_NAMES].sort());
  });

  for (const step of STEP_NAMES) {
    const w = WORKFLOW[step];
    for (const from of REFERRAL_STATUSES) {
      if (w.from.includes(from)) {
        it(`${step} from ${from} goes to ${w.to}`, () => {
          expect(decideStep(step, from, null)).toEqual({
            ok: true,
            to: w.to,
            setAcknowledgedAt: w.by === "SUPERVISOR",
            setClosedAt: w.to === "CLOSED" || w.to === "DECLINED",
          });
          expect(decideStep(step, from, new Date(0))).toMatchObject({ ok: true, setAcknowledgedAt: false });
          expect(availableSteps(from, w.by)).toContain(step);
        });
      } else {
        it(`${step} from ${from} is refused with the current state in words`, () => {
          expect(decideStep(step, from, null)).toEqual({
            ok: false,
            message: `This referral is ${STATUS_TEXT[from]}, so it cannot be ${STEP_VERB[step]} now. Reload to see its current state.`,
          });
          expect(availableSteps(from, w.by)).not.toContain(step);
        });
      }
    }
  }

  it("offers each role exactly its steps", () => {
    expect(availableSteps("SUBMITTED", "SUPERVISOR")).toEqual(["acknowledge", "requestInfo", "forward", "decline"]);
    expect(availableSteps("ACKNOWLEDGED", "SUPERVISOR")).toEqual(["requestInfo", "forward", "close", "decline"]);
    expect(availableSteps("INFO_REQUESTED", "SUPERVISOR")).toEqual(["forward", "decline"]);
    expect(availableSteps("INFO_REQUESTED", "MENTOR")).toEqual(["answer"]);
    expect(availableSteps("FORWARDED", "SUPERVISOR")).toEqual(["close"]);
    expect(availableSteps("SUBMITTED", "MENTOR")).toEqual([]);
    expect(availableSteps("CLOSED", "SUPERVISOR")).toEqual([]);
    expect(availableSteps("DECLINED", "SUPERVISOR")).toEqual([]);
  });
});

describe("isOverdue", () => {
  const createdAt = new Date("2026-03-01T00:00:00Z");
  const late = new Date("2026-04-01T00:00:00Z");

  it("only a SUBMITTED referral nobody has acknowledged is overdue", () => {
    expect(isOverdue({ urgency: "URGENT", status: "SUBMITTED", createdAt, acknowledgedAt: null }, 24, late)).toBe(true);
    expect(
      isOverdue({ urgency: "URGENT", status: "SUBMITTED", createdAt, acknowledgedAt: new Date(createdAt) }, 24, late),
    ).toBe(false);
    for (const status of ["ACKNOWLEDGED", "INFO_REQUESTED", "FORWARDED", "CLOSED", "DECLINED"] as const)
      expect(isOverdue({ urgency: "URGENT", status, createdAt, acknowledgedAt: null }, 24, late)).toBe(false);
  });
});

describe("formatHours", () => {
  it("hours below two days, days from two days", () => {
    expect(formatHours(null)).toBe("—");
    expect(formatHours(3.54)).toBe("3.5 h");
    expect(formatHours(47.9)).toBe("47.9 h");
    expect(formatHours(48)).toBe("2 days");
    expect(formatHours(50.4)).toBe("2.1 days");
  });
});

describe("FORWARD_HOW_LABEL", () => {
  it("says how a referral was forwarded", () => {
    expect(FORWARD_HOW_LABEL).toEqual({
      SUPERVISOR_CONTACTED: "I contacted the centre",
      MENTEE_GIVEN_CONTACT: "The mentee has the centre's contact and will get in touch",
      APPOINTMENT_BOOKED: "An appointment is booked",
    });
  });
});
