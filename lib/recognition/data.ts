/**
 * The sources of volunteer hours, in one statement for a whole cohort (or one mentor): contact
 * logs with minutes (not the ones written for an attended meeting: the meeting counts), meetings
 * a mentor offered that someone attended (a group slot counts once, a cancelled one never), and
 * attended inter-mentor sessions, briefings and trainings. A new source is one more UNION ALL
 * branch and one more ACTIVITY_KINDS entry (lib/recognition/rules.ts). No permission checks here.
 */
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db/client";
import { volunteerMinutes, type Activity, type ActivityKind, type HoursSummary } from "./rules";

type Client = Pick<Db, "$queryRaw">;

interface Row {
  membershipId: string;
  kind: ActivityKind;
  start: Date;
  end: Date;
  month: string;
}

export async function activitiesOf(
  prisma: Client,
  cohort: { id: string; timeZone: string },
  membershipId?: string | readonly string[],
): Promise<Map<string, Activity[]>> {
  const ids = membershipId === undefined ? null : typeof membershipId === "string" ? [membershipId] : [...membershipId];
  if (ids && ids.length === 0) return new Map();
  const only = ids ? Prisma.sql`WHERE a."membershipId" = ANY(${ids}::text[])` : Prisma.empty;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT a."membershipId", a.kind, a.start, a."end", to_char(a.start AT TIME ZONE ${cohort.timeZone}, 'YYYY-MM') AS month
    FROM (
      SELECT c."mentorId" AS "membershipId", 'CONTACT' AS kind, c."occurredAt" AS start,
             c."occurredAt" + make_interval(mins => c.minutes) AS "end"
      FROM "ContactLog" c
      WHERE c."cohortId" = ${cohort.id} AND c."outcome" = 'COMPLETED' AND c.minutes > 0 AND c."bookingId" IS NULL
      UNION ALL
      SELECT s."mentorId", 'MEETING', s."startsAt", s."endsAt"
      FROM "AvailabilitySlot" s
      WHERE s."cohortId" = ${cohort.id} AND s."cancelledAt" IS NULL
        AND EXISTS (SELECT 1 FROM "Booking" b WHERE b."slotId" = s.id AND b.status = 'ATTENDED')
      UNION ALL
      SELECT at."membershipId", 'SESSION', ps."startsAt", ps."endsAt"
      FROM "Attendance" at JOIN "ProgramSession" ps ON ps.id = at."sessionId"
      WHERE ps."cohortId" = ${cohort.id} AND ps."cancelledAt" IS NULL AND at.status = 'ATTENDED'
        AND ps.kind IN ('INTER_MENTOR', 'BRIEFING', 'TRAINING')
    ) a ${only}`;
  const out = new Map<string, Activity[]>();
  for (const r of rows) {
    const list = out.get(r.membershipId) ?? [];
    list.push({ kind: r.kind, start: new Date(r.start).getTime(), end: new Date(r.end).getTime(), month: r.month });
    out.set(r.membershipId, list);
  }
  return out;
}

/** Each mentor's computed hours (overlaps once), by membership id: everyone's, one's or a page's. */
export async function computedHours(
  prisma: Client,
  cohort: { id: string; timeZone: string },
  membershipId?: string | readonly string[],
): Promise<Map<string, HoursSummary>> {
  const acts = await activitiesOf(prisma, cohort, membershipId);
  return new Map([...acts.entries()].map(([id, list]) => [id, volunteerMinutes(list)]));
}
