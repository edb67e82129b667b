/** The demo's programme sessions: titles, descriptions and places. */

export const SESSIONS = {
  training: {
    title: "Mentor training: mentoring concepts and communication skills",
    description:
      "Two half-days before mentoring starts: what mentoring is (and is not), active listening, difficult conversations, when and how to refer.",
    place: "Skills lab seminar room",
  },
  briefing: {
    title: "Programme briefing for mentees and mentors",
    description:
      "How dual peer mentoring works: your two mentors, contact by phone, email and face-to-face, the referral system and the surveys.",
    place: "Lecture hall 2",
  },
  roleModel: {
    title: "Why basic science matters at the bedside",
    description:
      "Dr. Min-seo Park (internal medicine) on the first-year physiology and biochemistry she uses every day on the ward, and on her way from medical student to young doctor.",
    place: "Lecture hall 2",
  },
  roleModelPast: {
    title: "From physiology lecture to the emergency room",
    description:
      "Dr. Min-seo Park (internal medicine) on the acid-base physiology behind her first night shifts, and what she wishes she had known in her first year.",
    place: "Lecture hall 2",
  },
  roleModel2: {
    title: "From the anatomy lab to the operating theatre",
    description: "Dr. Omar Haddad (surgery) on why anatomy is the surgeon's everyday language.",
    place: "Lecture hall 2",
  },
  interMentor: {
    title: "Weekly inter-mentor session",
    description: "Mentors exchange ideas, share experiences and solve mentees' problems together. Supervisor present.",
    place: "Seminar room 3",
  },
} as const;

/** Minutes of the past inter-mentor sessions: problems raised about "a mentee", ideas and actions agreed. */
export const INTER_MENTOR_MINUTES = [
  "Problems raised: two groups report mentees who do not answer calls in the first weeks; a mentee is homesick and sleeps badly in the dormitory.\nIdeas: try a short message before calling; meet in the cafeteria rather than an office.\nAgreed: each pair tries a group lunch this week; the supervisor shares the counselling centre's walk-in hours.",
  "Problems raised: a mentee feels lost in the anatomy lab and thinks about dropping out; several mentees ask why biochemistry matters.\nIdeas: clinical mentors bring one real case that needs the biochemistry of the week.\nAgreed: preclinical mentors share their spaced-repetition decks; the role-model session will take up the basic-science question.",
  "Problems raised: exam stress before the first block exam; a mentee missed two meetings without notice.\nIdeas: a joint study-methods session for all groups; persistence over a few attempts before escalating.\nAgreed: mentors log every attempt, even unanswered ones; the supervisor reminds everyone when to refer.",
  "Problems raised: adaptation to dormitory life; a mentee works evenings to pay rent.\nIdeas: flexible meeting times; shorter phone calls instead of long meetings.\nAgreed: pairs open one evening slot a week; the coordinator checks the student support fund's deadlines.",
  "Problems raised: mentees want more contact with clinical years; a pair's co-mentor is away for a week.\nIdeas: a ward visit with the clinical mentors; co-mentors cover each other's calls.\nAgreed: the clinical mentors propose two dates for a ward visit; the away mentor tells the group in advance.",
] as const;

export const SESSION_FEEDBACK = [
  { rating: 5, comment: "The case of the patient with ketoacidosis made the biochemistry click." },
  { rating: 4, comment: "Very motivating. I would like more time for questions." },
] as const;
