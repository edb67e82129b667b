/**
 * Issue 17 (d): the rewritten cadence and meetings statements (decision 102) return exactly
 * what the statements they replaced returned, on the demo programme plus a few edge cases
 * (a mentee contacted on the day of a whole-group contact, a group with whole-group contacts
 * only, a NO_ANSWER attempt, a cancelled booking). The old statements are kept here verbatim.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { CohortActor } from "@/lib/auth/permissions";
import { loadCohortActor } from "@/lib/auth/session";
import { getMeetingsByPairAndWeek } from "@/lib/booking/queries";
import { clock } from "@/lib/clock";
import { completedContactDays, lastCompletedContacts, loadCohortCadence } from "@/lib/contacts/data";
import { DEMO_EMAILS, seedDemo } from "@/lib/demo/seed-demo";
import { getMenteeHome, getMentorHome } from "@/lib/pairing/queries";
import { getMySessions } from "@/lib/sessions/queries";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
let cohort: { id: string; timeZone: string };
let pairIds: string[];
let coordinator: CohortActor;

beforeAll(async () => {
  const p = getDb().prisma;
  await seedDemo(p, { today: new Date() });
  const c = await p.cohort.findFirstOrThrow({ select: { id: true, timeZone: true } });
  cohort = c;
  const pairs = await p.mentorPair.findMany({
    where: { cohortId: c.id },
    orderBy: { label: "asc" },
    select: { id: true, clinicalMentorId: true, mentees: { select: { menteeId: true } } },
  });
  pairIds = pairs.map((x) => x.id);
  // Edge cases on top of the demo.
  const [g1, g2] = pairs;
  const day = (d: number, h = 10) => new Date(Date.now() - d * 86_400_000 + h * 3_600_000);
  const base = { cohortId: c.id, channel: "PHONE" as const };
  await p.contactLog.createMany({
    data: [
      { ...base, pairId: g1.id, mentorId: g1.clinicalMentorId, menteeId: null, occurredAt: day(3, 9) },
      {
        ...base,
        pairId: g1.id,
        mentorId: g1.clinicalMentorId,
        menteeId: g1.mentees[0].menteeId,
        occurredAt: day(3, 11),
      },
      {
        ...base,
        pairId: g1.id,
        mentorId: g1.clinicalMentorId,
        menteeId: g1.mentees[1].menteeId,
        occurredAt: day(2),
        outcome: "NO_ANSWER",
      },
      { ...base, pairId: g2.id, mentorId: g2.clinicalMentorId, menteeId: null, occurredAt: day(1, 23) },
      { ...base, pairId: g2.id, mentorId: g2.clinicalMentorId, menteeId: null, occurredAt: day(1, 22) },
    ],
  });
  const booked = await p.booking.findFirst({
    where: { status: "BOOKED", slot: { cohortId: c.id } },
    select: { id: true },
  });
  if (booked)
    await p.booking.update({ where: { id: booked.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
  const user = await p.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.coordinator }, select: { id: true } });
  coordinator = (await loadCohortActor(user.id, c.id))!;
});

async function oldContactDays(filter: { pairId?: string; phase?: "CLINICAL" | "PRECLINICAL" }) {
  const pairFilter = filter.pairId ? Prisma.sql`AND a."pairId" = ${filter.pairId}` : Prisma.empty;
  const contactPairFilter = filter.pairId ? Prisma.sql`AND c."pairId" = ${filter.pairId}` : Prisma.empty;
  const phaseFilter = filter.phase
    ? Prisma.sql`AND c."mentorId" IN (SELECT id FROM "Membership" WHERE "cohortId" = ${cohort.id} AND "phase"::text = ${filter.phase})`
    : Prisma.empty;
  const rows = await getDb().prisma.$queryRaw<{ menteeId: string; pairId: string; name: string; days: string }[]>`
    WITH c AS (
      SELECT c."menteeId", c."pairId", (c."occurredAt" AT TIME ZONE ${cohort.timeZone})::date AS d
      FROM "ContactLog" c
      WHERE c."cohortId" = ${cohort.id} AND c."outcome" = 'COMPLETED' ${contactPairFilter} ${phaseFilter}
    ), x AS (
      SELECT c."menteeId" AS mid, c.d FROM c WHERE c."menteeId" IS NOT NULL
      UNION ALL
      SELECT g."menteeId" AS mid, c.d FROM c JOIN "MenteeAssignment" g ON g."pairId" = c."pairId" WHERE c."menteeId" IS NULL
    ), agg AS (
      SELECT mid, string_agg(DISTINCT d::text, ',') AS days FROM x GROUP BY mid
    )
    SELECT a."menteeId", a."pairId", u."name", COALESCE(agg.days, '') AS days
    FROM "MenteeAssignment" a
    JOIN "Membership" mm ON mm.id = a."menteeId"
    JOIN "User" u ON u.id = mm."userId"
    LEFT JOIN agg ON agg.mid = a."menteeId"
    WHERE a."cohortId" = ${cohort.id} ${pairFilter}`;
  return rows.map((r) => ({ ...r, days: r.days ? r.days.split(",") : [] }));
}

async function oldLastContacts(pairId?: string) {
  const pairFilter = pairId ? Prisma.sql`AND a."pairId" = ${pairId}` : Prisma.empty;
  const contactFilter = pairId ? Prisma.sql`AND "pairId" = ${pairId}` : Prisma.empty;
  return getDb().prisma.$queryRaw<{ menteeId: string; pairId: string; lastAt: Date | null }[]>`
    WITH ind AS (
      SELECT "menteeId", MAX("occurredAt") AS m FROM "ContactLog"
      WHERE "cohortId" = ${cohort.id} ${contactFilter} AND "outcome" = 'COMPLETED' AND "menteeId" IS NOT NULL
      GROUP BY "menteeId"
    ), grp AS (
      SELECT "pairId", MAX("occurredAt") AS m FROM "ContactLog"
      WHERE "cohortId" = ${cohort.id} ${contactFilter} AND "outcome" = 'COMPLETED' AND "menteeId" IS NULL
      GROUP BY "pairId"
    )
    SELECT a."menteeId", a."pairId",
           CASE WHEN ind.m IS NULL THEN grp.m WHEN grp.m IS NULL THEN ind.m ELSE GREATEST(ind.m, grp.m) END AS "lastAt"
    FROM "MenteeAssignment" a
    LEFT JOIN ind ON ind."menteeId" = a."menteeId"
    LEFT JOIN grp ON grp."pairId" = a."pairId"
    WHERE a."cohortId" = ${cohort.id} ${pairFilter}`;
}

const byMentee = <T extends { menteeId: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.menteeId.localeCompare(b.menteeId));
const time = (d: Date | string | null) => (d === null ? null : new Date(d).getTime());

describe("rewritten statements return what the old ones did (demo data and edge cases)", () => {
  it("completedContactDays: whole cohort, each group, each phase", async () => {
    const filters = [
      {},
      ...pairIds.map((pairId) => ({ pairId })),
      { phase: "CLINICAL" as const },
      { phase: "PRECLINICAL" as const },
    ];
    let nonEmpty = 0;
    for (const filter of filters) {
      const now = byMentee(await completedContactDays(getDb().prisma, cohort, filter));
      const before = byMentee(await oldContactDays(filter));
      expect(now).toEqual(before);
      nonEmpty += now.filter((r) => r.days.length > 0).length;
    }
    expect(nonEmpty).toBeGreaterThan(36);
  });

  it("lastCompletedContacts: whole cohort and each group (the mentor home's lateral form)", async () => {
    for (const pairId of [undefined, ...pairIds]) {
      const now = byMentee(await lastCompletedContacts(getDb().prisma, cohort.id, pairId)).map((r) => ({
        ...r,
        lastAt: time(r.lastAt),
      }));
      const before = byMentee(await oldLastContacts(pairId)).map((r) => ({ ...r, lastAt: time(r.lastAt) }));
      expect(now).toEqual(before);
      expect(now.some((r) => r.lastAt !== null)).toBe(true);
    }
  });

  it("meetings per pair and week: the same figures without the whole-history aggregate", async () => {
    const now = clock();
    const from = new Date(now.getTime() - 4 * 7 * 86_400_000);
    const to = new Date(now.getTime() + 4 * 7 * 86_400_000);
    const before = await getDb().prisma.$queryRaw<Record<string, unknown>[]>`
      WITH b AS (
        SELECT "slotId",
               count(*) FILTER (WHERE status = 'BOOKED') AS booked,
               count(*) FILTER (WHERE status = 'ATTENDED') AS attended,
               count(*) FILTER (WHERE status = 'NO_SHOW') AS "noShow",
               count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled
          FROM "Booking" GROUP BY "slotId"
      )
      SELECT p.id AS "pairId", p.label,
             to_char(date_trunc('week', sl."startsAt" AT TIME ZONE ${cohort.timeZone}), 'YYYY-MM-DD') AS week,
             count(*) AS slots, sum(sl.capacity) AS seats,
             COALESCE(sum(b.booked), 0) AS booked, COALESCE(sum(b.attended), 0) AS attended,
             COALESCE(sum(b."noShow"), 0) AS "noShow", COALESCE(sum(b.cancelled), 0) AS cancelled
        FROM "AvailabilitySlot" sl
        JOIN "MentorPair" p ON p.id = sl."pairId"
        LEFT JOIN b ON b."slotId" = sl.id
       WHERE sl."cohortId" = ${cohort.id} AND sl."cancelledAt" IS NULL
         AND sl."startsAt" >= ${from} AND sl."startsAt" < ${to}
       GROUP BY p.id, p.label, 3
       ORDER BY 3, p.label`;
    const data = (await getMeetingsByPairAndWeek(coordinator))!;
    const old = before.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          typeof v === "bigint" || typeof v === "number" || (typeof v === "object" && v !== null) ? Number(v) : v,
        ]),
      ),
    );
    expect(data.rows).toEqual(old);
    expect(data.rows.length).toBeGreaterThan(0);
    expect(data.rows.some((r) => r.cancelled > 0 || r.booked > 0)).toBe(true);
  });

  it("the homes' one-statement reads keep their types and order (dates as dates, mentees by name)", async () => {
    const p = getDb().prisma;
    const as = async (email: string) => {
      const u = await p.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      return (await loadCohortActor(u.id, cohort.id))!;
    };
    const mentor = (await getMentorHome(await as(DEMO_EMAILS.clinicalMentor)))!;
    const names = mentor.mentees.map((m) => m.name);
    expect(mentor.mentees).toHaveLength(6);
    expect(mentor.timeline.length).toBeGreaterThan(0);
    expect(mentor.timeline.every((c) => c.occurredAt instanceof Date)).toBe(true);
    const sorted = [...mentor.timeline].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
    expect(mentor.timeline).toEqual(sorted);
    expect(mentor.mentees.some((m) => m.lastContactAt instanceof Date)).toBe(true);
    const pair = await p.mentorPair.findFirstOrThrow({
      where: { clinicalMentor: { user: { email: DEMO_EMAILS.clinicalMentor } } },
      select: {
        _count: { select: { contactLogs: { where: { outcome: "COMPLETED" } } } },
        mentees: { select: { mentee: { select: { user: { select: { name: true } } } } } },
      },
    });
    expect(new Set(names)).toEqual(new Set(pair.mentees.map((m) => m.mentee.user.name)));
    const menteeActor = await as(DEMO_EMAILS.mentee);
    const mentee = (await getMenteeHome(menteeActor))!;
    expect(mentee.groupSize).toBe(6);
    expect(mentee.mentors.map((m) => m.phase)).toEqual(["CLINICAL", "PRECLINICAL"]);
    for (const m of mentee.meetings) expect(m.startsAt).toBeInstanceOf(Date);
    // the home's sessions (with the RSVP state) are the sessions page's read, limited to three
    const sessions = (await getMySessions(menteeActor, "MENTEE", "upcoming", 3))!;
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.length).toBeLessThanOrEqual(3);
    for (const s of sessions) expect(s.startsAt).toBeInstanceOf(Date);
  });

  it("the cohort's cadence facts in one statement: dates and paused periods as before", async () => {
    const p = getDb().prisma;
    const c = await p.cohort.findUniqueOrThrow({
      where: { id: cohort.id },
      select: {
        startsOn: true,
        endsOn: true,
        pausedPeriods: { select: { startsOn: true, endsOn: true }, orderBy: { startsOn: "asc" } },
      },
    });
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const facts = (await loadCohortCadence(p, cohort.id))!;
    expect(c.pausedPeriods.length).toBeGreaterThan(0);
    expect(facts.paused).toEqual(c.pausedPeriods.map((x) => ({ startsOn: day(x.startsOn), endsOn: day(x.endsOn) })));
    expect([facts.cadence.startsOn, facts.cadence.endsOn]).toEqual([day(c.startsOn), day(c.endsOn)]);
    expect(await loadCohortCadence(p, "no-such-cohort")).toBeNull();
  });
});
