import { describe, expect, it } from "vitest";
import { loadCohortActor } from "@/lib/auth/session";
import { DEMO_EMAILS, seedDemo } from "@/lib/demo/seed-demo";
import { getMentorHome } from "@/lib/pairing/queries";
import { getGroupsBoard } from "@/lib/pairing/setup-queries";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();

describe("the coordinator's mentor load shows overdue contacts from the cadence rule", () => {
  it("counts a pair's overdue mentees for both its mentors, as the mentors' homes do", async () => {
    const p = getDb().prisma;
    const today = new Date();
    today.setUTCHours(0, 0, 0, 0);
    await seedDemo(p, { today });
    const cohortId = (await p.cohort.findFirstOrThrow({ select: { id: true } })).id;
    const userId = async (email: string) =>
      (await p.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    const coordinator = (await loadCohortActor(await userId(DEMO_EMAILS.coordinator), cohortId))!;
    const board = await getGroupsBoard(coordinator);
    expect(board?.load).toHaveLength(12);

    const pairs = await p.mentorPair.findMany({
      where: { cohortId },
      select: { label: true, clinicalMentor: { select: { userId: true } } },
    });
    let total = 0;
    for (const pair of pairs) {
      const mentor = (await loadCohortActor(pair.clinicalMentor.userId, cohortId))!;
      const home = await getMentorHome(mentor);
      const overdueAtHome = home!.mentees.filter((m) => m.status.kind === "overdue").length;
      const rows = board!.load.filter((l) => l.pair === pair.label);
      expect(rows.map((r) => r.overdue)).toEqual([overdueAtHome, overdueAtHome]);
      total += overdueAtHome;
    }
    expect(total).toBeGreaterThan(0); // the demo has mentees left overdue on purpose
  });
});
