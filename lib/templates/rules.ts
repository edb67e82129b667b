/**
 * Email template rules: placeholders and rendering. Pure: no Prisma, no next/*.
 */
export const PLACEHOLDERS = ["menteeFirstName", "mentorName", "nextMeeting"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const PLACEHOLDER_LABEL: Record<Placeholder, string> = {
  menteeFirstName: "the mentee's first name",
  mentorName: "your name",
  nextMeeting: "the next meeting",
};

const TOKEN = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** Placeholders used in a text that are not known (typos like {{menteeName}}). */
export function unknownPlaceholders(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(TOKEN)) if (!(PLACEHOLDERS as readonly string[]).includes(m[1])) out.add(m[1]);
  return [...out];
}

/** Fills in the placeholders; an empty value for {{nextMeeting}} reads "our next contact". */
export function renderTemplate(text: string, values: Record<Placeholder, string>): string {
  return text.replace(TOKEN, (whole, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) return whole;
    const v = values[name as Placeholder].trim();
    return v || (name === "nextMeeting" ? "our next contact" : "");
  });
}
