/** The end-of-semester satisfaction survey, opening later in the year. */
import type { Prisma } from "../../generated/prisma/client";
import { addDays, idOf, localTime } from "./context";
import { SURVEY } from "./texts/survey";
import type { DemoWorld } from "./world";

export function surveyRows(w: DemoWorld) {
  const surveyId = idOf("svy", 1);
  const opensAt = localTime(addDays(w.cal.startsOn, 16 * 7), 9);
  const surveys: Prisma.SurveyCreateManyInput[] = [
    {
      id: surveyId,
      cohortId: w.cohortId,
      title: SURVEY.title,
      description: SURVEY.description,
      audience: "EVERYONE",
      aboutMentors: false,
      opensAt,
      closesAt: addDays(opensAt, 14),
      createdAt: addDays(w.cal.setUpAt, 6),
    },
  ];
  const surveyItems: Prisma.SurveyItemCreateManyInput[] = SURVEY.items.map((item, i) => ({
    id: idOf("itm", i + 1),
    surveyId,
    position: i + 1,
    ...item,
  }));
  return { surveys, surveyItems };
}
