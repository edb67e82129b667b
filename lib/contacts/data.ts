/**
 * Set-based reads behind the cadence: one SQL statement each, whatever the cohort's size, so the
 * pages, the reminders job and the bench issue a constant number of queries. No permission
 * checks here: callers (lib/contacts/queries.ts, lib/contacts/reminders.ts) check `can()` first.
 * No "server-only" import: the reminders script and the bench run these outside Next.
 */
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db/client";
import { dbDateToLocal } from "../time";
import {
  contactCadence,
  contactCompliance,
  urgency,
  type CadenceCohort,
  type CadenceStatus,
  type PausedPeriodDays,
} from "./rules";

type Client = Pick<Db, "cohort" | "$queryRaw">;

export interface CohortCadence {
  id: string;
  name: string;
  status: "DRAFT" | "ACTIVE" | "CLOSED";
  cadence: CadenceCohort;
  paused: PausedPeriodDays[];
}

/** The cohort's dates, zone, intervals and paused periods (one query). */
export async function loadCohortCadence(prisma: Client, cohortId: string): Promise<CohortCadence | null> {
  const c = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      status: true,
      startsOn: true,
      endsOn: true,
      timeZone: true,
      firstIntervalDays: true,
      lastIntervalDays: true,
      pausedPeriods: { select: { startsOn: true, endsOn: true }, orderBy: { startsOn: "asc" } },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    cadence: {
      startsOn: dbDateToLocal(c.startsOn),
      endsOn: dbDateToLocal(c.endsOn),
      timeZone: c.timeZone,
      firstIntervalDays: c.firstIntervalDays,
      lastIntervalDays: c.lastIntervalDays,
    },
    paused: c.pausedPeriods.map((p) => ({ startsOn: dbDateToLocal(p.startsOn), endsOn: dbDateToLocal(p.endsOn) })),
  };
}

export interface MenteeContactRow {
  menteeId: string;
  pairId: string;
  /** latest completed contact (own or whole-group), or null */
  lastAt: Date | null;
}

/**
 * Each assigned mentee's latest COMPLETED contact: their own contacts plus their group's
 * whole-group contacts (menteeId null). One statement; `pairId` narrows to one group.
 */
export async function lastCompletedContacts(
  prisma: Client,
  cohortId: string,
  pairId?: string,
): Promise<MenteeContactRow[]> {
  const pairFilter = pairId ? Prisma.sql`AND a."pairId" = ${pairId}` : Prisma.empty;
  // One group: its own contacts only (the pair's index); the whole cohort: one pass over it.
  const contactFilter = pairId ? Prisma.sql`AND "pairId" = ${pairId}` : Prisma.empty;
  return prisma.$queryRaw<MenteeContactRow[]>`
    WITH ind AS (
      SELECT "menteeId", MAX("occurredAt") AS m FROM "ContactLog"
      WHERE "cohortId" = ${cohortId} ${contactFilter} AND "outcome" = 'COMPLETED' AND "menteeId" IS NOT NULL
      GROUP BY "menteeId"
    ), grp AS (
      SELECT "pairId", MAX("occurredAt") AS m FROM "ContactLog"
      WHERE "cohortId" = ${cohortId} ${contactFilter} AND "outcome" = 'COMPLETED' AND "menteeId" IS NULL
      GROUP BY "pairId"
    )
    SELECT a."menteeId", a."pairId",
           CASE WHEN ind.m IS NULL THEN grp.m WHEN grp.m IS NULL THEN ind.m ELSE GREATEST(ind.m, grp.m) END AS "lastAt"
    FROM "MenteeAssignment" a
    LEFT JOIN ind ON ind."menteeId" = a."menteeId"
    LEFT JOIN grp ON grp."pairId" = a."pairId"
    WHERE a."cohortId" = ${cohortId} ${pairFilter}`;
}

export interface MenteeDaysRow {
  menteeId: string;
  pairId: string;
  /** the mentee's name (for the reports; saves a query) */
  name: string;
  days: string[];
}

/**
 * Each assigned mentee's distinct local days with a COMPLETED contact (own or whole-group),
 * optionally only contacts by mentors of one phase. One statement.
 */
export async function completedContactDays(
  prisma: Client,
  cohort: { id: string; timeZone: string },
  filter: { pairId?: string; phase?: "CLINICAL" | "PRECLINICAL" } = {},
): Promise<MenteeDaysRow[]> {
  const pairFilter = filter.pairId ? Prisma.sql`AND a."pairId" = ${filter.pairId}` : Prisma.empty;
  const rows = await completedContactDaysRaw(prisma, cohort, filter, pairFilter);
  // One comma-separated string per mentee: far cheaper to move out of the database than an array.
  return rows.map((r) => ({ ...r, days: r.days ? r.days.split(",") : [] }));
}

async function completedContactDaysRaw(
  prisma: Client,
  cohort: { id: string; timeZone: string },
  filter: { pairId?: string; phase?: "CLINICAL" | "PRECLINICAL" },
  pairFilter: Prisma.Sql,
) {
  const contactPairFilter = filter.pairId ? Prisma.sql`AND c."pairId" = ${filter.pairId}` : Prisma.empty;
  const phaseFilter = filter.phase
    ? Prisma.sql`AND c."mentorId" IN (SELECT id FROM "Membership" WHERE "cohortId" = ${cohort.id} AND "phase"::text = ${filter.phase})`
    : Prisma.empty;
  return prisma.$queryRaw<(Omit<MenteeDaysRow, "days"> & { days: string })[]>`
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
}

/** The cadence of every row, overdue first. */
export function cadenceOf<R extends { lastAt: Date | string | null }>(
  cohort: CohortCadence,
  rows: R[],
  now: Date,
): (R & { status: CadenceStatus; intervalDays: number })[] {
  return rows
    .map((r) => {
      const c = contactCadence({ cohort: cohort.cadence, paused: cohort.paused, lastContactAt: r.lastAt, now });
      return { ...r, status: c.status, intervalDays: c.intervalDays };
    })
    .sort((a, b) => urgency(a.status) - urgency(b.status));
}

/** Compliance and cadence for every mentee from their contact days. */
export function complianceOf(cohort: CohortCadence, rows: MenteeDaysRow[], now: Date) {
  return rows.map((r) => {
    const lastDay = r.days.length ? r.days.reduce((a, b) => (a > b ? a : b)) : null;
    const { onTime, late, share } = contactCompliance({
      cohort: cohort.cadence,
      paused: cohort.paused,
      contactDays: r.days,
      now,
    });
    const status = contactCadence({
      cohort: cohort.cadence,
      paused: cohort.paused,
      lastContactAt: lastDay,
      now,
    }).status;
    return {
      menteeId: r.menteeId,
      pairId: r.pairId,
      name: r.name,
      lastDay,
      contactDays: r.days.length,
      onTime,
      late,
      share,
      status,
    };
  });
}

export interface WeekChannelRow {
  week: string;
  channel: string;
  outcome: string;
  n: number;
}

/** Contacts per local week (Monday) by channel and outcome. One statement. */
export async function contactsPerWeek(
  prisma: Client,
  cohort: { id: string; timeZone: string },
  filter: { pairId?: string; phase?: "CLINICAL" | "PRECLINICAL" } = {},
): Promise<WeekChannelRow[]> {
  const pairFilter = filter.pairId ? Prisma.sql`AND c."pairId" = ${filter.pairId}` : Prisma.empty;
  const phaseFilter = filter.phase
    ? Prisma.sql`AND c."mentorId" IN (SELECT id FROM "Membership" WHERE "cohortId" = ${cohort.id} AND "phase"::text = ${filter.phase})`
    : Prisma.empty;
  return prisma.$queryRaw<WeekChannelRow[]>`
    SELECT to_char(w.week, 'YYYY-MM-DD') AS week, w.channel::text AS channel, w.outcome::text AS outcome, w.n::int AS n
    FROM (
      SELECT date_trunc('week', c."occurredAt" AT TIME ZONE ${cohort.timeZone}) AS week, c."channel", c."outcome", COUNT(*) AS n
      FROM "ContactLog" c
      WHERE c."cohortId" = ${cohort.id} ${pairFilter} ${phaseFilter}
      GROUP BY 1, 2, 3
    ) w
    ORDER BY 1`;
}
