import { describe, expect, it } from "vitest";
import { balanceCells, balanceReport, type BalanceRow } from "@/lib/pairing/rules/balance";
import type { GroupMentee, GroupPair } from "@/lib/pairing/rules/grouping";

const pair: GroupPair & { label: string } = {
  id: "p1",
  label: "Group 1",
  current: 0,
  capacity: 6,
  eligible: true,
  mentorUserIds: [],
  languages: [],
  international: true,
  dormitory: false,
  genders: [],
};
const mentee: GroupMentee = {
  id: "m1",
  userId: "u1",
  gender: "FEMALE",
  international: true,
  dormitory: false,
  languages: [],
};

describe("balanceReport", () => {
  it("skips assignments to unknown mentees or unknown pairs", () => {
    const r = balanceReport(
      [pair],
      [
        { menteeId: "m1", pairId: "p1" },
        { menteeId: "ghost", pairId: "p1" },
        { menteeId: "m1", pairId: "gone" },
      ],
      [mentee],
    );
    expect(r.total).toBe(1);
    expect(r.rows).toEqual([
      { pairId: "p1", label: "Group 1", size: 1, female: 1, male: 0, other: 0, withCriterion: 1, criterionMet: 1 },
    ]);
    expect(r.topCriterionShare).toBe(1);
  });
});

describe("balanceCells", () => {
  const row: BalanceRow = {
    pairId: "p1",
    label: "Group 1",
    size: 5,
    female: 2,
    male: 2,
    other: 1,
    withCriterion: 4,
    criterionMet: 3,
  };

  it("shows the size alone without a group size, as n/size with one", () => {
    expect(balanceCells(row)).toEqual(["Group 1", "5", "2", "2", "1", "3/4"]);
    expect(balanceCells(row, 6)).toEqual(["Group 1", "5/6", "2", "2", "1", "3/4"]);
    expect(balanceCells({ ...row, withCriterion: 0, criterionMet: 0 })).toEqual(["Group 1", "5", "2", "2", "1", "—"]);
  });
});
