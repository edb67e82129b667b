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

/**
 * The send log's subject for one send (a batch): the subject as sent when every mentee got the
 * same one; for a personalised group send, the template's own subject (placeholders left for
 * the page to name), not one mentee's version.
 */
export function logSubject(
  templateSubject: string | null,
  sent: readonly string[],
): { subject: string; personalised: boolean } {
  const distinct = new Set(sent);
  if (distinct.size <= 1 || templateSubject === null)
    return { subject: sent[0] ?? "", personalised: distinct.size > 1 };
  return { subject: templateSubject, personalised: true };
}

/** A text with its placeholders replaced by words ("Hello, {{menteeFirstName}}" → "Hello, [first name]"). */
export function namePlaceholders(text: string, words: Record<Placeholder, string>): string {
  return text.replace(TOKEN, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name) ? `[${words[name as Placeholder]}]` : whole,
  );
}
