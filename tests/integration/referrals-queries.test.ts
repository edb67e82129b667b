import { beforeAll, describe, expect, it } from "vitest";
import type { CohortActor } from "@/lib/auth/permissions";
import {
  getReferralAuditTrail,
  getReferralCounts,
  getReferralQueue,
  getReferralReport,
  getReferralView,
} from "@/lib/referrals/queries";
import { useTestDb } from "../helpers/test-db";
import { actorOf, makeReferral, setupProgramme, type Programme } from "./referrals-setup";

const getDb = useTestDb();
const db = () => getDb().prisma;
let p: Programme;
let supervisor: CohortActor;
const HOUR = 3_600_000;
const now = new Date();
const ago = (h: number) => new Date(now.getTime() - h * HOUR);

beforeAll(async () => {
  p = await setupProgramme(db());
  supervisor = await actorOf(p.users.supervisor, p.cohort.id);
});

describe("supervisor queue, report and audit trail on a real database", () => {
  it("urgent first then oldest; an urgent referral unreviewed past referralAckHours is overdue", async () => {
    const routineOld = await makeReferral(db(), p, { urgency: "ROUTINE", createdAt: ago(100) });
    const urgentNew = await makeReferral(db(), p, { urgency: "URGENT", createdAt: ago(2) });
    const urgentOld = await makeReferral(db(), p, { urgency: "URGENT", createdAt: ago(30) });
    const soon = await makeReferral(db(), p, {
      urgency: "SOON",
      createdAt: ago(50),
      status: "ACKNOWLEDGED",
      acknowledgedAt: ago(49),
    });
    await makeReferral(db(), p, { urgency: "URGENT", createdAt: ago(60), status: "CLOSED", closedAt: ago(1) });
    const queue = (await getReferralQueue(supervisor, now))!;
    expect(queue.map((r) => r.id)).toEqual([urgentOld.id, urgentNew.id, soon.id, routineOld.id]);
    expect(queue.map((r) => r.overdue)).toEqual([true, false, false, false]);
    // A shorter allowance in the cohort's settings (1 h; routine 7 h) makes more of them overdue;
    // the acknowledged one never is.
    await db().cohort.update({ where: { id: p.cohort.id }, data: { referralAckHours: 1 } });
    const strict = (await getReferralQueue(supervisor, now))!;
    expect(strict.filter((r) => r.overdue).map((r) => r.id)).toEqual([urgentOld.id, urgentNew.id, routineOld.id]);
    await db().cohort.update({ where: { id: p.cohort.id }, data: { referralAckHours: 24 } });
  });

  it("report: open and closed by centre and category, median times; coordinator counts match", async () => {
    const base = ago(200);
    const at = (h: number) => new Date(base.getTime() + h * HOUR);
    await db().referral.deleteMany({ where: { cohortId: p.cohort.id } });
    await makeReferral(db(), p, {
      category: "PSYCHOLOGICAL",
      status: "FORWARDED",
      centreId: p.counselling.id,
      createdAt: at(0),
      acknowledgedAt: at(2),
    });
    await makeReferral(db(), p, {
      category: "PSYCHOLOGICAL",
      status: "CLOSED",
      centreId: p.counselling.id,
      createdAt: at(0),
      acknowledgedAt: at(6),
      closedAt: at(48),
    });
    await makeReferral(db(), p, {
      category: "EDUCATIONAL",
      status: "DECLINED",
      createdAt: at(0),
      acknowledgedAt: at(10),
      closedAt: at(10),
    });
    const report = (await getReferralReport(supervisor))!;
    expect(report).toMatchObject({ total: 3, open: 1, closed: 2, medianHoursToAcknowledge: 6, medianHoursToClose: 29 });
    expect(report.byCentre).toEqual([
      { key: "Student Counselling Centre", open: 1, closed: 1 },
      { key: "Not forwarded", open: 0, closed: 1 },
    ]);
    const counts = (await getReferralCounts(await actorOf(p.users.coordinator, p.cohort.id)))!;
    expect(counts).toMatchObject({
      total: 3,
      reviewed: 3,
      medianHoursToReview: 6,
      counts: { PSYCHOLOGICAL: { FORWARDED: 1, CLOSED: 1 }, EDUCATIONAL: { DECLINED: 1 } },
    });
  });

  it("the audit trail lists each read with who and in which role, newest first", async () => {
    const r = await makeReferral(db(), p);
    await getReferralView(await actorOf(p.users.mentorA, p.cohort.id), r.id, "MENTOR");
    await getReferralView(supervisor, r.id, "SUPERVISOR");
    const trail = (await getReferralAuditTrail(supervisor, r.id))!;
    expect(trail.map((e) => [e.action, e.as])).toEqual([
      ["referral.read", "SUPERVISOR"],
      ["referral.read", "MENTOR"],
    ]);
  });
});
