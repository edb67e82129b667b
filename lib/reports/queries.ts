import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";
import { dbDateToLocal } from "../time";
import * as section from "./data";
import { reportRange, suppress, whenEnough } from "./rules";

export type ReportRole = "COORDINATOR" | "SUPERVISOR";

/**
 * The programme report of the caller's cohort, acting as `as`: every count already suppressed
 * under 5 (null), so the page, the CSV files and the PDF show the same cells. One statement per
 * section plus the cohort: constant in the cohort's size. Sessions and survey results join as
 * sections of their own (lib/reports/data.ts) once those areas are on main.
 */
export async function getProgrammeReport(actor: CohortActor, asked: { from?: string; to?: string }, as: ReportRole) {
  if (!can(actor, "read", "report.programme", { cohortId: actor.cohortId }, as)) return null;
  const cohort = await db().cohort.findUnique({
    where: { id: actor.cohortId },
    select: {
      id: true,
      name: true,
      academicYear: true,
      startsOn: true,
      endsOn: true,
      timeZone: true,
      defaultLocale: true,
    },
  });
  if (!cohort) return null;
  const range = reportRange({ startsOn: dbDateToLocal(cohort.startsOn), endsOn: dbDateToLocal(cohort.endsOn) }, asked);
  const scope = { cohortId: cohort.id, timeZone: cohort.timeZone, ...range };
  const [people, weekly, pairs, meetings, referrals] = await Promise.all([
    section.participation(db(), scope),
    section.contactsWeekly(db(), scope),
    section.contactsPerPair(db(), scope),
    section.meetings(db(), scope),
    section.referrals(db(), scope),
  ]);
  return {
    cohort: {
      name: cohort.name,
      academicYear: cohort.academicYear,
      timeZone: cohort.timeZone,
      defaultLocale: cohort.defaultLocale,
    },
    range,
    participation: {
      mentees: suppress(people.mentees),
      notDrawn: suppress(people.notDrawn),
      clinicalMentors: suppress(people.clinicalMentors),
      preclinicalMentors: suppress(people.preclinicalMentors),
      pairs: suppress(people.pairs),
      groups: suppress(people.groups),
    },
    contactsWeekly: weekly.map((w) => ({ week: w.week, channel: w.channel, n: suppress(w.n) })),
    contactsPerPair: pairs.map((p) => ({
      label: p.label,
      contacts: suppress(p.contacts),
      attempts: suppress(p.attempts),
      minutes: whenEnough(p.contacts, p.minutes),
    })),
    meetings: {
      held: suppress(meetings.held),
      noShow: suppress(meetings.noShow),
      cancelled: suppress(meetings.cancelled),
      booked: suppress(meetings.booked),
    },
    referrals: {
      total: suppress(referrals.total),
      lines: referrals.lines.map((l) => ({ ...l, n: suppress(l.n) })),
      medianHoursToAcknowledge: whenEnough(referrals.acknowledged, referrals.medianHoursToAcknowledge),
      medianHoursToClose: whenEnough(referrals.closed, referrals.medianHoursToClose),
    },
  };
}

export type ProgrammeReport = NonNullable<Awaited<ReturnType<typeof getProgrammeReport>>>;
