/**
 * Issue 17, item 3: the compliance pages list 12 pairs a page and the 50 longest-overdue mentees,
 * while the totals still count every pair and mentee; every pair is on exactly one page.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { CohortActor } from "@/lib/auth/permissions";
import { loadCohortActor } from "@/lib/auth/session";
import { COMPLIANCE_OVERDUE_SHOWN, COMPLIANCE_PAIRS_PER_PAGE, getComplianceReport } from "@/lib/contacts/queries";
import { createCohort, createGroup, createMembership } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const PAIRS = 27;
let coordinator: CohortActor;
let supervisor: CohortActor;
let pairIds: string[];

beforeAll(async () => {
  const p = getDb().prisma;
  const cohort = await createCohort(p, {
    status: "ACTIVE",
    startsOn: new Date("2026-09-01"),
    groupsPublishedAt: new Date("2026-09-01T10:00:00Z"),
  });
  pairIds = [];
  for (let i = 0; i < PAIRS; i++) pairIds.push((await createGroup(p, cohort.id, 2)).pair.id);
  coordinator = (await loadCohortActor((await createMembership(p, cohort.id, "COORDINATOR")).userId, cohort.id))!;
  supervisor = (await loadCohortActor((await createMembership(p, cohort.id, "SUPERVISOR")).userId, cohort.id))!;
});

describe("compliance in pages", () => {
  it("12 pairs a page, every pair once, the totals over all of them", async () => {
    const first = (await getComplianceReport(coordinator))!;
    expect(first.pairPages).toBe(Math.ceil(PAIRS / COMPLIANCE_PAIRS_PER_PAGE));
    expect(first.totals.mentees).toBe(PAIRS * 2);
    const seen: string[] = [];
    for (let page = 1; page <= first.pairPages; page++) {
      const r = (await getComplianceReport(supervisor, { page }))!;
      expect(r.pairPage).toBe(page);
      expect(r.pairs.length).toBeLessThanOrEqual(COMPLIANCE_PAIRS_PER_PAGE);
      expect(r.totals).toEqual(first.totals);
      seen.push(...r.pairs.map((x) => x.id));
    }
    expect(seen.sort()).toEqual([...pairIds].sort());
    // a page past the end shows the last page, never an empty one
    const past = (await getComplianceReport(coordinator, { page: 999 }))!;
    expect(past.pairPage).toBe(first.pairPages);
    expect(past.pairs.length).toBeGreaterThan(0);
  });

  it("lists the 50 longest overdue and counts them all; one pair's filter shows only that pair", async () => {
    const r = (await getComplianceReport(coordinator))!;
    expect(r.totals.overdue).toBe(PAIRS * 2);
    expect(r.overdueTotal).toBe(PAIRS * 2);
    expect(r.overdue).toHaveLength(COMPLIANCE_OVERDUE_SHOWN);
    const one = (await getComplianceReport(coordinator, { pairId: pairIds[5], page: 3 }))!;
    expect(one.pairs.map((x) => x.id)).toEqual([pairIds[5]]);
    expect(one.pairPages).toBe(1);
    expect(one.overdueTotal).toBe(2);
  });
});
