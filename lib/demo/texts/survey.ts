/** The demo's end-of-semester survey. */
import type { SurveyItemKind } from "../../../generated/prisma/client";

export const SURVEY = {
  title: "End-of-semester satisfaction",
  description:
    "Five minutes, anonymous in the reports: how well is the programme working for you? 1 = not at all, 5 = very high.",
  items: [
    { kind: "LIKERT_5", prompt: "How appropriate is the mentoring programme for first-year medical students?" },
    { kind: "LIKERT_5", prompt: "How satisfied are you with the other party (your mentors, or your mentees)?" },
    { kind: "LIKERT_5", prompt: "How satisfied are you with the mentoring programme overall?" },
    { kind: "TEXT", prompt: "What should we keep, and what should we change next semester?", required: false },
  ] as { kind: SurveyItemKind; prompt: string; required?: boolean }[],
};
