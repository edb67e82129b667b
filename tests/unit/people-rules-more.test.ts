import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkRow,
  checkRows,
  normaliseHeader,
  parseGender,
  parseLanguages,
  parsePhase,
  problemField,
  type RawRow,
} from "@/lib/people/rules";
import { translator } from "@/lib/i18n/translate";
import type { Msg } from "@/lib/i18n/msg";

// Problems are catalog messages (roster.csv.rowProblem.*, fileProblem.*): read in English here.
const en = translator("en");
const say = (ps: readonly Msg[]) => ps.map((p) => en.resolve(p));

const ok: RawRow = { name: "Sara Ahmadi", email: "sara@example.org" };
const row = (extra: RawRow): RawRow => ({ ...ok, ...extra });
const problems = (extra: RawRow) => say(checkRow(row(extra), 2).problems);

describe("parsePhase", () => {
  it("every accepted spelling, case and spaces ignored", () => {
    expect(parsePhase("")).toBeNull();
    expect(parsePhase("   ")).toBeNull();
    expect(parsePhase(" Clinical ")).toBe("CLINICAL");
    for (const v of ["preclinical", "pre-clinical", "first-year", "first year", " PreClinical ", "First Year"])
      expect(parsePhase(v)).toBe("PRECLINICAL");
    expect(parsePhase("second year")).toBe("unknown");
  });
});

describe("parseGender", () => {
  it("every accepted spelling, case and spaces ignored", () => {
    for (const v of ["f", "female", "woman", " Woman "]) expect(parseGender(v)).toBe("FEMALE");
    for (const v of ["m", "male", "man", "MAN "]) expect(parseGender(v)).toBe("MALE");
    for (const v of ["other", "diverse", "d", " Diverse"]) expect(parseGender(v)).toBe("OTHER");
    for (const v of ["", "undisclosed", "prefer not to say", " Prefer Not To Say "])
      expect(parseGender(v)).toBe("UNDISCLOSED");
    expect(parseGender("x")).toBe("unknown");
  });
});

describe("yes/no columns", () => {
  it("yes, y, true, 1, x are yes; no, n, false, 0 and empty are no (any case)", () => {
    for (const v of ["yes", "y", "true", "1", "x", "YES", "True"]) {
      const p = checkRow(row({ international: v, dormitory: v }), 2).person;
      expect(p?.international).toBe(true);
      expect(p?.dormitory).toBe(true);
    }
    for (const v of ["no", "n", "false", "0", "", "NO", "False"]) {
      const p = checkRow(row({ international: v, dormitory: v }), 2).person;
      expect(p?.international).toBe(false);
      expect(p?.dormitory).toBe(false);
    }
  });
  it("anything else is a problem, each column its own message", () => {
    expect(problems({ international: "maybe" })).toEqual(["International must be yes or no."]);
    expect(problems({ dormitory: "sometimes" })).toEqual(["Dormitory must be yes or no."]);
  });
});

describe("parseLanguages", () => {
  it("at most ten, de-duplicated, capitalised", () => {
    const many = "a,b,c,d,e,f,g,h,i,j,k,l";
    expect(parseLanguages(many)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]);
    expect(parseLanguages("persian; korean|english/persian")).toEqual(["Persian", "Korean", "English"]);
  });
  it("the 'language' column is read too", () => {
    expect(checkRow(row({ language: "farsi" }), 2).person?.languages).toEqual(["Farsi"]);
    expect(checkRow(row({ languages: "korean" }), 2).person?.languages).toEqual(["Korean"]);
  });
});

describe("checkRow: name and email", () => {
  it("alternative headers full name and e-mail", () => {
    const c = checkRow({ "full name": "Min  Ji", "e-mail": "MJ@Example.org" }, 3);
    expect(c).toMatchObject({ line: 3, name: "Min Ji", email: "mj@example.org", problems: [] });
  });
  it("missing name and email: exact messages", () => {
    expect(say(checkRow({ name: " ", email: "" }, 2).problems)).toEqual(["Name is missing.", "Email is missing."]);
  });
  it("name: 120 characters fine, 121 too long", () => {
    expect(problems({ name: "a".repeat(120) })).toEqual([]);
    expect(problems({ name: "a".repeat(121) })).toEqual(["Name is longer than 120 characters."]);
  });
  it("email: 200 characters fine, 201 too long", () => {
    const at = (n: number) => `${"a".repeat(n - "@example.org".length)}@example.org`;
    expect(at(200)).toHaveLength(200);
    expect(problems({ email: at(200) })).toEqual([]);
    expect(problems({ email: at(201) })).toEqual([`"${at(201)}" is not an email address.`]);
  });
  it("email: the whole cell must be one address", () => {
    expect(problems({ email: "a@b@c.de" })).toEqual(['"a@b@c.de" is not an email address.']);
    expect(problems({ email: "a@b.c@d" })).toEqual(['"a@b.c@d" is not an email address.']);
    expect(problems({ email: "no-at.example.org" })).toEqual(['"no-at.example.org" is not an email address.']);
  });
});

describe("checkRow: role and phase", () => {
  it("mentee and student are mentees, even when the default is MENTOR", () => {
    expect(checkRow(row({ role: "mentee" }), 2, "MENTOR").person?.kind).toBe("MENTEE");
    expect(checkRow(row({ role: "Student" }), 2, "MENTOR").person?.kind).toBe("MENTEE");
    expect(checkRow(row({ role: "mentor", phase: "clinical" }), 2, "MENTEE").person?.kind).toBe("MENTOR");
    expect(say(checkRow(row({}), 2, "MENTOR").problems)).toEqual(["A mentor needs a phase: preclinical or clinical."]);
    expect(checkRow(row({}), 2).person?.kind).toBe("MENTEE");
  });
  it("an unknown role is a problem naming it", () => {
    expect(problems({ role: "Teacher" })).toEqual(['Unknown role "teacher" (use mentee or mentor).']);
  });
  it("an unknown phase names the cell", () => {
    expect(problems({ phase: "Year 3" })).toEqual(['Unknown phase "Year 3" (use preclinical or clinical).']);
  });
  it("a mentee's phase is not kept; a mentor's is", () => {
    expect(checkRow(row({ phase: "clinical" }), 2).person?.phase).toBeNull();
    expect(checkRow(row({ role: "mentor", phase: "preclinical" }), 2).person?.phase).toBe("PRECLINICAL");
  });
});

describe("checkRow: year of study", () => {
  const msg = (v: string) => [`Year of study "${v}" must be a whole number from 1 to 8.`];
  it("1 to 8 whole numbers; 0, 9, fractions and words refused", () => {
    for (const y of [1, 2, 8]) expect(checkRow(row({ year: String(y) }), 2).person?.yearOfStudy).toBe(y);
    expect(checkRow(row({ "year of study": "4" }), 2).person?.yearOfStudy).toBe(4);
    expect(checkRow(row({}), 2).person?.yearOfStudy).toBeNull();
    for (const v of ["0", "9", "2.5", "three", "-1"]) expect(problems({ year: v })).toEqual(msg(v));
  });
  it("property: whole numbers are accepted exactly in 1..8", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 30 }), (y) => {
        expect(problems({ year: String(y) }).length === 0).toBe(y >= 1 && y <= 8);
      }),
    );
  });
});

describe("checkRow: gender and free text", () => {
  it("an unknown gender names the cell", () => {
    expect(problems({ gender: "Robot" })).toEqual([
      'Unknown gender "Robot" (use female, male, other, or leave it empty).',
    ]);
  });
  it("motivation at most 2000 characters, availability 500, empty is null", () => {
    const p = checkRow(row({ motivation: "m".repeat(2500), availability: "a".repeat(700) }), 2).person;
    expect(p?.motivation).toBe("m".repeat(2000));
    expect(p?.availability).toBe("a".repeat(500));
    const q = checkRow(row({ motivation: "  ", availability: "" }), 2).person;
    expect(q?.motivation).toBeNull();
    expect(q?.availability).toBeNull();
    const r = checkRow(row({ motivation: " help ", availability: " evenings " }), 2).person;
    expect(r?.motivation).toBe("help");
    expect(r?.availability).toBe("evenings");
  });
});

describe("checkRows", () => {
  it("the default kind is MENTEE", () => {
    expect(checkRows([ok]).checks[0]!.person?.kind).toBe("MENTEE");
  });
  it("rows without email are not duplicates of each other", () => {
    const { checks } = checkRows([
      { name: "A", email: "" },
      { name: "B", email: "" },
    ]);
    expect(checks.map((c) => say(c.problems))).toEqual([["Email is missing."], ["Email is missing."]]);
  });
});

describe("normaliseHeader and problemField", () => {
  it("normaliseHeader trims and lower-cases", () => {
    expect(normaliseHeader("  E-Mail ")).toBe("e-mail");
  });
  it("each checkRow problem goes next to its field (by its code, not its sentence)", () => {
    const field = (extra: RawRow, kind: "MENTEE" | "MENTOR" = "MENTEE") =>
      checkRow(row(extra), 2, kind).problems.map(problemField);
    expect(field({ name: "" })).toEqual(["name"]);
    expect(field({ name: "a".repeat(121) })).toEqual(["name"]);
    expect(field({ email: "" })).toEqual(["email"]);
    expect(field({ email: "x" })).toEqual(["email"]);
    expect(field({ phase: "x" })).toEqual(["phase"]);
    expect(field({}, "MENTOR")).toEqual(["phase"]);
    expect(field({ year: "9" })).toEqual(["year"]);
    expect(field({ gender: "x" })).toEqual(["gender"]);
    expect(field({ "student number": "a#b" })).toEqual(["studentNumber"]);
    expect(field({ international: "maybe" })).toEqual(["_form"]);
    expect(field({ role: "x" })).toEqual(["_form"]);
    const dup = checkRows([
      ok,
      ok,
      row({ email: "b@example.org", "student number": "7" }),
      row({ email: "c@example.org", "student number": "7" }),
    ]);
    expect(dup.checks.flatMap((c) => c.problems.map(problemField))).toEqual(["email", "studentNumber"]);
  });
});
