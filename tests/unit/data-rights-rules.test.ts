import { describe, expect, it } from "vitest";
import {
  ANONYMISED_TEXT,
  anonymisedEmail,
  anonymisedName,
  cohortDueForRetention,
  deletionProblem,
  type KeptRecords,
} from "@/lib/data-rights/rules";

const none: KeptRecords = {
  contacts: 0,
  referrals: 0,
  bookings: 0,
  templateSends: 0,
  surveyResponses: 0,
  attendances: 0,
  feedback: 0,
  pairs: 0,
  groups: 0,
  slots: 0,
  referralEvents: 0,
  outcomes: 0,
};

describe("anonymised identity", () => {
  it("replaces text with a fixed marker", () => {
    expect(ANONYMISED_TEXT).toBe("[removed]");
  });
  it("names a former participant by the last six characters of their id", () => {
    expect(anonymisedName("cmabcdef0123456789xyz")).toBe("Former participant 789xyz");
    expect(anonymisedName("abc")).toBe("Former participant abc");
  });
  it("gives an address under the reserved .invalid domain that keeps the whole id (unique)", () => {
    expect(anonymisedEmail("cmabcdef0123456789xyz")).toBe("anonymised-cmabcdef0123456789xyz@invalid");
  });
});

describe("deletionProblem", () => {
  it("lets an account with no kept records be deleted outright", () => {
    expect(deletionProblem(none)).toBeNull();
  });
  it("asks for anonymisation when any one kind of record exists", () => {
    for (const key of Object.keys(none) as (keyof KeptRecords)[])
      expect(deletionProblem({ ...none, [key]: 1 }), key).toBe("dataRights.request.keptRecords");
    expect(deletionProblem({ ...none, contacts: 3, outcomes: 2 })).toBe("dataRights.request.keptRecords");
  });
});

describe("cohortDueForRetention", () => {
  const now = new Date("2026-12-02T08:00:00Z");
  const closed = { status: "CLOSED", endsOn: new Date("2020-06-30T00:00:00Z"), anonymisedAt: null };

  it("is due for a closed, not yet anonymised cohort that ended more than `years` ago", () => {
    expect(cohortDueForRetention(closed, 5, now)).toBe(true);
    expect(cohortDueForRetention(closed, 6, now)).toBe(true);
    expect(cohortDueForRetention(closed, 0, now)).toBe(true);
  });
  it("is not due when it ended less than `years` ago", () => {
    expect(cohortDueForRetention(closed, 7, now)).toBe(false);
    expect(cohortDueForRetention({ ...closed, endsOn: new Date("2026-11-01T00:00:00Z") }, 1, now)).toBe(false);
  });
  it("the cutoff is exactly `years` calendar years back (not months), strictly before it", () => {
    const cutoff = new Date("2021-12-02T08:00:00Z");
    expect(cohortDueForRetention({ ...closed, endsOn: cutoff }, 5, now)).toBe(false);
    expect(cohortDueForRetention({ ...closed, endsOn: new Date(cutoff.getTime() - 1) }, 5, now)).toBe(true);
    expect(cohortDueForRetention({ ...closed, endsOn: new Date(cutoff.getTime() + 1) }, 5, now)).toBe(false);
    // five months back is far from five years back
    expect(cohortDueForRetention({ ...closed, endsOn: new Date("2026-06-01T00:00:00Z") }, 5, now)).toBe(false);
  });
  it("does not change `now`", () => {
    const at = new Date(now);
    cohortDueForRetention(closed, 5, at);
    expect(at.getTime()).toBe(now.getTime());
  });
  it("never without a retention period, for a cohort not closed, or one already anonymised", () => {
    expect(cohortDueForRetention(closed, null, now)).toBe(false);
    for (const status of ["DRAFT", "ACTIVE", "closed"])
      expect(cohortDueForRetention({ ...closed, status }, 5, now), status).toBe(false);
    expect(cohortDueForRetention({ ...closed, anonymisedAt: new Date("2026-01-01T00:00:00Z") }, 5, now)).toBe(false);
  });
});
