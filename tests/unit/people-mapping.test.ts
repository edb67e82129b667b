import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyMapping,
  chunkRanges,
  guessMapping,
  headerKey,
  IMPORT_FIELDS,
  mappingProblems as problemsOf,
  recogniseHeader,
} from "@/lib/people/mapping";
import { translator } from "@/lib/i18n/translate";
import { checkRows } from "@/lib/people/rules";

describe("recogniseHeader", () => {
  it.each([
    ["E-mail", "email"],
    ["Email address", "email"],
    ["e-mail", "email"],
    ["Mail", "email"],
    [" EMAIL ", "email"],
    ["E_Mail", "email"],
    ["ایمیل", "email"],
    ["رایانامه", "email"],
    ["이메일", "email"],
    ["First name", "firstName"],
    ["Given name", "firstName"],
    ["Vorname", "firstName"],
    ["Prénom", "firstName"],
    ["Last name", "lastName"],
    ["Surname", "lastName"],
    ["Family name", "lastName"],
    ["Nachname", "lastName"],
    ["نام خانوادگی", "lastName"],
    ["نام‌خانوادگی", "lastName"],
    ["成", null],
    ["성", "lastName"],
    ["Name", "name"],
    ["Full name", "name"],
    ["نام", "name"],
    ["이름", "name"],
    ["Student No.", "studentNumber"],
    ["Matrikelnummer", "studentNumber"],
    ["학번", "studentNumber"],
    ["Sex", "gender"],
    ["Geschlecht", "gender"],
    ["Year of study", "year"],
    ["Languages", "languages"],
    ["Notes", null],
  ])("%s -> %s", (header, field) => {
    expect(recogniseHeader(header)).toBe(field);
  });

  it("the Arabic forms of ی and ک are the Persian ones", () => {
    expect(headerKey("ايميل")).toBe(headerKey("ایمیل"));
  });
});

describe("guessMapping", () => {
  it("a registry with first name, last name and E-mail", () => {
    expect(guessMapping(["Student ID", "First name", "Last name", "E-mail", "Sex", "Notes"])).toEqual({
      studentNumber: "Student ID",
      firstName: "First name",
      lastName: "Last name",
      email: "E-mail",
      gender: "Sex",
    });
  });

  it("a German registry: Name next to Vorname is the surname", () => {
    expect(guessMapping(["Name", "Vorname", "E-Mail-Adresse"])).toMatchObject({
      firstName: "Vorname",
      lastName: "Name",
    });
    expect(guessMapping(["Name", "Vorname", "Mail"]).name).toBeUndefined();
  });

  it("Persian and Korean: نام / 이름 next to the family name is the given name", () => {
    expect(guessMapping(["نام", "نام خانوادگی", "ایمیل"])).toEqual({
      firstName: "نام",
      lastName: "نام خانوادگی",
      email: "ایمیل",
    });
    expect(guessMapping(["성", "이름", "이메일"])).toEqual({ firstName: "이름", lastName: "성", email: "이메일" });
  });

  it("a full-name column wins over first and last name; the first of two email columns is taken", () => {
    expect(guessMapping(["Full name", "First name", "Last name", "Email", "E-mail"])).toEqual({
      name: "Full name",
      email: "Email",
    });
  });

  it("the project's own columns map to themselves", () => {
    const m = guessMapping(["name", "email", "role", "phase", "year", "student number", "gender", "international"]);
    expect(Object.keys(m).sort()).toEqual(
      ["name", "email", "role", "phase", "year", "studentNumber", "gender", "international"].sort(),
    );
  });
});

// The mapping's problems are codes (roster.csv.mapping.*): read in English here.
const en = translator("en");
const mappingProblems = (...a: Parameters<typeof problemsOf>) =>
  problemsOf(...a).map((p) => en.t(`roster.csv.mapping.${p.code}`, "header" in p ? p : {}));

describe("mappingProblems", () => {
  const headers = ["A", "B", "C"];
  it("needs a name and an email", () => {
    expect(mappingProblems({ name: "A", email: "B" }, headers)).toEqual([]);
    expect(mappingProblems({ firstName: "A", lastName: "C", email: "B" }, headers)).toEqual([]);
    expect(mappingProblems({ email: "B" }, headers).join(" ")).toMatch(/name/);
    expect(mappingProblems({ name: "A" }, headers).join(" ")).toMatch(/email/);
    expect(mappingProblems({ firstName: "A", email: "B" }, headers).join(" ")).toMatch(/last-name/);
    expect(mappingProblems({ name: "A", firstName: "C", email: "B" }, headers).join(" ")).toMatch(/not both/);
    expect(mappingProblems({ name: "Z", email: "B" }, headers).join(" ")).toMatch(/no column “Z”/);
  });
});

describe("applyMapping", () => {
  it("builds the rows checkRow reads, first and last name joined", () => {
    const rows = applyMapping(
      [
        { "First name": " Sara ", "Last name": "Ahmadi", "E-mail": "SARA@uni.test", Sex: "f", Notes: "x" },
        { "First name": "", "Last name": "Kim", "E-mail": "kim@uni.test", Sex: "" },
      ],
      { firstName: "First name", lastName: "Last name", email: "E-mail", gender: "Sex" },
    );
    expect(rows).toEqual([
      { email: "SARA@uni.test", gender: "f", name: "Sara Ahmadi" },
      { email: "kim@uni.test", gender: "", name: "Kim" },
    ]);
    const { checks, problemCount } = checkRows(rows);
    expect(problemCount).toBe(0);
    expect(checks.map((c) => c.person?.email)).toEqual(["sara@uni.test", "kim@uni.test"]);
  });

  it("an unmapped email is a missing column for checkRows (the server says so too)", () => {
    const rows = applyMapping([{ A: "Sara" }], { name: "A" });
    expect(checkRows(rows).fileProblems.map(en.resolve)).toEqual(['The file needs a "email" column.']);
  });

  it("every field maps to a column checkRow reads", () => {
    const mapping = Object.fromEntries(IMPORT_FIELDS.filter((f) => f !== "name").map((f) => [f, f]));
    const [row] = applyMapping([Object.fromEntries(IMPORT_FIELDS.map((f) => [f, "v"]))], mapping);
    expect(Object.keys(row).sort()).toEqual(
      [
        "availability",
        "dormitory",
        "email",
        "gender",
        "international",
        "languages",
        "motivation",
        "name",
        "phase",
        "role",
        "student number",
        "year",
      ].sort(),
    );
  });
});

describe("chunkRanges", () => {
  it("cuts by rows and by bytes, covering every row once, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string({ maxLength: 60 }), email: fc.string({ maxLength: 30 }) }), {
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 50, max: 3000 }),
        (rows, maxRows, maxBytes) => {
          const ranges = chunkRanges(rows, maxRows, maxBytes);
          let next = 0;
          for (const [from, to] of ranges) {
            expect(from).toBe(next);
            expect(to).toBeGreaterThan(from);
            expect(to - from).toBeLessThanOrEqual(maxRows);
            const bytes = new TextEncoder().encode(JSON.stringify(rows.slice(from, to))).length;
            if (to - from > 1) expect(bytes).toBeLessThanOrEqual(maxBytes);
            next = to;
          }
          expect(next).toBe(rows.length);
        },
      ),
    );
  });
});
