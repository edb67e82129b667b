/** What mentors talk about with their mentees in the demo, and the private notes they write. */
import type { ContactTopic } from "../../../generated/prisma/client";

export const PRECLINICAL_TOPICS: ContactTopic[] = [
  "STUDY_METHODS_EXAMS",
  "ADAPTATION_DORMITORY",
  "STRESS_WELLBEING",
  "OTHER",
];
export const CLINICAL_TOPICS: ContactTopic[] = [
  "PROFESSIONAL_IDENTITY_ETHICS",
  "BASIC_SCIENCE_RELEVANCE",
  "CAREER",
  "STRESS_WELLBEING",
  "STUDY_METHODS_EXAMS",
];

export const NOTES: Partial<Record<ContactTopic, string[]>> = {
  STUDY_METHODS_EXAMS: [
    "Struggling with the amount of anatomy; suggested flashcards and a study group.",
    "Feels unsure how to prepare for the respiratory block; went through a revision plan together.",
    "Doing well in histology, less so in biochemistry. Will send past questions.",
  ],
  ADAPTATION_DORMITORY: [
    "Noisy corridor in the dormitory; talked about quiet hours and the study room.",
    "Homesick in the first weeks, better now that the study group has formed.",
    "Still sorting out residence registration and a bank account.",
  ],
  STRESS_WELLBEING: [
    "Tired and behind on sleep; agreed on a simple weekly routine.",
    "Worried about keeping up; reassured, will check in again next week.",
  ],
  PROFESSIONAL_IDENTITY_ETHICS: [
    "Talked about the first dissection course and respect for body donors.",
    "Asked what professionalism means for first-years; discussed social media.",
  ],
  BASIC_SCIENCE_RELEVANCE: [
    "Explained how acid-base physiology shows up on the ICU.",
    "Wanted to know why biochemistry matters; used diabetic ketoacidosis as an example.",
  ],
  CAREER: ["Interested in research early on; pointed to the student research day."],
};
