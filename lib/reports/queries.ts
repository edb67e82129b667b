import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { clock } from "../clock";
import { db } from "../db";
import { dbDateToLocal } from "../time";
import * as section from "./data";
import { reportRange, suppress, whenEnough } from "./rules";

export type ReportRole = "COORDINATOR" | "SUPERVISOR";

/**
 * The programme report of the caller's cohort, acting as `as`: every count already suppressed
 * under 5 (null), so the page, the CSV files and the PDF show the same cells. The cohort, one
 * statement for every count, two for compliance: constant in the cohort's size (survey results: a
 * constant number per closed survey). Sessions and surveys are shown when the caller may read them in that role.
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
  const now = clock();
  const scoped = { cohortId: actor.cohortId };
  const [counts, compliance, surveys] = await Promise.all([
    section.reportCounts(db(), scope, now, { sessions: can(actor, "read", "session.attendance", scoped, as) }),
    section.complianceWeekly(db(), scope, now),
    can(actor, "read", "survey.aggregate", scoped, as) ? section.surveys(db(), scope, now) : [],
  ]);
  const { participation: people, contactsWeekly: weekly, contactsPerPair: pairs, meetings, referrals, sessions } = counts;
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
    compliance: compliance.map((w) => ({
      week: w.week,
      due: suppress(w.due),
      onTime: suppress(w.onTime),
      late: suppress(w.due - w.onTime),
      /** the share in time, of at least 5 mentees due */
      share: whenEnough(w.due, w.onTime / w.due),
    })),
    sessions: sessions.map((k) => ({
      kind: k.kind,
      held: suppress(k.held),
      cancelled: suppress(k.cancelled),
      attended: suppress(k.attended),
      excused: suppress(k.excused),
      absent: suppress(k.absent),
      walkIns: suppress(k.walkIns),
      /** attended of those marked, when at least 5 were marked */
      rate: whenEnough(k.attended + k.excused + k.absent, k.attended / (k.attended + k.excused + k.absent || 1)),
    })),
    surveys: surveys.map((x) => ({
      survey: x.survey,
      closesAt: x.closesAt,
      respondents: suppress(x.respondents),
      items: x.items,
    })),
    referrals: {
      total: suppress(referrals.total),
      lines: referrals.lines.map((l) => ({ ...l, n: suppress(l.n) })),
      medianHoursToAcknowledge: whenEnough(referrals.acknowledged, referrals.medianHoursToAcknowledge),
      medianHoursToClose: whenEnough(referrals.closed, referrals.medianHoursToClose),
    },
  };
}

export type ProgrammeReport = NonNullable<Awaited<ReturnType<typeof getProgrammeReport>>>;
