/**
 * People import: which column of the coordinator's file holds which field (decision 129). The
 * browser guesses a mapping from the file's headers, the coordinator may change it, and
 * `applyMapping` builds the rows checkRow reads ("name", "email", …). The server checks those
 * rows again (it never trusts the mapping). Pure: no Prisma, no next/*, no DOM.
 */

/** The fields a file can provide, in the order the mapping step shows them. */
export const IMPORT_FIELDS = [
  "name",
  "firstName",
  "lastName",
  "email",
  "role",
  "phase",
  "year",
  "studentNumber",
  "gender",
  "international",
  "dormitory",
  "languages",
  "motivation",
  "availability",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** field -> the header (as in the file) it comes from; a field that is absent is not imported. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

/** The column names checkRow reads (lib/people/rules.ts CSV_COLUMNS), per field. */
const TARGET: Record<Exclude<ImportField, "firstName" | "lastName">, string> = {
  name: "name",
  email: "email",
  role: "role",
  phase: "phase",
  year: "year",
  studentNumber: "student number",
  gender: "gender",
  international: "international",
  dormitory: "dormitory",
  languages: "languages",
  motivation: "motivation",
  availability: "availability",
};

/**
 * A header reduced to what identifies it: lower case, no accents, no spaces or punctuation, the
 * Arabic letters ي/ك as their Persian forms. "E-mail", "e_mail " and "EMAIL" are all "email";
 * "نام‌خانوادگی" and "نام خانوادگی" are the same.
 */
export function headerKey(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ي/g, "ی")
    .replace(/ك/g, "ک")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Known header variants per field, as headerKey gives them. "name" also holds the ambiguous ones. */
const VARIANTS: Record<ImportField, readonly string[]> = {
  name: [
    "name",
    "fullname",
    "names",
    "studentname",
    "personname",
    "displayname",
    "nameofstudent",
    "vollername",
    "نام",
    "ناموناموخانوادگی",
    "نامکامل",
    "이름",
    "성명",
    "학생이름",
  ],
  firstName: [
    "firstname",
    "givenname",
    "forename",
    "firstnames",
    "givennames",
    "vorname",
    "prenom",
    "first",
    "اسم",
    "نامکوچک",
  ],
  lastName: [
    "lastname",
    "surname",
    "familyname",
    "nachname",
    "familienname",
    "last",
    "nom",
    "نامخانوادگی",
    "فامیلی",
    "فامیل",
    "성",
    "성씨",
  ],
  email: [
    "email",
    "emailaddress",
    "mail",
    "mailaddress",
    "emailadresse",
    "mailadresse",
    "universityemail",
    "studentemail",
    "schoolemail",
    "ایمیل",
    "رایانامه",
    "پستالکترونیک",
    "پستالکترونیکی",
    "آدرسایمیل",
    "이메일",
    "이메일주소",
    "전자우편",
    "메일",
  ],
  role: ["role", "rolle", "type", "نقش", "역할"],
  phase: ["phase", "stage", "studyphase", "مرحله", "단계"],
  year: ["year", "yearofstudy", "studyyear", "studienjahr", "سال", "سالتحصیلی", "학년"],
  studentNumber: [
    "studentnumber",
    "studentno",
    "studentid",
    "studentnr",
    "matriculationnumber",
    "matrikelnummer",
    "matrikelnr",
    "registrationnumber",
    "شمارهدانشجویی",
    "شمارهدانشجو",
    "학번",
  ],
  gender: ["gender", "sex", "geschlecht", "جنسیت", "جنس", "성별"],
  international: ["international", "internationalstudent", "international student", "بینالمللی", "유학생", "국제학생"],
  dormitory: ["dormitory", "dorm", "residence", "studentresidence", "wohnheim", "خوابگاه", "기숙사"],
  languages: ["languages", "language", "sprachen", "sprache", "زبان", "زبانها", "언어"],
  motivation: ["motivation", "انگیزه", "동기"],
  availability: ["availability", "verfugbarkeit", "زمانآزاد", "가능시간"],
};

const LOOKUP: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((f) => VARIANTS[f].map((v) => [headerKey(v), f] as const)),
);

/** The field a header is recognised as, or null. */
export function recogniseHeader(header: string): ImportField | null {
  return LOOKUP.get(headerKey(header)) ?? null;
}

/**
 * The mapping guessed from a file's headers: each field takes the first header recognised as it.
 * A generic "name" column next to only one of first/last name is the other half ("Name" and
 * "Vorname" in a German registry; "نام" and "نام خانوادگی"; "성" and "이름"); with both halves,
 * or with neither, it is the full name.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const h of headers) {
    const field = recogniseHeader(h);
    if (field && mapping[field] === undefined) mapping[field] = h;
  }
  if (mapping.name !== undefined) {
    if (mapping.firstName !== undefined && mapping.lastName === undefined) {
      mapping.lastName = mapping.name;
      delete mapping.name;
    } else if (mapping.lastName !== undefined && mapping.firstName === undefined) {
      mapping.firstName = mapping.name;
      delete mapping.name;
    } else if (mapping.firstName !== undefined && mapping.lastName !== undefined) {
      // a full-name column wins: first and last name would be the same person twice
      delete mapping.firstName;
      delete mapping.lastName;
    }
  }
  return mapping;
}

/** A problem of the column mapping: its catalog message is roster.csv.mapping.<code>. */
export type MappingProblem =
  | { code: "noColumn"; header: string; field: string }
  | { code: "noName" }
  | { code: "nameTwice" }
  | { code: "nameHalf" }
  | { code: "noEmail" };

/** What is missing before rows can be built: a name (one column, or first and last) and an email. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const known = new Set(headers);
  for (const [field, header] of Object.entries(mapping))
    if (header !== undefined && !known.has(header)) problems.push({ code: "noColumn", header, field });
  const split = mapping.firstName !== undefined || mapping.lastName !== undefined;
  if (mapping.name === undefined && !split) problems.push({ code: "noName" });
  if (mapping.name !== undefined && split) problems.push({ code: "nameTwice" });
  if (mapping.name === undefined && split && (mapping.firstName === undefined || mapping.lastName === undefined))
    problems.push({ code: "nameHalf" });
  if (mapping.email === undefined) problems.push({ code: "noEmail" });
  return problems;
}

/**
 * The rows checkRow reads, built from the file's rows with the mapping: only mapped fields are
 * present (so an unmapped name or email is reported as a missing column); first and last name
 * are joined with a space.
 */
export function applyMapping(
  rows: readonly Record<string, string | undefined>[],
  mapping: ColumnMapping,
): Record<string, string>[] {
  const simple = (Object.keys(TARGET) as (keyof typeof TARGET)[]).flatMap((f) =>
    mapping[f] !== undefined ? [[TARGET[f], mapping[f]!] as const] : [],
  );
  const { firstName, lastName } = mapping;
  const split = mapping.name === undefined && (firstName !== undefined || lastName !== undefined);
  return rows.map((row) => {
    const out: Record<string, string> = {};
    for (const [target, header] of simple) out[target] = row[header] ?? "";
    if (split) {
      const parts = [firstName, lastName].map((h) => (h === undefined ? "" : (row[h] ?? "").trim()));
      out.name = parts.filter(Boolean).join(" ");
    }
    return out;
  });
}

/**
 * The file cut into consecutive chunks of at most `maxRows` rows and about `maxBytes` of JSON
 * each (server actions refuse bodies over 1 MB): `[start, end)` pairs covering every row once.
 * A single row larger than `maxBytes` is a chunk of its own.
 */
export function chunkRanges(
  rows: readonly Record<string, string>[],
  maxRows: number,
  maxBytes: number,
): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  let bytes = 1; // "["
  for (let i = 0; i < rows.length; i++) {
    const size = jsonBytes(rows[i]);
    if (i > start && (i - start >= maxRows || bytes + size > maxBytes)) {
      ranges.push([start, i]);
      start = i;
      bytes = 1;
    }
    bytes += size;
  }
  if (rows.length > start) ranges.push([start, rows.length]);
  return ranges;
}

/** An upper bound of a row's JSON in UTF-8, with the comma (or "]") after it. */
function jsonBytes(row: Record<string, string>): number {
  let n = 3;
  for (const [k, v] of Object.entries(row)) {
    n += 6 + utf8Max(k) + utf8Max(v);
  }
  return n;
}

function utf8Max(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // escaped control characters and quotes take up to 6 bytes in JSON
    n += c < 0x20 || c === 0x22 || c === 0x5c ? 6 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}
