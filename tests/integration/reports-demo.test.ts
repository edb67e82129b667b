import { beforeAll, describe, expect, it } from "vitest";
import type { CohortActor } from "@/lib/auth/permissions";
import { loadCohortActor } from "@/lib/auth/session";
import { DEMO_CERTIFICATE_CODE } from "@/lib/demo/outcomes";
import { DEMO_EMAILS, seedDemo } from "@/lib/demo/seed-demo";
import { getOutcomes } from "@/lib/outcomes/queries";
import { getCohortHours, getMyHours, verifyCertificate } from "@/lib/recognition/queries";
import { getProgrammeReport } from "@/lib/reports/queries";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
let coordinator: CohortActor;
let mentor: CohortActor;

beforeAll(async () => {
  const p = getDb().prisma;
  await seedDemo(p, { today: new Date() });
  const cohortId = (await p.cohort.findFirstOrThrow({ select: { id: true } })).id;
  const as = async (email: string) =>
    (await loadCohortActor((await p.user.findUniqueOrThrow({ where: { email } })).id, cohortId))!;
  coordinator = await as(DEMO_EMAILS.coordinator);
  mentor = await as(DEMO_EMAILS.clinicalMentor);
}, 60_000);

describe("the demo shows issue 14's pages populated", () => {
  it("outcomes: two blocks, 36 drawn mentees against 114 not drawn, with the test", async () => {
    const exams = (await getOutcomes(coordinator, "COORDINATOR"))!;
    expect(exams.map((e) => e.exam)).toEqual(["Block 1 – Anatomy", "Block 2 – Physiology"]);
    for (const e of exams) {
      expect(e.suppressed).toBe(false);
      if (e.suppressed) continue;
      expect([e.mentees.n, e.notDrawn.n]).toEqual([36, 114]);
      expect(e.mannWhitney!.p).toBeGreaterThan(0);
      expect(e.welch!.low).toBeLessThan(e.welch!.high);
    }
  });

  it("hours: the demo mentor has computed hours; one certificate is approved and verifies", async () => {
    expect((await getMyHours(mentor))!.total).toBeGreaterThan(0);
    const all = (await getCohortHours(coordinator, "COORDINATOR"))!;
    expect(all.mentors).toHaveLength(12);
    const approved = all.mentors.filter((m) => m.certificate);
    expect(approved).toHaveLength(1);
    expect(approved[0].certificate!.minutes).toBe(approved[0].total);
    expect((await verifyCertificate(DEMO_CERTIFICATE_CODE))!.minutes).toBe(approved[0].total);
  });

  it("programme report: contacts, meetings and referrals in the demo's dates", async () => {
    const r = (await getProgrammeReport(coordinator, {}, "COORDINATOR"))!;
    expect(r.participation.mentees).toBe(36);
    expect(r.participation.notDrawn).toBe(114);
    expect(r.contactsWeekly.length).toBeGreaterThan(3);
    expect(r.meetings.held).not.toBe(0);
    // issue 14's later sections: compliance per week, sessions, the closed evaluation survey
    expect(r.compliance.some((w) => w.share !== null)).toBe(true);
    expect(r.sessions.map((k) => k.kind)).toContain("INTER_MENTOR");
    expect(r.surveys.map((x) => x.survey)).toContain("End of first block: programme evaluation");
  });
});
