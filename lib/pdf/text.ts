/**
 * Text for PDF pages in English, Persian and Korean: split into runs by script (each run gets a
 * font that has its glyphs) and ordered visually. pdfkit shapes a run with fontkit, which joins
 * Arabic letters and reverses a right-to-left run as a whole; numbers inside right-to-left text
 * read left to right, so their digits are handed over reversed (fontkit's reversal restores them).
 * Pure: no pdfkit here (unit-tested in tests/unit/pdf-text.test.ts).
 */
export type Script = "arabic" | "hangul" | "latin";
export interface Run {
  text: string;
  script: Script;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const HANGUL = /[\u1100-\u11FF\u3000-\u303F\u3130-\u318F\uAC00-\uD7AF\u4E00-\u9FFF]/;
const NUMBER = /([\u06F0-\u06F9\u0660-\u0669][\u06F0-\u06F9\u0660-\u0669\u066B\u066C.,]*)/;

const DIGITS_ONLY = /^[\u06F0-\u06F9\u0660-\u0669\u066B\u066C.,]+$/;

function scriptOf(ch: string): Script | null {
  if (ARABIC.test(ch)) return "arabic";
  if (HANGUL.test(ch)) return "hangul";
  if (/[A-Za-z0-9\u00C0-\u024F]/.test(ch)) return "latin";
  return null; // spaces and punctuation join the run they are in
}

/** Logical runs: consecutive characters of one script; neutral characters stay in the current run. */
export function scriptRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const ch of text) {
    const s = scriptOf(ch);
    const last = runs[runs.length - 1];
    if (last && (s === null || s === last.script)) last.text += ch;
    else runs.push({ text: ch, script: s ?? "latin" });
  }
  return runs;
}

/**
 * The runs of one line in drawing order (left to right), for a paragraph direction. In a
 * right-to-left line the runs are reversed; Persian/Arabic-Indic numbers inside an Arabic run
 * become runs of their own, their digits reversed for fontkit (see above).
 */
export function visualRuns(text: string, rtl: boolean): Run[] {
  const runs = scriptRuns(text).flatMap((r) => {
    if (r.script !== "arabic") return [r];
    return r.text
      .split(NUMBER)
      .filter((p) => p.length > 0)
      .map((p) => ({ text: DIGITS_ONLY.test(p) ? [...p].reverse().join("") : p, script: "arabic" as const }));
  });
  return rtl ? runs.reverse() : runs;
}
