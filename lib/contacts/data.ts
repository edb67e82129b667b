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
import type { Phase } from "../people/rules";

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
  // One statement (decision 100): the paused periods as a JSON list beside the cohort.
  const [row] = await prisma.$queryRaw<
    {
      id: string;
      name: string;
      status: "DRAFT" | "ACTIVE" | "CLOSED";
      startsOn: Date;
      endsOn: Date;
      timeZone: string;
      firstIntervalDays: number;
      lastIntervalDays: number;
      paused: { startsOn: string; endsOn: string }[] | null;
    }[]
  >`
    SELECT c.id, c.name, c.status::text AS status, c."startsOn", c."endsOn", c."timeZone",
           c."firstIntervalDays", c."lastIntervalDays",
           (SELECT json_agg(json_build_object('startsOn', p."startsOn", 'endsOn', p."endsOn") ORDER BY p."startsOn")
              FROM "PausedPeriod" p WHERE p."cohortId" = c.id) AS paused
      FROM "Cohort" c WHERE c.id = ${cohortId}`;
  const c = row && {
    ...row,
    pausedPeriods: (row.paused ?? []).map((p) => ({
      startsOn: new Date(`${p.startsOn}T00:00:00Z`),
      endsOn: new Date(`${p.endsOn}T00:00:00Z`),
    })),
  };
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
 * "A mentee's newest completed contact" as SQL, in one place: their own completed contacts and
 * their group's whole-group ones (menteeId null), each through the partial index per pair and
 * mentee (decision 102). For a query over "MenteeAssignment" aliased `a`: add these joins and
 * select LAST_COMPLETED_AT; `count` also gives ind.n, the mentee's own completed contacts.
 * Used by the mentor home, the group page and the groups board; the whole-cohort pass in
 * lastCompletedContacts aggregates once per cohort instead (one scan, not one probe per mentee).
 */
export function lastCompletedJoins(cohortId: string, opts: { count?: boolean } = {}): Prisma.Sql {
  const n = opts.count ? Prisma.sql`, count(*)::int AS n` : Prisma.empty;
  return Prisma.sql`
    LEFT JOIN LATERAL (
      SELECT max(c."occurredAt") AS m${n} FROM "ContactLog" c
       WHERE c."pairId" = a."pairId" AND c."menteeId" = a."menteeId" AND c."outcome" = 'COMPLETED'
         AND c."cohortId" = ${cohortId}
    ) ind ON true
    LEFT JOIN LATERAL (
      SELECT max(c."occurredAt") AS m FROM "ContactLog" c
       WHERE c."pairId" = a."pairId" AND c."menteeId" IS NULL AND c."outcome" = 'COMPLETED'
         AND c."cohortId" = ${cohortId}
    ) grp ON true`;
}
export const LAST_COMPLETED_AT = Prisma.sql`GREATEST(ind.m, grp.m)`;

/**
 * Each assigned mentee's latest COMPLETED contact: their own contacts plus their group's
 * whole-group contacts (menteeId null). One statement; `pairId` narrows to one group.
 */
export async function lastCompletedContacts(
  prisma: Client,
  cohortId: string,
  pairId?: string,
): Promise<MenteeContactRow[]> {
  if (pairId) {
    // One group (the mentor home): per mentee, the newest completed contact through the partial
    // index ("pairId","menteeId","occurredAt") WHERE COMPLETED, a few index pages each (decision 102),
    // instead of the pair's whole history combined with a large menteeId-IS-NULL bitmap.
    return prisma.$queryRaw<MenteeContactRow[]>`
      SELECT a."menteeId", a."pairId", ${LAST_COMPLETED_AT} AS "lastAt"
        FROM "MenteeAssignment" a
        ${lastCompletedJoins(cohortId)}
       WHERE a."cohortId" = ${cohortId} AND a."pairId" = ${pairId}`;
  }
  // The whole cohort: one pass over it.
  return prisma.$queryRaw<MenteeContactRow[]>`
    WITH ind AS (
      SELECT "menteeId", MAX("occurredAt") AS m FROM "ContactLog"
      WHERE "cohortId" = ${cohortId} AND "outcome" = 'COMPLETED' AND "menteeId" IS NOT NULL
      GROUP BY "menteeId"
    ), grp AS (
      SELECT "pairId", MAX("occurredAt") AS m FROM "ContactLog"
      WHERE "cohortId" = ${cohortId} AND "outcome" = 'COMPLETED' AND "menteeId" IS NULL
      GROUP BY "pairId"
    )
    SELECT a."menteeId", a."pairId", GREATEST(ind.m, grp.m) AS "lastAt"
    FROM "MenteeAssignment" a
    LEFT JOIN ind ON ind."menteeId" = a."menteeId"
    LEFT JOIN grp ON grp."pairId" = a."pairId"
    WHERE a."cohortId" = ${cohortId}`;
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
  filter: { pairId?: string; phase?: Phase } = {},
): Promise<MenteeDaysRow[]> {
  const rows = await completedContactDaysRaw(prisma, cohort, filter);
  // A group's whole-group days come once (on its first mentee's row) and join each mentee's own here.
  const groupDays = new Map<string, string[]>();
  for (const r of rows) if (r.group !== null) groupDays.set(r.pairId, r.group ? r.group.split(",") : []);
  return rows.map((r) => ({
    menteeId: r.menteeId,
    pairId: r.pairId,
    name: r.name,
    days: mergeSortedDays(r.own ? r.own.split(",") : [], groupDays.get(r.pairId) ?? []),
  }));
}

/** Two ascending lists of ISO days as one, ascending, without repeats. */
export function mergeSortedDays(a: string[], b: string[]): string[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * Distinct local days per mentee (own contacts) and per group (whole-group contacts) in the
 * database, so a group's contacts are never multiplied by its mentees and nothing is aggregated
 * with DISTINCT over the raw rows (decision 102). One statement; ISO day lists as strings.
 */
async function completedContactDaysRaw(
  prisma: Client,
  cohort: { id: string; timeZone: string },
  filter: { pairId?: string; phase?: Phase },
) {
  const pairFilter = filter.pairId ? Prisma.sql`AND a."pairId" = ${filter.pairId}` : Prisma.empty;
  const contactPairFilter = filter.pairId ? Prisma.sql`AND c."pairId" = ${filter.pairId}` : Prisma.empty;
  const phaseFilter = filter.phase
    ? Prisma.sql`AND c."mentorId" IN (SELECT id FROM "Membership" WHERE "cohortId" = ${cohort.id} AND "phase"::text = ${filter.phase})`
    : Prisma.empty;
  return prisma.$queryRaw<
    { menteeId: string; pairId: string; name: string; own: string | null; group: string | null }[]
  >`
    WITH d AS (
      SELECT DISTINCT c."menteeId", CASE WHEN c."menteeId" IS NULL THEN c."pairId" END AS gp,
             (c."occurredAt" AT TIME ZONE ${cohort.timeZone})::date AS d
        FROM "ContactLog" c
       WHERE c."cohortId" = ${cohort.id} AND c."outcome" = 'COMPLETED' ${contactPairFilter} ${phaseFilter}
    ), own AS (
      SELECT "menteeId", string_agg(d::text, ',' ORDER BY d) AS days FROM d WHERE "menteeId" IS NOT NULL GROUP BY 1
    ), grp AS (
      SELECT gp, string_agg(d::text, ',' ORDER BY d) AS days FROM d WHERE gp IS NOT NULL GROUP BY 1
    )
    SELECT a."menteeId", a."pairId", u."name", own.days AS own,
           CASE WHEN row_number() OVER (PARTITION BY a."pairId" ORDER BY a."menteeId") = 1
                THEN COALESCE(grp.days, '') END AS "group"
      FROM "MenteeAssignment" a
      JOIN "Membership" mm ON mm.id = a."menteeId"
      JOIN "User" u ON u.id = mm."userId"
      LEFT JOIN own ON own."menteeId" = a."menteeId"
      LEFT JOIN grp ON grp.gp = a."pairId"
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
  filter: { pairId?: string; phase?: Phase } = {},
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
