/** The demo's surveys show what issue 13 promises: a closed survey with the statistics, an open one, feedback rounds. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadCohortActor } from "@/lib/auth/session";
import { DEMO_EMAILS, seedDemo } from "@/lib/demo/seed-demo";
import {
  getMentorFeedbackOverview,
  getMyFeedback,
  getMySurveys,
  getSurveyForStaff,
  getSurveyList,
} from "@/lib/surveys/queries";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const actorFor = async (email: string) => {
  const p = getDb().prisma;
  const user = await p.user.findUniqueOrThrow({ where: { email } });
  const cohort = await p.cohort.findFirstOrThrow();
  return (await loadCohortActor(user.id, cohort.id))!;
};

beforeAll(async () => {
  await seedDemo(getDb().prisma, { today: new Date() });
});

describe("demo surveys", () => {
  it("the closed evaluation has both groups shown and the Mann-Whitney test; the check-in is open with a partial rate", async () => {
    const coordinator = await actorFor(DEMO_EMAILS.coordinator);
    const list = (await getSurveyList(coordinator, "COORDINATOR"))!;
    expect(list.map((s) => s.phase).sort()).toEqual(["closed", "closed", "open", "open", "scheduled"]);
    const evaluation = list.find((s) => s.title.startsWith("End of first block"))!;
    const data = (await getSurveyForStaff(coordinator, evaluation.id, "COORDINATOR"))!;
    expect(data.showResults).toBe(true);
    const likert = data.items.filter((i) => i.kind === "LIKERT_5");
    expect(likert).toHaveLength(3);
    for (const item of likert) {
      expect(item.groups!.MENTOR.suppressed).toBe(false);
      expect(item.groups!.MENTEE.suppressed).toBe(false);
      expect(item.test?.ok).toBe(true);
    }
    // per pair (group): Groups 1-5 answered by both mentors and 6 mentees (n 8); Group 6 by 2: suppressed
    for (const item of likert) {
      expect(item.pairs!.map((x) => x.label)).toEqual([
        "Group 1",
        "Group 2",
        "Group 3",
        "Group 4",
        "Group 5",
        "Group 6",
      ]);
      expect(item.pairs!.slice(0, 5).map((x) => !x.cell.suppressed && x.cell.stats.n)).toEqual([8, 8, 8, 8, 8]);
      expect(item.pairs![5].cell).toEqual({ suppressed: true });
    }
    const checkIn = list.find((s) => s.title === "Week 6 check-in")!;
    const open = (await getSurveyForStaff(coordinator, checkIn.id, "COORDINATOR"))!;
    const rate = open.rate.byRole.map((r) => r.responded / r.invited);
    expect(rate.every((x) => x > 0 && x < 1)).toBe(true);
  });

  it("the demo mentee has open surveys to answer, including feedback on both mentors", async () => {
    const mentee = await actorFor(DEMO_EMAILS.mentee);
    const mine = (await getMySurveys(mentee, "MENTEE"))!;
    expect(mine.map((s) => s.title).sort()).toEqual(["Mentor feedback, round 2", "Week 6 check-in"]);
    expect(mine.find((s) => s.aboutMentors)!.targets).toHaveLength(2);
    expect(mine.flatMap((s) => s.targets).every((t) => t.status === "new")).toBe(true);
  });

  it("the demo mentor sees round 1 (5 mentees answered), not yet round 2 (2 so far); the supervisor sees a low-scoring mentor", async () => {
    const mentor = await actorFor(DEMO_EMAILS.clinicalMentor);
    const rounds = (await getMyFeedback(mentor))!;
    expect(rounds.map((r) => r.shown)).toEqual([true, false]);
    const supervisor = await actorFor(DEMO_EMAILS.supervisor);
    const overview = (await getMentorFeedbackOverview(supervisor))!;
    expect(overview).toHaveLength(12);
    expect(overview.some((r) => r.mean !== null && r.mean < 3)).toBe(true);
  });
});
