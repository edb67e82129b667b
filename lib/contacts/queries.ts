import "server-only";
import { audit } from "../audit";
import { can, grantingRoles, type CohortActor } from "../auth/permissions";
import { db } from "../db";
import { localDate, localDateTime } from "../time";
import {
  cadenceOf,
  completedContactDays,
  complianceOf,
  contactsPerWeek,
  lastCompletedContacts,
  loadCohortCadence,
} from "./data";
import { contactCadence } from "./rules";
import { clock } from "../clock";
import type { Phase } from "../people/rules";

const contactMeta = {
  id: true,
  channel: true,
  outcome: true,
  occurredAt: true,
  minutes: true,
  topics: true,
  followUpOn: true,
  menteeId: true,
  mentor: { select: { phase: true, user: { select: { name: true } } } },
} as const;

/** The log-a-contact form: the caller's group, the cohort's "now" and limits. */
export async function getLogContactForm(actor: CohortActor) {
  const pairId = actor.mentorPairId;
  if (!pairId || !can(actor, "write", "contact.meta", { cohortId: actor.cohortId, pairId })) return null;
  const [pair, cohort] = await Promise.all([
    db().mentorPair.findUnique({
      where: { id: pairId },
      select: {
        id: true,
        label: true,
        mentees: {
          orderBy: { mentee: { user: { name: "asc" } } },
          select: { mentee: { select: { id: true, user: { select: { name: true } } } } },
        },
      },
    }),
    loadCohortCadence(db(), actor.cohortId),
  ]);
  if (!pair || !cohort) return null;
  const now = clock();
  return {
    pairId: pair.id,
    label: pair.label,
    timeZone: cohort.cadence.timeZone,
    nowLocal: localDateTime(now, cohort.cadence.timeZone),
    today: localDate(now, cohort.cadence.timeZone),
    startsOn: cohort.cadence.startsOn,
    endsOn: cohort.cadence.endsOn,
    mentees: pair.mentees.map(({ mentee }) => ({ id: mentee.id, name: mentee.user.name })),
  };
}

/**
 * One mentee's contact history (their own contacts and their group's whole-group contacts),
 * for the pair's mentors and the supervisor. Notes only where `contact.note` allows; a
 * supervisor's reading of notes is audited (who, which mentee, how many notes; never the text).
 */
export async function getMenteeContacts(actor: CohortActor, menteeMembershipId: string) {
  const assignment = await db().menteeAssignment.findFirst({
    where: { menteeId: menteeMembershipId, cohortId: actor.cohortId },
    select: {
      pairId: true,
      pair: { select: { label: true } },
      mentee: { select: { id: true, user: { select: { name: true } } } },
    },
  });
  if (!assignment) return null;
  const scope = { cohortId: actor.cohortId, pairId: assignment.pairId, subjectMembershipId: menteeMembershipId };
  if (!can(actor, "read", "contact.meta", scope)) return null;
  const noteRoles = grantingRoles(actor, "read", "contact.note", scope);
  const withNotes = noteRoles.length > 0;
  const [contacts, cohort, last] = await Promise.all([
    db().contactLog.findMany({
      where: { pairId: assignment.pairId, OR: [{ menteeId: menteeMembershipId }, { menteeId: null }] },
      orderBy: { occurredAt: "desc" },
      take: 200,
      select: { ...contactMeta, note: withNotes },
    }),
    loadCohortCadence(db(), actor.cohortId),
    lastCompletedContacts(db(), actor.cohortId, assignment.pairId),
  ]);
  if (!cohort) return null;
  const notesShown = withNotes ? contacts.filter((c) => c.note).length : 0;
  if (notesShown > 0 && !noteRoles.includes("MENTOR")) {
    await audit(db(), {
      actorId: actor.userId,
      cohortId: actor.cohortId,
      action: "contact.notes_read",
      entity: "Membership",
      entityId: menteeMembershipId,
      detail: { notes: notesShown, as: noteRoles },
    });
  }
  const lastAt = last.find((r) => r.menteeId === menteeMembershipId)?.lastAt ?? null;
  return {
    mentee: { id: assignment.mentee.id, name: assignment.mentee.user.name },
    pairLabel: assignment.pair.label,
    timeZone: cohort.cadence.timeZone,
    status: contactCadence({ cohort: cohort.cadence, paused: cohort.paused, lastContactAt: lastAt, now: clock() })
      .status,
    withNotes,
    contacts: contacts.map((c) => ({
      ...c,
      note: withNotes ? ((c as { note?: string | null }).note ?? null) : null,
      group: c.menteeId === null,
    })),
  };
}

/**
 * A mentee's own view: contacts with both mentors (never the notes: the column is not even
 * selected) and the templates they received.
 */
export async function getMenteeInbox(actor: CohortActor) {
  const me = actor.membershipIds.MENTEE;
  const pairId = actor.menteePairId;
  if (
    !me ||
    !pairId ||
    !can(actor, "read", "contact.meta", { cohortId: actor.cohortId, pairId, subjectMembershipId: me })
  )
    return null;
  const [contacts, sends, cohort] = await Promise.all([
    db().contactLog.findMany({
      where: { cohortId: actor.cohortId, OR: [{ menteeId: me }, { menteeId: null, pairId }], outcome: "COMPLETED" },
      orderBy: { occurredAt: "desc" },
      take: 100,
      select: contactMeta,
    }),
    can(actor, "read", "template.inbox", { cohortId: actor.cohortId, subjectMembershipId: me })
      ? db().templateSend.findMany({
          where: { menteeId: me },
          orderBy: { sentAt: "desc" },
          take: 50,
          select: {
            id: true,
            subject: true,
            body: true,
            sentAt: true,
            readAt: true,
            sender: { select: { user: { select: { name: true } } } },
          },
        })
      : Promise.resolve([]),
    loadCohortCadence(db(), actor.cohortId),
  ]);
  return {
    timeZone: cohort?.cadence.timeZone ?? "UTC",
    contacts: contacts.map((c) => ({ ...c, group: c.menteeId === null })),
    inbox: sends.map((s) => ({
      id: s.id,
      subject: s.subject,
      body: s.body,
      sentAt: s.sentAt,
      readAt: s.readAt,
      from: s.sender.user.name,
    })),
  };
}

export interface ComplianceFilter {
  pairId?: string;
  phase?: Phase;
  /** the page of pairs shown (COMPLIANCE_PAIRS_PER_PAGE a page); the totals cover every pair */
  page?: number;
}

/** Pairs per page on the compliance pages, and the longest-overdue mentees listed (issue 17, item 3). */
export const COMPLIANCE_PAIRS_PER_PAGE = 12;
export const COMPLIANCE_OVERDUE_SHOWN = 50;

/**
 * Coordinator and supervisor: compliance per pair and per mentee, the overdue list and contacts
 * per week by channel. Counts and dates only: no notes. A constant number of statements.
 */
export async function getComplianceReport(actor: CohortActor, filter: ComplianceFilter = {}) {
  if (!can(actor, "read", "contact.meta", { cohortId: actor.cohortId })) return null;
  const cohort = await loadCohortCadence(db(), actor.cohortId);
  if (!cohort) return null;
  const [pairs, days, weeks] = await Promise.all([
    // One statement for the pairs and both mentors' names (decision 100), not one per relation.
    db().$queryRaw<{ id: string; label: string; clinical: string; preclinical: string }[]>`
        SELECT p.id, p.label, cu.name AS clinical, pu.name AS preclinical
          FROM "MentorPair" p
          JOIN "Membership" cm ON cm.id = p."clinicalMentorId" JOIN "User" cu ON cu.id = cm."userId"
          JOIN "Membership" pm ON pm.id = p."preclinicalMentorId" JOIN "User" pu ON pu.id = pm."userId"
         WHERE p."cohortId" = ${actor.cohortId}
         ORDER BY p.label`.then((rows) =>
      rows.map((r) => ({
        id: r.id,
        label: r.label,
        clinicalMentor: { user: { name: r.clinical } },
        preclinicalMentor: { user: { name: r.preclinical } },
      })),
    ),
    completedContactDays(db(), { id: cohort.id, timeZone: cohort.cadence.timeZone }, filter),
    contactsPerWeek(db(), { id: cohort.id, timeZone: cohort.cadence.timeZone }, filter),
  ]);
  const now = clock();
  const labels = new Map(pairs.map((p) => [p.id, p.label]));
  const mentees = complianceOf(cohort, days, now).map((m) => ({ ...m, pairLabel: labels.get(m.pairId) ?? "" }));
  const sum = (list: typeof mentees) => {
    const onTime = list.reduce((a, m) => a + m.onTime, 0);
    const late = list.reduce((a, m) => a + m.late, 0);
    return {
      onTime,
      late,
      share: onTime + late === 0 ? null : onTime / (onTime + late),
      overdue: list.filter((m) => m.status.kind === "overdue").length,
    };
  };
  const filtered = filter.pairId ? pairs.filter((p) => p.id === filter.pairId) : pairs;
  const pairPages = Math.max(1, Math.ceil(filtered.length / COMPLIANCE_PAIRS_PER_PAGE));
  const pairPage = Math.min(Math.max(1, filter.page ?? 1), pairPages);
  const shownPairs = filtered.slice((pairPage - 1) * COMPLIANCE_PAIRS_PER_PAGE, pairPage * COMPLIANCE_PAIRS_PER_PAGE);
  const today = localDate(now, cohort.cadence.timeZone);
  // Every overdue mentee counts; the page lists the longest overdue (never contacted first).
  const overdue = cadenceOf(
    cohort,
    mentees.map((m) => ({ ...m, lastAt: m.lastDay })),
    now,
  )
    .filter((m) => m.status.kind === "overdue")
    .sort(
      (a, b) =>
        (a.lastDay ?? "").localeCompare(b.lastDay ?? "") ||
        a.name.localeCompare(b.name) ||
        a.menteeId.localeCompare(b.menteeId),
    );
  return {
    cohort: { name: cohort.name, ...cohort.cadence, paused: cohort.paused },
    today,
    pairOptions: pairs.map((p) => ({ id: p.id, label: p.label })),
    totals: { ...sum(mentees), mentees: mentees.length },
    pairs: shownPairs.map((p) => {
      const list = mentees.filter((m) => m.pairId === p.id);
      return {
        id: p.id,
        label: p.label,
        clinical: p.clinicalMentor.user.name,
        preclinical: p.preclinicalMentor.user.name,
        ...sum(list),
        mentees: [...list].sort((a, b) => a.name.localeCompare(b.name)),
      };
    }),
    pairPage,
    pairPages,
    overdue: overdue.slice(0, COMPLIANCE_OVERDUE_SHOWN),
    overdueTotal: overdue.length,
    weeks,
  };
}
