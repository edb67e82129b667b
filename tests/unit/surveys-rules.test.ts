import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerProblem,
  audienceIncludes,
  cellShown,
  checkAnswers,
  closeProblem,
  csv,
  feedbackShown,
  itemsFor,
  openProblem,
  respondentCode,
  shuffled,
  surveyPhase,
  type ItemRule,
} from "@/lib/surveys/rules";

const H = 3_600_000;
const now = new Date("2026-05-10T12:00:00Z");
const window = (from: number, to: number, draft = false) => ({
  draft,
  opensAt: new Date(now.getTime() + from * H),
  closesAt: new Date(now.getTime() + to * H),
});

describe("the survey window", () => {
  it("draft, scheduled, open (from opensAt), closed (at closesAt)", () => {
    expect(surveyPhase(window(-1, 1, true), now)).toBe("draft");
    expect(surveyPhase(window(1, 2), now)).toBe("scheduled");
    expect(surveyPhase(window(0, 1), now)).toBe("open");
    expect(surveyPhase(window(-2, 0), now)).toBe("closed");
  });
  it("answering: only the audience, only while open", () => {
    const open = { ...window(-1, 1), audience: "MENTEES" as const };
    expect(answerProblem(open, "MENTEE", now)).toBeNull();
    expect(answerProblem(open, "MENTOR", now)).toBe("surveys.errors.notForYou");
    expect(answerProblem({ ...window(-2, -1), audience: "EVERYONE" }, "MENTOR", now)).toBe("surveys.errors.closed");
    expect(answerProblem({ ...window(1, 2), audience: "EVERYONE" }, "MENTOR", now)).toBe("surveys.errors.notOpenYet");
    expect(answerProblem({ ...window(-1, 1, true), audience: "EVERYONE" }, "MENTOR", now)).toBe(
      "surveys.errors.notOpenYet",
    );
  });
  it("opening needs a draft with items and a future close; closing needs an open survey", () => {
    expect(openProblem({ ...window(-1, 24, true), itemCount: 3 }, now)).toBeNull();
    expect(openProblem({ ...window(-1, 24, true), itemCount: 0 }, now)).toBe("surveys.errors.noItems");
    expect(openProblem({ ...window(-48, -24, true), itemCount: 3 }, now)).toBe("surveys.errors.closesInPast");
    expect(openProblem({ ...window(-1, 24), itemCount: 3 }, now)).toBe("surveys.errors.alreadyOpen");
    expect(closeProblem(window(-1, 24), now)).toBeNull();
    expect(closeProblem(window(-1, 24, true), now)).toBe("surveys.errors.notOpen");
    expect(closeProblem(window(-48, -24), now)).toBe("surveys.errors.notOpen");
  });
  it("audiences and per-item audiences", () => {
    expect(audienceIncludes("EVERYONE", "MENTOR")).toBe(true);
    expect(audienceIncludes("MENTORS", "MENTEE")).toBe(false);
    const items = [
      { id: "a", audience: "EVERYONE" as const },
      { id: "b", audience: "MENTORS" as const },
      { id: "c", audience: "MENTEES" as const },
    ];
    expect(itemsFor(items, "MENTOR").map((i) => i.id)).toEqual(["a", "b"]);
    expect(itemsFor(items, "MENTEE").map((i) => i.id)).toEqual(["a", "c"]);
  });
});

describe("checking answers", () => {
  const items: ItemRule[] = [
    { id: "l", kind: "LIKERT_5", required: true, options: [] },
    { id: "s", kind: "SINGLE_CHOICE", required: true, options: ["A", "B"] },
    { id: "m", kind: "MULTIPLE_CHOICE", required: false, options: ["X", "Y", "Z"] },
    { id: "n", kind: "NUMBER", required: false, options: [] },
    { id: "t", kind: "TEXT", required: false, options: [] },
  ];
  it("a complete submission is cleaned", () => {
    const r = checkAnswers(
      items,
      {
        l: { value: "4" },
        s: { value: "B" },
        m: { values: ["Z", "X"] },
        n: { value: "12.5" },
        t: { value: "  fine " },
      },
      true,
    );
    expect(r.problems).toEqual({});
    expect(r.answers.get("l")).toMatchObject({ likert: 4 });
    expect(r.answers.get("m")).toMatchObject({ choices: ["X", "Z"] });
    expect(r.answers.get("n")).toMatchObject({ number: 12.5 });
    expect(r.answers.get("t")).toMatchObject({ text: "fine" });
  });
  it("required items only on submit; a draft keeps gaps", () => {
    expect(checkAnswers(items, {}, true).problems).toEqual({
      l: "surveys.errors.required",
      s: "surveys.errors.required",
    });
    expect(checkAnswers(items, {}, false).problems).toEqual({});
  });
  it("refuses values off the scale or not among the options", () => {
    const r = checkAnswers(
      items,
      {
        l: { value: "6" },
        s: { value: "C" },
        m: { values: ["X", "X"] },
        n: { value: "abc" },
        t: { value: "x".repeat(2001) },
      },
      false,
    );
    expect(r.problems).toEqual({
      l: "surveys.errors.likertRange",
      s: "surveys.errors.choice",
      m: "surveys.errors.choice",
      n: "surveys.errors.number",
      t: "surveys.errors.textTooLong",
    });
    expect(r.answers.size).toBe(0);
  });
  it("any Likert string is either an integer 1..5 or a problem", () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        const r = checkAnswers([items[0]], { l: { value: v } }, true);
        const a = r.answers.get("l");
        if (a) expect([1, 2, 3, 4, 5]).toContain(a.likert);
        else expect(r.problems.l).toBeDefined();
      }),
    );
  });
});

describe("anonymity rules", () => {
  it("cells need 5 answers; a mentor's own feedback needs 3 mentees", () => {
    expect([4, 5].map(cellShown)).toEqual([false, true]);
    expect([2, 3].map(feedbackShown)).toEqual([false, true]);
  });
  it("shuffling keeps every row, whatever the random source returns", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.double(), (xs, seed) => {
        let s = seed;
        const out = shuffled(xs, () => (s = (s * 9301 + 0.49297) % 1));
        expect([...out].sort()).toEqual([...xs].sort());
      }),
    );
    expect(respondentCode(0)).toBe("R001");
  });
  it("CSV quotes commas, quotes and newlines, and defuses spreadsheet formulas", () => {
    expect(csv([["a,b", 'say "hi"', "=SUM(A1)", 3, null]])).toBe('"a,b","say ""hi""",\'=SUM(A1),3,\r\n');
  });
});
