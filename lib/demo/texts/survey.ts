/** The demo's surveys: texts as a coordinator would have typed them (English, like the rest of the demo). */
import type { SurveyItemKind } from "../../../generated/prisma/client";

type Item = {
  kind: SurveyItemKind;
  prompt: string;
  required?: boolean;
  section?: string;
  options?: string[];
};

export const SURVEY = {
  title: "End-of-semester satisfaction",
  description:
    "Five minutes, anonymous in the reports: how well is the programme working for you? 1 = not at all, 5 = very high.",
  items: [
    { kind: "LIKERT_5", prompt: "How appropriate is the mentoring programme for first-year medical students?" },
    { kind: "LIKERT_5", prompt: "How satisfied are you with the other party (your mentors, or your mentees)?" },
    { kind: "LIKERT_5", prompt: "How satisfied are you with the mentoring programme overall?" },
    { kind: "TEXT", prompt: "What should we keep, and what should we change next semester?", required: false },
  ] as Item[],
};

/** The cohort's two semesters (the first one's end-of-semester survey is SURVEY). */
export const SEMESTER_LABELS = ["Winter semester", "Summer semester"] as const;

/** The Korean study's programme evaluation, run at the end of the first block (closed). */
export const EVALUATION = {
  title: "End of first block: programme evaluation",
  description:
    "The three satisfaction items of the Korean study, for mentors and mentees alike. 1 = not at all, 5 = very high.",
  items: [
    {
      kind: "LIKERT_5",
      section: "Satisfaction",
      prompt: "How appropriate is the mentoring programme for first-year medical students?",
    },
    {
      kind: "LIKERT_5",
      section: "Satisfaction",
      prompt: "How satisfied are you with the other party (your mentors, or your mentees)?",
    },
    {
      kind: "LIKERT_5",
      section: "Satisfaction",
      prompt: "How satisfied are you with the mentoring programme overall?",
    },
    {
      kind: "SINGLE_CHOICE",
      section: "Participation",
      prompt: "What was your main purpose in taking part?",
      options: [
        "To help, or be helped by, other students",
        "To learn how to study medicine",
        "To get to know seniors or juniors",
        "To prepare for my career",
        "Something else",
      ],
    },
    { kind: "TEXT", section: "In your own words", prompt: "What did you gain from the programme?", required: false },
    { kind: "TEXT", section: "In your own words", prompt: "What should we change next time?", required: false },
  ] as Item[],
};

/** Open now: a short check-in, answered in part. */
export const CHECK_IN = {
  title: "Week 6 check-in",
  description: "Four quick questions. Confidential: reports never show who said what.",
  items: [
    { kind: "LIKERT_5", prompt: "How useful was mentoring for you so far?" },
    { kind: "LIKERT_5", prompt: "How satisfied are you with how often you were in touch?" },
    { kind: "LIKERT_5", prompt: "How much would you like to continue next semester?" },
    { kind: "TEXT", prompt: "What should we keep, and what should we change?", required: false },
  ] as Item[],
};

/** Mentees' monthly feedback on each of their two mentors. */
export const FEEDBACK = {
  titles: ["Mentor feedback, round 1", "Mentor feedback, round 2"],
  items: [
    { kind: "LIKERT_5", prompt: "How available was this mentor when you needed them?" },
    { kind: "LIKERT_5", prompt: "How helpful was this mentor?" },
    { kind: "LIKERT_5", prompt: "How much would you recommend this mentor to a friend?" },
    { kind: "TEXT", prompt: "One thing this mentor could do better, or keep doing", required: false },
  ] as Item[],
};

export const GAINS = [
  "A realistic picture of what the first exams are like.",
  "Someone to ask the questions I did not dare ask in lectures.",
  "A study plan that actually works for anatomy.",
  "Friends in my group, and seniors who remember my name.",
  "I learned a lot by explaining things again to the first-years.",
  "Confidence that I can manage the workload.",
];

export const CHANGES = [
  "More meetings in the weeks before the block exams, fewer in between.",
  "A quieter room for the group meetings.",
  "Start the programme one week earlier.",
  "Let us choose the time of the group meetings together.",
  "More about the clinical years, less about the timetable.",
];

export const MENTOR_COMMENTS = [
  "Always answers quickly and explains patiently.",
  "The exam tips were very helpful.",
  "Could share more about the clinical years.",
  "Keep the short check-in messages, they help.",
  "Sometimes hard to reach in exam weeks, which is understandable.",
  "Very kind, made me feel welcome.",
];
