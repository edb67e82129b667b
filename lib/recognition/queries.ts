import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";
import { env } from "../env";
import { dbDateToLocal } from "../time";
import { computedHours } from "./data";
import { normaliseCode, totalMinutes, type HoursSummary } from "./rules";

const EMPTY: HoursSummary = { minutes: 0, byKind: { MEETING: 0, SESSION: 0, CONTACT: 0 }, byMonth: [] };

export function verifyUrl(code: string) {
  return `${(env.NEXTAUTH_URL ?? "").replace(/\/$/, "")}/verify/${encodeURIComponent(code)}`;
}

/** A mentor's own hours: by month and kind, adjustments, and the approval when there is one. */
export async function getMyHours(actor: CohortActor) {
  const own = actor.membershipIds.MENTOR;
  if (!own || !can(actor, "read", "hours.own", { cohortId: actor.cohortId, subjectMembershipId: own }, "MENTOR"))
    return null;
  const cohort = await db().cohort.findUniqueOrThrow({
    where: { id: actor.cohortId },
    select: { id: true, timeZone: true, name: true },
  });
  const [computed, adjustments, certificate] = await Promise.all([
    computedHours(db(), cohort, own),
    db().hoursAdjustment.findMany({
      where: { membershipId: own },
      orderBy: { createdAt: "asc" },
      select: { id: true, minutes: true, reason: true, createdAt: true },
    }),
    db().hoursCertificate.findUnique({
      where: { membershipId: own },
      select: { minutes: true, approvedAt: true, code: true },
    }),
  ]);
  const summary = computed.get(own) ?? EMPTY;
  return {
    cohort: { name: cohort.name, timeZone: cohort.timeZone },
    summary,
    adjustments,
    total: totalMinutes(summary.minutes, adjustments),
    certificate,
  };
}

/** Everyone's hours in the cohort (coordinator, supervisor): four statements whatever the size. */
/** Mentors a page of the hours table shows (their activities are read for the page only). */
export const HOURS_PER_PAGE = 25;

export async function getCohortHours(actor: CohortActor, as: "COORDINATOR" | "SUPERVISOR", askedPage = 1) {
  if (!can(actor, "read", "hours.cohort", { cohortId: actor.cohortId }, as)) return null;
  const cohort = await db().cohort.findUniqueOrThrow({
    where: { id: actor.cohortId },
    select: { id: true, timeZone: true, name: true },
  });
  // Every active mentor's id and name (light: one row each), then the hours of one page only:
  // the activities behind them are the cost, about 1,500 rows a mentor in a year.
  const [all, approvedCount] = await Promise.all([
    db().membership.findMany({
      where: { cohortId: cohort.id, role: "MENTOR", status: "ACTIVE" },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: { id: true, phase: true, user: { select: { name: true } } },
    }),
    db().hoursCertificate.count({ where: { cohortId: cohort.id } }),
  ]);
  const pages = Math.max(1, Math.ceil(all.length / HOURS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(askedPage) || 1), pages);
  const mentors = all.slice((page - 1) * HOURS_PER_PAGE, page * HOURS_PER_PAGE);
  const ids = mentors.map((m) => m.id);
  const [computed, adjustments, certificates] = await Promise.all([
    computedHours(db(), cohort, ids),
    db().hoursAdjustment.groupBy({
      by: ["membershipId"],
      where: { cohortId: cohort.id, membershipId: { in: ids } },
      _sum: { minutes: true },
    }),
    db().hoursCertificate.findMany({
      where: { cohortId: cohort.id, membershipId: { in: ids } },
      select: { membershipId: true, minutes: true, approvedAt: true },
    }),
  ]);
  const adj = new Map(adjustments.map((a) => [a.membershipId, a._sum.minutes ?? 0]));
  const cert = new Map(certificates.map((c) => [c.membershipId, c]));
  return {
    cohort: { name: cohort.name, timeZone: cohort.timeZone },
    canAdjust: can(actor, "write", "hours.cohort", { cohortId: actor.cohortId }, as),
    canApprove: can(actor, "write", "hours.approve", { cohortId: actor.cohortId }, as),
    page,
    pages,
    mentorCount: all.length,
    anyApproved: approvedCount > 0,
    mentors: mentors.map((m) => {
      const s = computed.get(m.id) ?? EMPTY;
      const adjustment = adj.get(m.id) ?? 0;
      return {
        id: m.id,
        name: m.user.name,
        phase: m.phase,
        byKind: s.byKind,
        computed: s.minutes,
        adjustment,
        total: totalMinutes(s.minutes, [{ minutes: adjustment }]),
        certificate: cert.get(m.id) ?? null,
      };
    }),
  };
}

/**
 * What a certificate prints, for approved hours: the mentor's own (MENTOR), or any of the
 * cohort's, or all of them (`"all"`, bulk: COORDINATOR / SUPERVISOR). Null when not allowed.
 */
export async function getCertificates(actor: CohortActor, which: string, as: "COORDINATOR" | "SUPERVISOR" | "MENTOR") {
  const own = actor.membershipIds.MENTOR;
  if (as === "MENTOR") {
    if (
      !own ||
      which !== own ||
      !can(actor, "read", "hours.own", { cohortId: actor.cohortId, subjectMembershipId: own }, "MENTOR")
    )
      return null;
  } else if (!can(actor, "read", "hours.cohort", { cohortId: actor.cohortId }, as)) return null;
  const [cohort, rows, staff] = await Promise.all([
    db().cohort.findUniqueOrThrow({
      where: { id: actor.cohortId },
      select: { name: true, academicYear: true, startsOn: true, endsOn: true, timeZone: true, defaultLocale: true },
    }),
    db().hoursCertificate.findMany({
      where: { cohortId: actor.cohortId, ...(which === "all" ? {} : { membershipId: which }) },
      orderBy: { approvedAt: "asc" },
      select: {
        membershipId: true,
        minutes: true,
        code: true,
        approvedAt: true,
      },
    }),
    db().membership.findMany({
      where: { cohortId: actor.cohortId, role: { in: ["COORDINATOR", "SUPERVISOR"] }, status: "ACTIVE" },
      orderBy: { createdAt: "asc" },
      select: { role: true, user: { select: { name: true } } },
    }),
  ]);
  if (rows.length === 0) return null;
  const people = await db().membership.findMany({
    where: { id: { in: rows.map((r) => r.membershipId) } },
    select: { id: true, phase: true, user: { select: { name: true } } },
  });
  const person = new Map(people.map((p) => [p.id, p]));
  return {
    cohort: {
      name: cohort.name,
      academicYear: cohort.academicYear,
      startsOn: dbDateToLocal(cohort.startsOn),
      endsOn: dbDateToLocal(cohort.endsOn),
      timeZone: cohort.timeZone,
      defaultLocale: cohort.defaultLocale,
    },
    supervisors: staff.filter((s) => s.role === "SUPERVISOR").map((s) => s.user.name),
    coordinators: staff.filter((s) => s.role === "COORDINATOR").map((s) => s.user.name),
    certificates: rows.map((r) => ({
      name: person.get(r.membershipId)?.user.name ?? "",
      phase: person.get(r.membershipId)?.phase ?? null,
      minutes: r.minutes,
      code: r.code,
      approvedAt: r.approvedAt,
      url: verifyUrl(r.code),
    })),
  };
}

/**
 * The public check of a certificate code: the name, the programme and the hours; nothing else
 * (no cohort id, no dates, no e-mail). Null for any code that is not one (tampered, unknown).
 */
export async function verifyCertificate(input: string) {
  const code = normaliseCode(input);
  if (!code) return null;
  const c = await db().hoursCertificate.findUnique({
    where: { code },
    select: { minutes: true, membershipId: true, cohortId: true },
  });
  if (!c) return null;
  const [m, cohort] = await Promise.all([
    db().membership.findUniqueOrThrow({ where: { id: c.membershipId }, select: { user: { select: { name: true } } } }),
    db().cohort.findUniqueOrThrow({ where: { id: c.cohortId }, select: { name: true } }),
  ]);
  return { code, name: m.user.name, programme: cohort.name, minutes: c.minutes };
}
