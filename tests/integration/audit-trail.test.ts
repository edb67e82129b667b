/**
 * Issue 10, item 6: the audit trail page's query. The cohort's entries only, newest first, in
 * keyset pages that add up to the whole trail, filtered by area; coordinators and the supervisor
 * of the cohort, nobody else.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { CohortActor } from "@/lib/auth/permissions";
import { loadCohortActor } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, getAuditTrail } from "@/lib/audit-trail/queries";
import { areaOf, type AuditCursor } from "@/lib/audit-trail/rules";
import { DEMO_EMAILS, seedDemo } from "@/lib/demo/seed-demo";
import { parseCursor } from "@/lib/audit-trail/rules";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const actors = {} as Record<keyof typeof DEMO_EMAILS, CohortActor>;
let cohortId: string;
let otherCohortId: string;

beforeAll(async () => {
  const p = getDb().prisma;
  await seedDemo(p, { today: new Date("2026-11-23T00:00:00Z") });
  cohortId = (await p.cohort.findFirstOrThrow({ select: { id: true } })).id;
  for (const [key, email] of Object.entries(DEMO_EMAILS)) {
    const user = await p.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    actors[key as keyof typeof DEMO_EMAILS] = (await loadCohortActor(user.id, cohortId))!;
  }
  const coordinator = actors.coordinator.userId;
  otherCohortId = (
    await p.cohort.create({
      data: {
        name: "Another school's cohort",
        academicYear: "2026-2027",
        startsOn: new Date("2026-10-01"),
        endsOn: new Date("2027-07-31"),
      },
      select: { id: true },
    })
  ).id;
  // 130 entries of this cohort at distinct times (some at the same instant: the id breaks ties),
  // a system entry, and entries of another cohort that must never show.
  const at = (i: number) => new Date(Date.UTC(2026, 10, 25, 8, 0, Math.floor(i / 2)));
  await p.auditEvent.createMany({
    data: [
      ...Array.from({ length: 130 }, (_, i) => ({
        actorId: coordinator,
        cohortId,
        action: ["pairs.suggested", "referral.read", "booking.cancelled", "brand_new.thing"][i % 4]!,
        entity: "Test",
        entityId: `t${i}`,
        detail: { n: i },
        createdAt: at(i),
      })),
      {
        actorId: null,
        cohortId,
        action: "session.reminded",
        entity: "ProgramSession",
        entityId: "s1",
        createdAt: at(200),
      },
      ...Array.from({ length: 5 }, (_, i) => ({
        actorId: coordinator,
        cohortId: otherCohortId,
        action: "referral.read",
        entity: "Secret",
        entityId: `other-${i}`,
        createdAt: at(300 + i),
      })),
    ],
  });
});

async function walk(
  actor: CohortActor,
  as: "COORDINATOR" | "SUPERVISOR",
  area: Parameters<typeof getAuditTrail>[2]["area"],
) {
  const seen: { id: string; at: Date; action: string; entityId: string }[] = [];
  let before: AuditCursor | null = null;
  for (let page = 0; page < 100; page++) {
    const trail = await getAuditTrail(actor, as, { area, before });
    expect(trail).not.toBeNull();
    expect(trail!.entries.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
    seen.push(...trail!.entries);
    if (!trail!.older) break;
    before = parseCursor(trail!.older);
    expect(before).not.toBeNull();
  }
  return seen;
}

describe("the audit trail", () => {
  it("walks the whole trail of the cohort, newest first, each entry once, nothing of another cohort", async () => {
    const all = await walk(actors.coordinator, "COORDINATOR", null);
    const expected = await getDb().prisma.auditEvent.count({ where: { cohortId } });
    expect(all).toHaveLength(expected);
    expect(new Set(all.map((e) => e.id)).size).toBe(expected);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(all[i]!.at.getTime());
    expect(all.some((e) => e.entityId.startsWith("other-"))).toBe(false);
    // the newest is the system's entry, shown without a person
    const first = (await getAuditTrail(actors.coordinator, "COORDINATOR", { area: null, before: null }))!;
    expect(first.entries[0]).toMatchObject({ action: "session.reminded", actorName: null, area: "sessions" });
    expect(first.entries[1]!.actorName).toBe(
      (await getDb().prisma.user.findUniqueOrThrow({ where: { id: actors.coordinator.userId } })).name,
    );
  });

  it("shows the demo's draw with its seed, and details as lines", async () => {
    const setup = await walk(actors.coordinator, "COORDINATOR", "setup");
    const drawn = setup.find((e) => e.action === "mentees.drawn") as unknown as { details: [string, string][] };
    expect(drawn).toBeDefined();
    const seed = (await getDb().prisma.cohort.findUniqueOrThrow({ where: { id: cohortId } })).menteeDrawSeed!;
    expect(drawn.details).toContainEqual(["seed", seed]);
  });

  it("filters by area: only that area's actions; 'other' is what no area names", async () => {
    for (const area of ["referrals", "meetings", "setup", "other"] as const) {
      const entries = await walk(actors.supervisor, "SUPERVISOR", area);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) expect(areaOf(e.action)).toBe(area);
    }
    const other = await walk(actors.coordinator, "COORDINATOR", "other");
    expect(other.filter((e) => e.action === "brand_new.thing")).toHaveLength(32);
  });

  it("a cursor from the URL that points nowhere gives an empty page, not an error", async () => {
    const trail = await getAuditTrail(actors.coordinator, "COORDINATOR", {
      area: null,
      before: { at: new Date("2000-01-01T00:00:00Z"), id: "zzz" },
    });
    expect(trail).toEqual({ entries: [], older: null });
  });

  it("mentors, mentees and role models get nothing; a role asked for that the caller lacks neither", async () => {
    for (const key of ["clinicalMentor", "preclinicalMentor", "mentee", "roleModel"] as const)
      for (const as of ["COORDINATOR", "SUPERVISOR"] as const)
        expect(await getAuditTrail(actors[key], as, { area: null, before: null })).toBeNull();
    expect(await getAuditTrail(actors.supervisor, "COORDINATOR", { area: null, before: null })).toBeNull();
  });
});
