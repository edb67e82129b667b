import { describe, expect, it } from "vitest";
import { balanceReport, balanceSummary, formatBalanceReport } from "@/lib/pairing/rules/balance";
import type { GroupMentee, GroupPair } from "@/lib/pairing/rules/grouping";

const pair = (id: string, data: Partial<GroupPair> = {}): GroupPair & { label: string } => ({
  id,
  label: `Group ${id}`,
  current: 0,
  capacity: 6,
  eligible: true,
  mentorUserIds: [],
  languages: [],
  international: false,
  dormitory: false,
  genders: [],
  ...data,
});
const mentee = (id: string, data: Partial<GroupMentee> = {}): GroupMentee => ({
  id,
  userId: `u-${id}`,
  gender: "FEMALE",
  international: false,
  dormitory: false,
  languages: [],
  ...data,
});

describe("the balance report", () => {
  const pairs = [pair("1", { languages: ["Arabic"], international: true }), pair("2")];
  const mentees = [
    mentee("a", { international: true, languages: ["Arabic"] }),
    mentee("b", { gender: "MALE", dormitory: true }),
    mentee("c", { gender: "OTHER" }),
    mentee("d", { gender: "MALE", international: true, languages: ["Korean"] }),
  ];
  const assignments = [
    { menteeId: "a", pairId: "1" },
    { menteeId: "b", pairId: "1" },
    { menteeId: "c", pairId: "2" },
    { menteeId: "d", pairId: "2" },
    { menteeId: "nobody", pairId: "2" },
  ];
  const report = balanceReport(pairs, assignments, mentees);

  it("counts sizes, genders and each mentee's top criterion per group", () => {
    expect(report.rows).toEqual([
      { pairId: "1", label: "Group 1", size: 2, female: 1, male: 1, other: 0, withCriterion: 2, criterionMet: 1 },
      { pairId: "2", label: "Group 2", size: 2, female: 0, male: 1, other: 1, withCriterion: 1, criterionMet: 0 },
    ]);
    expect(report).toMatchObject({ total: 4, female: 1, withCriterion: 3, criterionMet: 1 });
    expect(report.topCriterionShare).toBeCloseTo(1 / 3);
  });

  it("says it in one sentence, the same on the page and in the terminal", () => {
    const sentence = "4 mentees in groups (1 female). Top matching criterion met for 1 of 3 (33%).";
    expect(balanceSummary(report)).toBe(sentence);
    const text = formatBalanceReport(report, 6).split("\n");
    expect(text[0]).toBe("Group | Size | Female | Male | Other / not given | Top criterion met");
    expect(text[1]).toBe("Group 1 | 2/6 | 1 | 1 | 0 | 1/2");
    expect(text.at(-1)).toBe(sentence);
    expect(balanceSummary(balanceReport(pairs, [], mentees))).toBe(
      "0 mentees in groups (0 female). Top matching criterion met for 0 of 0.",
    );
  });
});
