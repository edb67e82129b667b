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
