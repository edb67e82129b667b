/** The university's support centres in the demo's directory. */
import type { SupportCategory } from "../../../generated/prisma/client";

export interface CentreText {
  key: "counselling" | "education" | "finance" | "health";
  name: string;
  category: SupportCategory;
  emergency?: boolean;
  contact: string;
  hours: string;
  howToRefer: string;
}

export const SUPPORT_CENTRES: CentreText[] = [
  {
    key: "counselling",
    name: "Student Counselling Centre",
    category: "PSYCHOLOGICAL",
    emergency: true,
    contact: "Student Services Building, room 0.14 · counselling@duomentor.test · +49 30 0000 1100",
    hours: "Mon-Fri 9:00-17:00; open consultation Tue and Thu 13:00-15:00",
    howToRefer:
      "Refer through the app with the mentee's consent; the supervisor arranges a first appointment within a week (within 48 hours when urgent). " +
      "Crisis: outside opening hours call the 24-hour crisis line (Telefonseelsorge) 0800 111 0 111, free of charge; if anyone is in immediate danger call 112.",
  },
  {
    key: "education",
    name: "Educational Affairs Office",
    category: "EDUCATIONAL",
    contact: "Dean's Office, room 2.03 · education@duomentor.test · +49 30 0000 1200",
    hours: "Mon-Thu 10:00-16:00",
    howToRefer:
      "Refer through the app; the office advises on study skills, exam regulations, resits and reduced study plans. Mentees can also come to the front desk without an appointment.",
  },
  {
    key: "finance",
    name: "Financial Aid Office",
    category: "FINANCIAL",
    contact: "Student Services Building, room 1.20 · finaid@duomentor.test · +49 30 0000 1300",
    hours: "Mon, Wed, Fri 9:00-13:00",
    howToRefer:
      "Refer through the app or send the mentee directly: student finance, scholarships, emergency loans and part-time work that fits the timetable.",
  },
  {
    key: "health",
    name: "Student Health Service",
    category: "HEALTH",
    contact: "Campus Health Centre, ground floor · health@duomentor.test · +49 30 0000 1400",
    hours: "Mon-Fri 8:00-16:00; walk-in until 11:00",
    howToRefer:
      "Mentees can walk in; refer through the app when a follow-up is wanted. Also handles the vaccinations needed before clinical courses.",
  },
];
