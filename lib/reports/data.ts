/**
 * The programme report's sections, one SQL statement each, aggregated in the database: the
 * number of statements is the same for 10 or 10,000 contacts. No permission checks here
 * (lib/reports/queries.ts asks `can()` first); no "server-only" so bench/ can call them.
 *
 * Each section is its own function so later areas add theirs beside these (sessions and
 * attendance, survey results) without touching the others: see `SECTIONS` in queries.ts.
 */
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db/client";

type Client = Pick<Db, "$queryRaw">;

export interface ReportScope {
  cohortId: string;
  timeZone: string;
  /** local dates, inclusive */
  from: string;
  to: string;
}

/** Local day of an instant column in the cohort's zone, for the range filter. */
const inRange = (column: Prisma.Sql, s: ReportScope) =>
  Prisma.sql`(${column} AT TIME ZONE ${s.timeZone})::date BETWEEN ${s.from}::date AND ${s.to}::date`;

export interface Participation {
  mentees: number;
  notDrawn: number;
  clinicalMentors: number;
  preclinicalMentors: number;
  pairs: number;
  groups: number;
}

/** Who takes part (active memberships), pairs and groups with at least one mentee. One statement. */
export async function participation(prisma: Client, s: ReportScope): Promise<Participation> {
  const [row] = await prisma.$queryRaw<Participation[]>`
    SELECT
      COUNT(*) FILTER (WHERE m.role = 'MENTEE' AND m.status = 'ACTIVE')::int AS "mentees",
      COUNT(*) FILTER (WHERE m.role = 'MENTEE' AND m.status = 'CANDIDATE')::int AS "notDrawn",
      COUNT(*) FILTER (WHERE m.role = 'MENTOR' AND m.status = 'ACTIVE' AND m.phase = 'CLINICAL')::int AS "clinicalMentors",
      COUNT(*) FILTER (WHERE m.role = 'MENTOR' AND m.status = 'ACTIVE' AND m.phase = 'PRECLINICAL')::int AS "preclinicalMentors",
      (SELECT COUNT(*) FROM "MentorPair" p WHERE p."cohortId" = ${s.cohortId})::int AS "pairs",
      (SELECT COUNT(DISTINCT a."pairId") FROM "MenteeAssignment" a WHERE a."cohortId" = ${s.cohortId})::int AS "groups"
    FROM "Membership" m
    WHERE m."cohortId" = ${s.cohortId}`;
  return row;
}

export interface WeekChannel {
  week: string;
  channel: string;
  n: number;
}

/** Completed contacts per local week (Monday) and channel, inside the range. One statement. */
export async function contactsWeekly(prisma: Client, s: ReportScope): Promise<WeekChannel[]> {
  return prisma.$queryRaw<WeekChannel[]>`
    SELECT to_char(date_trunc('week', c."occurredAt" AT TIME ZONE ${s.timeZone}), 'YYYY-MM-DD') AS week,
           c."channel"::text AS channel, COUNT(*)::int AS n
    FROM "ContactLog" c
    WHERE c."cohortId" = ${s.cohortId} AND c."outcome" = 'COMPLETED' AND ${inRange(Prisma.sql`c."occurredAt"`, s)}
    GROUP BY 1, 2
    ORDER BY 1, 2`;
}

export interface PairContacts {
  pairId: string;
  label: string;
  contacts: number;
  attempts: number;
  minutes: number;
}

/** Contacts per pair (completed, attempts) and their logged minutes, inside the range. One statement. */
export async function contactsPerPair(prisma: Client, s: ReportScope): Promise<PairContacts[]> {
  return prisma.$queryRaw<PairContacts[]>`
    SELECT p.id AS "pairId", p.label,
           COUNT(c.id) FILTER (WHERE c."outcome" = 'COMPLETED')::int AS contacts,
           COUNT(c.id) FILTER (WHERE c."outcome" = 'NO_ANSWER')::int AS attempts,
           COALESCE(SUM(c.minutes) FILTER (WHERE c."outcome" = 'COMPLETED'), 0)::int AS minutes
    FROM "MentorPair" p
    LEFT JOIN "ContactLog" c ON c."pairId" = p.id AND ${inRange(Prisma.sql`c."occurredAt"`, s)}
    WHERE p."cohortId" = ${s.cohortId}
    GROUP BY p.id, p.label
    ORDER BY p.label`;
}

export interface MeetingCounts {
  held: number;
  noShow: number;
  cancelled: number;
  booked: number;
}

/** Meetings (bookings of slots starting inside the range) by what became of them. One statement. */
export async function meetings(prisma: Client, s: ReportScope): Promise<MeetingCounts> {
  const [row] = await prisma.$queryRaw<MeetingCounts[]>`
    SELECT COUNT(*) FILTER (WHERE b.status = 'ATTENDED')::int AS held,
           COUNT(*) FILTER (WHERE b.status = 'NO_SHOW')::int AS "noShow",
           COUNT(*) FILTER (WHERE b.status = 'CANCELLED')::int AS cancelled,
           COUNT(*) FILTER (WHERE b.status = 'BOOKED')::int AS booked
    FROM "Booking" b JOIN "AvailabilitySlot" sl ON sl.id = b."slotId"
    WHERE sl."cohortId" = ${s.cohortId} AND ${inRange(Prisma.sql`sl."startsAt"`, s)}`;
  return row;
}

export interface ReferralLine {
  dimension: "category" | "urgency" | "centre";
  key: string;
  n: number;
}

export interface ReferralSummary {
  lines: ReferralLine[];
  total: number;
  acknowledged: number;
  closed: number;
  medianHoursToAcknowledge: number | null;
  medianHoursToClose: number | null;
}

/**
 * Referrals filed inside the range: counts by category, urgency and centre, and the median
 * hours to acknowledge and to close. Never a reason, a message or who. One statement.
 */
export async function referrals(prisma: Client, s: ReportScope): Promise<ReferralSummary> {
  const rows = await prisma.$queryRaw<
    {
      dimension: string;
      key: string | null;
      n: number;
      ack_n: number | null;
      closed_n: number | null;
      ack_h: number | null;
      close_h: number | null;
    }[]
  >`
    WITH r AS (
      SELECT r.category::text AS category, r.urgency::text AS urgency, sc.name AS centre,
             EXTRACT(EPOCH FROM (r."acknowledgedAt" - r."createdAt")) / 3600 AS ack_h,
             EXTRACT(EPOCH FROM (r."closedAt" - r."createdAt")) / 3600 AS close_h
      FROM "Referral" r LEFT JOIN "SupportCentre" sc ON sc.id = r."centreId"
      WHERE r."cohortId" = ${s.cohortId} AND ${inRange(Prisma.sql`r."createdAt"`, s)}
    )
    SELECT 'category' AS dimension, category AS key, COUNT(*)::int AS n, NULL::int AS ack_n, NULL::int AS closed_n,
           NULL::float8 AS ack_h, NULL::float8 AS close_h FROM r GROUP BY category
    UNION ALL
    SELECT 'urgency', urgency, COUNT(*)::int, NULL, NULL, NULL, NULL FROM r GROUP BY urgency
    UNION ALL
    SELECT 'centre', centre, COUNT(*)::int, NULL, NULL, NULL, NULL FROM r WHERE centre IS NOT NULL GROUP BY centre
    UNION ALL
    SELECT 'total', NULL, COUNT(*)::int, COUNT(ack_h)::int, COUNT(close_h)::int,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY ack_h))::float8,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY close_h))::float8
    FROM r`;
  const total = rows.find((r) => r.dimension === "total");
  return {
    lines: rows
      .filter((r) => r.dimension !== "total")
      .map((r) => ({ dimension: r.dimension as ReferralLine["dimension"], key: r.key ?? "", n: r.n })),
    total: total?.n ?? 0,
    acknowledged: total?.ack_n ?? 0,
    closed: total?.closed_n ?? 0,
    medianHoursToAcknowledge: total?.ack_h ?? null,
    medianHoursToClose: total?.close_h ?? null,
  };
}
