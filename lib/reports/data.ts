/**
 * The programme report's sections, aggregated in the database: the counting sections in one
 * statement (reportCounts), compliance in two, surveys through lib/surveys; the number of
 * statements is the same for 10 or 10,000 contacts. No permission checks here
 * (lib/reports/queries.ts asks `can()` first); no "server-only" so bench/ can call them.
 *
 * Each section is its own function so later areas add theirs beside these (sessions and
 * attendance, survey results) without touching the others: see `SECTIONS` in queries.ts.
 */
import { Prisma } from "../../generated/prisma/client";
import { completedContactDays, loadCohortCadence } from "../contacts/data";
import { expectedContacts } from "../contacts/rules";
import type { Db } from "../db/client";
import { localDate } from "../time";
import { surveyResultsForCohort, type SurveyResults } from "../surveys/data";
import { complianceWeeks, type ComplianceWeek } from "./rules";

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

/** Who takes part (active memberships), pairs and groups with at least one mentee. One row. */
const participationSql = (s: ReportScope) => Prisma.sql`
    SELECT
      COUNT(*) FILTER (WHERE m.role = 'MENTEE' AND m.status = 'ACTIVE')::int AS "mentees",
      COUNT(*) FILTER (WHERE m.role = 'MENTEE' AND m.status = 'CANDIDATE')::int AS "notDrawn",
      COUNT(*) FILTER (WHERE m.role = 'MENTOR' AND m.status = 'ACTIVE' AND m.phase = 'CLINICAL')::int AS "clinicalMentors",
      COUNT(*) FILTER (WHERE m.role = 'MENTOR' AND m.status = 'ACTIVE' AND m.phase = 'PRECLINICAL')::int AS "preclinicalMentors",
      (SELECT COUNT(*) FROM "MentorPair" p WHERE p."cohortId" = ${s.cohortId})::int AS "pairs",
      (SELECT COUNT(DISTINCT a."pairId") FROM "MenteeAssignment" a WHERE a."cohortId" = ${s.cohortId})::int AS "groups"
    FROM "Membership" m
    WHERE m."cohortId" = ${s.cohortId}`;

export interface WeekChannel {
  week: string;
  channel: string;
  n: number;
}

/** Completed contacts per local week (Monday) and channel, inside the range. */
const contactsWeeklySql = (s: ReportScope) => Prisma.sql`
    SELECT to_char(date_trunc('week', c."occurredAt" AT TIME ZONE ${s.timeZone}), 'YYYY-MM-DD') AS week,
           c."channel"::text AS channel, COUNT(*)::int AS n
    FROM "ContactLog" c
    WHERE c."cohortId" = ${s.cohortId} AND c."outcome" = 'COMPLETED' AND ${inRange(Prisma.sql`c."occurredAt"`, s)}
    GROUP BY 1, 2
    ORDER BY 1, 2`;

export interface PairContacts {
  pairId: string;
  label: string;
  contacts: number;
  attempts: number;
  minutes: number;
}

/** Contacts per pair (completed, attempts) and their logged minutes, inside the range. */
const contactsPerPairSql = (s: ReportScope) => Prisma.sql`
    SELECT p.id AS "pairId", p.label,
           COUNT(c.id) FILTER (WHERE c."outcome" = 'COMPLETED')::int AS contacts,
           COUNT(c.id) FILTER (WHERE c."outcome" = 'NO_ANSWER')::int AS attempts,
           COALESCE(SUM(c.minutes) FILTER (WHERE c."outcome" = 'COMPLETED'), 0)::int AS minutes
    FROM "MentorPair" p
    LEFT JOIN "ContactLog" c ON c."pairId" = p.id AND ${inRange(Prisma.sql`c."occurredAt"`, s)}
    WHERE p."cohortId" = ${s.cohortId}
    GROUP BY p.id, p.label
    ORDER BY p.label`;

export interface MeetingCounts {
  held: number;
  noShow: number;
  cancelled: number;
  booked: number;
}

/** Meetings (bookings of slots starting inside the range) by what became of them. One row. */
const meetingsSql = (s: ReportScope) => Prisma.sql`
    SELECT COUNT(*) FILTER (WHERE b.status = 'ATTENDED')::int AS held,
           COUNT(*) FILTER (WHERE b.status = 'NO_SHOW')::int AS "noShow",
           COUNT(*) FILTER (WHERE b.status = 'CANCELLED')::int AS cancelled,
           COUNT(*) FILTER (WHERE b.status = 'BOOKED')::int AS booked
    FROM "Booking" b JOIN "AvailabilitySlot" sl ON sl.id = b."slotId"
    WHERE sl."cohortId" = ${s.cohortId} AND ${inRange(Prisma.sql`sl."startsAt"`, s)}`;

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

interface ReferralRow {
  dimension: string;
  key: string | null;
  n: number;
  ack_n: number | null;
  closed_n: number | null;
  ack_h: number | null;
  close_h: number | null;
}

/**
 * Referrals filed inside the range: counts by category, urgency and centre, and the median
 * hours to acknowledge and to close. Never a reason, a message or who.
 */
const referralsSql = (s: ReportScope) => Prisma.sql`
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

function referralSummary(rows: ReferralRow[]): ReferralSummary {
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

/**
 * Compliance with the cadence over time: per week of the range, the mentees with a contact due
 * and those in time (lib/contacts/rules.ts `expectedContacts`, the rule of the compliance pages).
 * Two statements (the cohort's cadence, every mentee's contact days), whatever the cohort's size.
 */
export async function complianceWeekly(
  prisma: Pick<Db, "$queryRaw" | "cohort">,
  s: ReportScope,
  now: Date,
): Promise<ComplianceWeek[]> {
  const [cohort, days] = await Promise.all([
    loadCohortCadence(prisma, s.cohortId),
    completedContactDays(prisma, { id: s.cohortId, timeZone: s.timeZone }),
  ]);
  if (!cohort) return [];
  // Up to today: a contact made early for a due day still to come is not yet a week's figure.
  const today = localDate(now, s.timeZone);
  return complianceWeeks(
    days.map((d) => expectedContacts({ cohort: cohort.cadence, paused: cohort.paused, contactDays: d.days, now })),
    { from: s.from, to: s.to < today ? s.to : today },
  );
}

export interface SessionKindLine {
  kind: string;
  /** sessions that took place (not cancelled, ended by now) */
  held: number;
  cancelled: number;
  attended: number;
  excused: number;
  absent: number;
  /** of those attended, came without an RSVP */
  walkIns: number;
}

/**
 * Sessions and attendance (inter-mentor sessions, role-model talks, briefings, trainings) starting
 * inside the range, per kind: how many took place or were cancelled, and the attendance marks of
 * those that took place. Counts only, never who.
 */
const sessionsSql = (s: ReportScope, now: Date) => Prisma.sql`
    WITH ps AS (
      SELECT ps.id, ps.kind::text AS kind, ps."cancelledAt" IS NOT NULL AS cancelled,
             ps."cancelledAt" IS NULL AND ps."endsAt" <= ${now} AS held
      FROM "ProgramSession" ps
      WHERE ps."cohortId" = ${s.cohortId} AND ${inRange(Prisma.sql`ps."startsAt"`, s)}
    ), a AS (
      SELECT ps.kind,
             COUNT(*) FILTER (WHERE at.status = 'ATTENDED')::int AS attended,
             COUNT(*) FILTER (WHERE at.status = 'EXCUSED')::int AS excused,
             COUNT(*) FILTER (WHERE at.status = 'ABSENT')::int AS absent,
             COUNT(*) FILTER (WHERE at.status = 'ATTENDED' AND at."walkIn")::int AS "walkIns"
      FROM ps JOIN "Attendance" at ON at."sessionId" = ps.id
      WHERE ps.held
      GROUP BY ps.kind
    )
    SELECT ps.kind,
           COUNT(*) FILTER (WHERE ps.held)::int AS held,
           COUNT(*) FILTER (WHERE ps.cancelled)::int AS cancelled,
           COALESCE(MAX(a.attended), 0)::int AS attended,
           COALESCE(MAX(a.excused), 0)::int AS excused,
           COALESCE(MAX(a.absent), 0)::int AS absent,
           COALESCE(MAX(a."walkIns"), 0)::int AS "walkIns"
    FROM ps LEFT JOIN a ON a.kind = ps.kind
    GROUP BY ps.kind
    ORDER BY ps.kind`;

export interface ReportCounts {
  participation: Participation;
  contactsWeekly: WeekChannel[];
  contactsPerPair: PairContacts[];
  meetings: MeetingCounts;
  referrals: ReferralSummary;
  sessions: SessionKindLine[];
}

/**
 * The counting sections (participation, contacts per week and per pair, meetings, referrals and,
 * when the caller may read them, sessions) in ONE statement: each section's query is a subquery
 * turned into JSON (rows keep the order of its ORDER BY), so the report costs the same few
 * statements at 36 or 5,000 mentees. Each fragment above stays readable on its own.
 */
export async function reportCounts(
  prisma: Client,
  s: ReportScope,
  now: Date,
  opts: { sessions: boolean },
): Promise<ReportCounts> {
  const rows = (q: Prisma.Sql) => Prisma.sql`(SELECT COALESCE(json_agg(t), '[]'::json) FROM (${q}) t)`;
  const one = (q: Prisma.Sql) => Prisma.sql`(SELECT row_to_json(t) FROM (${q}) t)`;
  const [row] = await prisma.$queryRaw<
    {
      participation: Participation;
      contactsWeekly: WeekChannel[];
      contactsPerPair: PairContacts[];
      meetings: MeetingCounts;
      referrals: ReferralRow[];
      sessions: SessionKindLine[];
    }[]
  >`
    SELECT ${one(participationSql(s))} AS participation,
           ${rows(contactsWeeklySql(s))} AS "contactsWeekly",
           ${rows(contactsPerPairSql(s))} AS "contactsPerPair",
           ${one(meetingsSql(s))} AS meetings,
           ${rows(referralsSql(s))} AS referrals,
           ${opts.sessions ? rows(sessionsSql(s, now)) : Prisma.sql`'[]'::json`} AS sessions`;
  return { ...row, referrals: referralSummary(row.referrals) };
}

export interface SurveyLine {
  survey: string;
  closesAt: Date;
  respondents: number;
  /** Likert and number items: overall n, mean, SD, median (null: suppressed by lib/surveys) */
  items: { position: number; prompt: string; n: number | null; mean: number | null; sd: number | null; median: number | null }[];
}

/**
 * Survey results: the cohort's closed surveys (not the feedback on mentors), each with its
 * respondents and the overall statistics of its scale and number items, through lib/surveys
 * (`surveyResultsForCohort`, the same suppression as the survey pages). Free text and choices
 * stay on the survey pages. A constant number of statements per survey, whatever the cohort's size.
 */
export async function surveys(
  prisma: Parameters<typeof surveyResultsForCohort>[0],
  s: ReportScope,
  now: Date,
): Promise<SurveyLine[]> {
  const results: SurveyResults[] = await surveyResultsForCohort(prisma, s.cohortId, now);
  return results
    .filter((r) => {
      // surveys open at some time inside the range
      return localDate(r.survey.closesAt, s.timeZone) >= s.from && localDate(r.survey.opensAt, s.timeZone) <= s.to;
    })
    .map((r) => ({
      survey: r.survey.title,
      closesAt: r.survey.closesAt,
      respondents: r.respondents,
      items: r.items
        .filter((i) => i.overall !== null)
        .map((i) => {
          const c = i.overall!;
          return c.suppressed
            ? { position: i.position, prompt: i.prompt, n: null, mean: null, sd: null, median: null }
            : {
                position: i.position,
                prompt: i.prompt,
                n: c.stats.n,
                mean: c.stats.mean,
                sd: c.stats.sd,
                median: c.stats.median,
              };
        }),
    }));
}
