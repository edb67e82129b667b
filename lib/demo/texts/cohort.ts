/** The demo cohort's own texts: its mentoring agreement, selection criteria and what applicants wrote. */

export const AGREEMENT_TEXT = `Our mentoring agreement

What help is given: your preclinical mentor helps with first-year courses, study methods and exams; your clinical mentor talks with you about professional identity, ethics, professionalism and why basic science matters in the clinic. Your mentors are students, not counsellors: for psychological, educational, financial or health matters they refer you, with your consent, to the university's support centres.

How often we meet: a phone call every week at the start, gradually reduced to once every three weeks by the end of the year, plus face-to-face meetings, individually or as a group, about once a month. No contact is expected during exam blocks.

Contact etiquette: reply within two days; tell us in advance if you cannot make a call or a meeting; call or message between 9:00 and 20:00 unless it is urgent. What you tell your mentors stays with your two mentors and the programme's supervisor, except when someone's safety is at risk.

Feedback: at the end of each semester you will be asked how the programme works for you, and your feedback helps your mentors improve.`;

export const SELECTION_CRITERIA = [
  "Mentors: clinical phase (years 5-6) or preclinical phase (years 2-3) in good academic standing",
  "Mentors: complete the mentor training (mentoring concepts, communication skills) before the first contact",
  "Mentors: commit to weekly contact at the start and to the weekly inter-mentor session",
  "Mentees: first-year students, drawn at random (the seed is recorded); each group balanced by gender",
];

export const MENTEE_MOTIVATIONS = [
  "I moved here for medical school and would like someone to ask about the first year.",
  "I want help organising my studying and preparing for the first exams.",
  "I'd like to understand how the basic sciences connect to clinical work.",
  "A friend recommended the programme; I am the first in my family to study medicine.",
  "I'm living in the dormitory and would like support settling in.",
  null,
  null,
];
export const MENTOR_MOTIVATIONS = [
  "My own first year was hard and a senior student helped me a lot; I want to do the same.",
  "I enjoy teaching and want to improve my communication skills.",
  "I came from abroad myself and know how isolating the first months can be.",
  "I'd like first-years to see early why the basic sciences matter on the wards.",
];
export const AVAILABILITY_NOTES = [
  "Evenings after 18:00",
  "Weekends preferred",
  "Not on Wednesdays (lab course)",
  "Lunch breaks on weekdays",
  null,
  null,
];
