import { describe, expect, it } from "vitest";
import {
  checkAnswers,
  csv,
  csvField,
  groupsOf,
  type ItemRule,
  MAX_TEXT,
  openProblem,
  reminderDue,
  responseRate,
  shuffled,
} from "@/lib/surveys/rules";

const DAY = 86_400_000;
const T0 = new Date("2026-03-02T09:00:00Z").getTime();
const at = (ms: number) => new Date(ms);

describe("openProblem", () => {
  const base = { draft: false, opensAt: at(T0 + DAY), closesAt: at(T0 + 10 * DAY), itemCount: 2 };

  it("a scheduled (published, not yet open) survey may still be opened", () => {
    expect(openProblem(base, at(T0))).toBeNull();
  });

  it("an open or closed survey is already open", () => {
    expect(openProblem(base, at(T0 + 2 * DAY))).toBe("surveys.errors.alreadyOpen");
    expect(openProblem(base, at(T0 + 11 * DAY))).toBe("surveys.errors.alreadyOpen");
  });

  it("refuses a survey without items, and one closing now or earlier", () => {
    expect(openProblem({ ...base, draft: true, itemCount: 0 }, at(T0))).toBe("surveys.errors.noItems");
    expect(openProblem({ ...base, draft: true }, at(T0 + 10 * DAY))).toBe("surveys.errors.closesInPast");
    expect(openProblem({ ...base, draft: true }, at(T0 + 10 * DAY - 1))).toBeNull();
  });
});

const item = (kind: ItemRule["kind"], extra: Partial<ItemRule> = {}): ItemRule => ({
  id: "q",
  kind,
  required: true,
  options: [],
  ...extra,
});
const empty = { likert: null, text: null, number: null, choices: [] };

function one(rule: ItemRule, raw: { value?: string; values?: string[] }, final = true) {
  const { answers, problems } = checkAnswers([rule], { q: raw }, final);
  return { answer: answers.get("q"), problem: problems.q };
}

describe("checkAnswers", () => {
  it("likert: 1 to 5 whole numbers only", () => {
    const r = item("LIKERT_5");
    expect(one(r, { value: "1" })).toEqual({ answer: { ...empty, likert: 1 }, problem: undefined });
    expect(one(r, { value: " 5 " })).toEqual({ answer: { ...empty, likert: 5 }, problem: undefined });
    for (const bad of ["0", "6", "2.5", "x"])
      expect(one(r, { value: bad })).toEqual({ answer: undefined, problem: "surveys.errors.likertRange" });
  });

  it("number: finite and at most 1e9 either way", () => {
    const r = item("NUMBER");
    expect(one(r, { value: "1000000000" }).answer).toEqual({ ...empty, number: 1e9 });
    expect(one(r, { value: "-1000000000" }).answer).toEqual({ ...empty, number: -1e9 });
    expect(one(r, { value: "1.5" }).answer).toEqual({ ...empty, number: 1.5 });
    for (const bad of ["1000000001", "-1000000001", "Infinity", "abc"])
      expect(one(r, { value: bad })).toEqual({ answer: undefined, problem: "surveys.errors.number" });
  });

  it("single choice: one of the options", () => {
    const r = item("SINGLE_CHOICE", { options: ["a", "b"] });
    expect(one(r, { value: "b" })).toEqual({ answer: { ...empty, choices: ["b"] }, problem: undefined });
    expect(one(r, { value: "c" })).toEqual({ answer: undefined, problem: "surveys.errors.choice" });
  });

  it("multiple choice: options only, no repeats, in the options' order, empty strings dropped", () => {
    const r = item("MULTIPLE_CHOICE", { options: ["a", "b", "c"] });
    expect(one(r, { values: ["c", "a"] }).answer).toEqual({ ...empty, choices: ["a", "c"] });
    expect(one(r, { values: ["b", ""] }).answer).toEqual({ ...empty, choices: ["b"] });
    expect(one(r, { values: ["a", "z"] }).problem).toBe("surveys.errors.choice");
    expect(one(r, { values: ["a", "a"] }).problem).toBe("surveys.errors.choice");
    expect(one(r, { values: [""] })).toEqual({ answer: undefined, problem: "surveys.errors.required" });
  });

  it("multiple choice: blank is decided by the values, not by a stray single value", () => {
    const r = item("MULTIPLE_CHOICE", { options: ["a"], required: false });
    expect(one(r, { value: "a" })).toEqual({ answer: undefined, problem: undefined });
    expect(one({ ...r, required: true }, { value: "a" }).problem).toBe("surveys.errors.required");
  });

  it("text: trimmed, at most MAX_TEXT characters", () => {
    const r = item("TEXT");
    expect(one(r, { value: "  hi  " }).answer).toEqual({ ...empty, text: "hi" });
    expect(one(r, { value: "x".repeat(MAX_TEXT) }).answer).toEqual({ ...empty, text: "x".repeat(MAX_TEXT) });
    expect(one(r, { value: "x".repeat(MAX_TEXT + 1) })).toEqual({
      answer: undefined,
      problem: "surveys.errors.textTooLong",
    });
  });

  it("blank required items are a problem only on submit", () => {
    const r = item("TEXT");
    expect(one(r, { value: "  " }, true).problem).toBe("surveys.errors.required");
    expect(one(r, { value: "  " }, false)).toEqual({ answer: undefined, problem: undefined });
  });
});

describe("responseRate and groupsOf", () => {
  it("is the fraction answered, null with nobody invited", () => {
    expect(responseRate(3, 4)).toBe(0.75);
    expect(responseRate(0, 5)).toBe(0);
    expect(responseRate(0, 0)).toBeNull();
    expect(responseRate(2, 0)).toBeNull();
  });

  it("a mentor counts in the mentors' group and their phase; a mentee in the mentees'", () => {
    expect(groupsOf("MENTOR", "CLINICAL")).toEqual(["MENTOR", "CLINICAL"]);
    expect(groupsOf("MENTOR", "PRECLINICAL")).toEqual(["MENTOR", "PRECLINICAL"]);
    expect(groupsOf("MENTOR", null)).toEqual(["MENTOR"]);
    expect(groupsOf("MENTEE", "CLINICAL")).toEqual(["MENTEE"]);
    expect(groupsOf("MENTEE", null)).toEqual(["MENTEE"]);
  });
});

describe("shuffled", () => {
  it("Fisher-Yates with the given random source (n - 1 draws)", () => {
    let calls = 0;
    const zero = () => {
      calls++;
      return 0;
    };
    expect(shuffled([1, 2, 3], zero)).toEqual([2, 3, 1]);
    expect(calls).toBe(2);
    expect(shuffled([1, 2, 3, 4], () => 0.5)).toEqual([1, 4, 2, 3]);
    expect(shuffled([1, 2, 3, 4], () => 0.999)).toEqual([1, 2, 3, 4]);
  });

  it("keeps any random() in range", () => {
    expect(shuffled([1, 2, 3], () => 1)).toEqual([1, 2, 3]);
    expect(shuffled([1, 2, 3], () => -1)).toEqual([2, 3, 1]);
    expect(shuffled([1, 2, 3], () => Number.NaN)).toEqual([2, 3, 1]);
    expect(shuffled([], () => 0)).toEqual([]);
    expect(shuffled(["x"], () => 0)).toEqual(["x"]);
  });

  it("does not change its input", () => {
    const xs = [1, 2, 3];
    shuffled(xs, () => 0);
    expect(xs).toEqual([1, 2, 3]);
  });
});

describe("csv", () => {
  it("puts a quote before text a spreadsheet would run, not before numbers", () => {
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@x")).toBe("'@x");
    expect(csvField(-1)).toBe("-1");
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("a-b")).toBe("a-b");
    expect(csvField(null)).toBe("");
  });

  it("ends every row with CRLF", () => {
    expect(csv([["a"]])).toBe("a\r\n");
    expect(csv([["a", 1], ["b,c"]])).toBe('a,1\r\n"b,c"\r\n');
  });
});

describe("reminderDue", () => {
  const long = { draft: false, opensAt: at(T0), closesAt: at(T0 + 10 * DAY) };

  it("none before the survey opens, none once closed, none for a draft", () => {
    expect(reminderDue(long, at(T0 - 1))).toBeNull();
    expect(reminderDue(long, at(T0 + 10 * DAY))).toBeNull();
    expect(reminderDue({ ...long, draft: true }, at(T0 + 5 * DAY))).toBeNull();
  });

  it("the first from three days after opening", () => {
    expect(reminderDue(long, at(T0 + DAY))).toBeNull();
    expect(reminderDue(long, at(T0 + 3 * DAY - 1))).toBeNull();
    expect(reminderDue(long, at(T0 + 3 * DAY))).toBe(1);
    expect(reminderDue(long, at(T0 + 8 * DAY - 1))).toBe(1);
  });

  it("the second from two days before the close", () => {
    expect(reminderDue(long, at(T0 + 8 * DAY))).toBe(2);
    expect(reminderDue(long, at(T0 + 10 * DAY - 1))).toBe(2);
  });

  it("no second reminder for a survey open three days or less", () => {
    const short = { draft: false, opensAt: at(T0), closesAt: at(T0 + 3 * DAY) };
    expect(reminderDue(short, at(T0 + 2 * DAY))).toBeNull();
    expect(reminderDue(short, at(T0 + 3 * DAY - 1))).toBeNull();
    const longer = { draft: false, opensAt: at(T0), closesAt: at(T0 + 3 * DAY + 1) };
    expect(reminderDue(longer, at(T0 + 2 * DAY))).toBe(2);
  });
});
