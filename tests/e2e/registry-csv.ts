/**
 * A university registry export as the import journeys upload it: 14 columns with the headers a
 * registry writes ("First name", "Last name", "E-mail", …), nine of which the column mapping takes.
 */
export const REGISTRY_HEADERS = [
  "Student ID",
  "First name",
  "Last name",
  "E-mail",
  "Sex",
  "Year",
  "Programme",
  "Campus",
  "International",
  "Lives on campus",
  "Languages",
  "Phone",
  "Enrolled on",
  "Notes",
];

export function registryCsv(
  count: number,
  email: (i: number) => string,
  opts: { noName?: (i: number) => boolean; languages?: (i: number) => string } = {},
): Buffer {
  const lines = [REGISTRY_HEADERS.join(",")];
  for (let i = 0; i < count; i++) {
    const [first, last] = opts.noName?.(i) ? ["", ""] : [`Given${i}`, `Family${i % 97}`];
    lines.push(
      [
        `S${String(i).padStart(6, "0")}`,
        first,
        last,
        email(i),
        i % 2 ? "female" : "male",
        "1",
        "Medicine (MD)",
        i % 3 ? "North" : "South",
        i % 10 === 0 ? "yes" : "no",
        i % 4 === 0 ? "yes" : "no",
        opts.languages?.(i) ?? "English",
        `+49 30 ${1_000_000 + i}`,
        "2026-10-01",
        '"Registry export, faculty office"',
      ].join(","),
    );
  }
  return Buffer.from(lines.join("\r\n") + "\r\n");
}
