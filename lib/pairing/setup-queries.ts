import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { clock } from "../clock";
import { db } from "../db";
import { localDate } from "../time";
import { cadenceOf, LAST_COMPLETED_AT, lastCompletedJoins, loadCohortCadence } from "../contacts/data";
import { balanceReport } from "./rules/balance";
import type { DrawGender } from "./rules/draw";
import { DEFAULT_WEIGHTS } from "./rules/grouping";
import { isTrained } from "./rules/pairs";
import { displayName, sharedNames } from "../people/names";

/** The coordinator's setup pages: the table's cell, through the coordinator role only. */
const isCoordinator = (actor: CohortActor) =>
  can(actor, "read", "cohort.setup", { cohortId: actor.cohortId }, "COORDINATOR");

/** Mentor applicants and accepted mentors with their training, for the recruitment page. */
export async function getMentorsPage(actor: CohortActor) {
  if (!isCoordinator(actor)) return null;
  const [cohort, mentors] = await Promise.all([
    db().cohort.findUniqueOrThrow({
      where: { id: actor.cohortId },
      select: { status: true, selectionCriteria: true, trainingModules: true, trainingRequired: true, timeZone: true },
    }),
    db().membership.findMany({
      where: { cohortId: actor.cohortId, role: "MENTOR" },
      orderBy: [{ phase: "asc" }, { user: { name: "asc" } }],
      select: {
        id: true,
        status: true,
        phase: true,
        yearOfStudy: true,
        motivation: true,
        availabilityNote: true,
        decisionReason: true,
        user: { select: { name: true, email: true, gender: true, languages: true } },
        trainings: { select: { module: true } },
      },
    }),
  ]);
  return {
    cohort,
    /** today in the cohort's time zone: the training date's default and latest value */
    today: localDate(clock(), cohort.timeZone),
    applicants: mentors.filter((m) => m.status === "APPLIED"),
    accepted: mentors
      .filter((m) => m.status === "ACTIVE")
      .map((m) => ({
        ...m,
        modules: m.trainings.map((t) => t.module),
        trained: isTrained(
          m.trainings.map((t) => t.module),
          cohort.trainingModules,
        ),
      })),
    declined: mentors.filter((m) => m.status === "DECLINED" || m.status === "WITHDRAWN"),
  };
}

export type GroupsBoard = NonNullable<Awaited<ReturnType<typeof getGroupsBoard>>>;

/** Groups per page and mentees without a group per page on the groups page. */
export const GROUPS_PER_PAGE = 24;
export const UNASSIGNED_PER_PAGE = 50;
/** Waiting first-years offered as suggestions in the draw's swap form (the field takes any). */
export const SWAP_SUGGESTIONS = 50;
export const GROUP_FILTERS = ["incomplete", "untrained"] as const;
export type GroupFilter = (typeof GROUP_FILTERS)[number];

export interface GroupsBoardOptions {
  /** a group label, a mentor's or a mentee's name (part of it, any case) */
  q?: string;
  show?: string;
  page?: number;
  /** the page of the mentees without a group */
  upage?: number;
}

interface MentorTraits {
  userId: string;
  dormitory: boolean;
  gender: DrawGender;
  international: boolean;
  languages: string[];
  modules: string[];
}

const pageOf = (n: number | undefined, pages: number) => Math.min(Math.max(1, Math.floor(n || 1)), Math.max(1, pages));

/**
 * The groups page: one page of groups (filtered by a search and "incomplete"/"untrained"), their
 * mentees, agreement status and mentor load, one page of the mentees without a group, the draw,
 * and the balance summary over the whole cohort. Five statements whatever the cohort's size:
 * the cohort with its draw pool, its free mentors and (while the draw can change) the draw's
 * names; the pairs with their mentors' traits; the selected mentees with their groups; the
 * cadence; and, for the shown groups only, the last contacts, acknowledgements and the mentors'
 * contact and meeting counts. Only the shown groups and mentees are sent to the browser.
 */
export async function getGroupsBoard(actor: CohortActor, opts: GroupsBoardOptions = {}, now = clock()) {
  if (!isCoordinator(actor)) return null;
  const cohortId = actor.cohortId;
  const [cohortRows, pairRows, menteeRows, cadence] = await Promise.all([
    db().$queryRaw<
      {
        status: "DRAFT" | "ACTIVE" | "CLOSED";
        groupSize: number;
        maxMenteesPerMentor: number;
        trainingRequired: boolean;
        trainingModules: string[];
        menteeDrawSeed: string | null;
        groupsPublishedAt: Date | null;
        pool: { drawn: boolean; gender: DrawGender; n: number }[] | null;
        free: { id: string; phase: "CLINICAL" | "PRECLINICAL" | null; name: string }[] | null;
        people: { id: string; name: string; email: string; gender: DrawGender; drawn: boolean }[] | null;
        waitingSample: { name: string; email: string; studentNumber: string | null }[] | null;
      }[]
    >`
      SELECT c.status::text AS status, c."groupSize", c."maxMenteesPerMentor", c."trainingRequired",
             c."trainingModules", c."menteeDrawSeed", c."groupsPublishedAt",
             (SELECT json_agg(g) FROM (
                SELECT (m.status = 'ACTIVE') AS drawn, u.gender::text AS gender, COUNT(*)::int AS n
                FROM "Membership" m JOIN "User" u ON u.id = m."userId"
                WHERE m."cohortId" = c.id AND m.role = 'MENTEE'
                  AND (m.status = 'CANDIDATE' OR (m.status = 'ACTIVE' AND m."drawnAt" IS NOT NULL))
                GROUP BY 1, 2) g) AS pool,
             -- accepted mentors not yet in a pair (forming a pair by hand)
             (SELECT json_agg(f ORDER BY f.name, f.id) FROM (
                SELECT m.id, m.phase::text AS phase, u.name
                FROM "Membership" m JOIN "User" u ON u.id = m."userId"
                WHERE m."cohortId" = c.id AND m.role = 'MENTOR' AND m.status = 'ACTIVE'
                  AND NOT EXISTS (SELECT 1 FROM "MentorPair" p
                                  WHERE p."clinicalMentorId" = m.id OR p."preclinicalMentorId" = m.id)) f) AS free,
             -- who is drawn, by name: only while the draw can still change (redo, swap); of those
             -- waiting only the first 50 by name, as suggestions for the swap's typed field (a cohort
             -- may have 50,000 first-years: the action looks the one typed up on the server)
             CASE WHEN c."menteeDrawSeed" IS NOT NULL AND c."groupsPublishedAt" IS NULL THEN
               (SELECT json_agg(d ORDER BY d.name, d.email, d.id) FROM (
                  SELECT m.id, u.name, u.email, u.gender::text AS gender, true AS drawn
                  FROM "Membership" m JOIN "User" u ON u.id = m."userId"
                  WHERE m."cohortId" = c.id AND m.role = 'MENTEE'
                    AND m.status = 'ACTIVE' AND m."drawnAt" IS NOT NULL) d)
             END AS people,
             CASE WHEN c."menteeDrawSeed" IS NOT NULL AND c."groupsPublishedAt" IS NULL THEN
               (SELECT json_agg(w ORDER BY w.name, w.email) FROM (
                  SELECT u.name, u.email, m."studentNumber"
                  FROM "Membership" m JOIN "User" u ON u.id = m."userId"
                  WHERE m."cohortId" = c.id AND m.role = 'MENTEE' AND m.status = 'CANDIDATE'
                  ORDER BY u.name, u.email LIMIT ${SWAP_SUGGESTIONS}) w)
             END AS "waitingSample"
      FROM "Cohort" c WHERE c.id = ${cohortId}`,
    db().$queryRaw<
      {
        id: string;
        label: string;
        clinicalMentorId: string;
        preclinicalMentorId: string;
        clinicalName: string;
        preclinicalName: string;
        clinicalEmail: string;
        preclinicalEmail: string;
        mentors: [MentorTraits, MentorTraits];
      }[]
    >`
      SELECT p.id, p.label, p."clinicalMentorId", p."preclinicalMentorId",
             cu.name AS "clinicalName", pu.name AS "preclinicalName",
             cu.email AS "clinicalEmail", pu.email AS "preclinicalEmail",
             json_build_array(
               json_build_object('userId', cm."userId", 'dormitory', cm.dormitory, 'gender', cu.gender::text,
                 'international', cu.international, 'languages', cu.languages,
                 'modules', (SELECT COALESCE(json_agg(t.module), '[]') FROM "TrainingCompletion" t WHERE t."membershipId" = cm.id)),
               json_build_object('userId', pm."userId", 'dormitory', pm.dormitory, 'gender', pu.gender::text,
                 'international', pu.international, 'languages', pu.languages,
                 'modules', (SELECT COALESCE(json_agg(t.module), '[]') FROM "TrainingCompletion" t WHERE t."membershipId" = pm.id))
             ) AS mentors
      FROM "MentorPair" p
      JOIN "Membership" cm ON cm.id = p."clinicalMentorId" JOIN "User" cu ON cu.id = cm."userId"
      JOIN "Membership" pm ON pm.id = p."preclinicalMentorId" JOIN "User" pu ON pu.id = pm."userId"
      WHERE p."cohortId" = ${cohortId}
      ORDER BY p."createdAt", p.id`,
    db().$queryRaw<
      {
        id: string;
        userId: string;
        name: string;
        email?: string;
        studentNumber?: string | null;
        gender: DrawGender;
        international: boolean;
        dormitory: boolean;
        languages: string[];
        pairId: string | null;
      }[]
    >`
      SELECT m.id, m."userId", u.name, u.email, m."studentNumber", u.gender::text AS gender, u.international, m.dormitory, u.languages, a."pairId"
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      LEFT JOIN "MenteeAssignment" a ON a."menteeId" = m.id AND a."cohortId" = m."cohortId"
      WHERE m."cohortId" = ${cohortId} AND m.role = 'MENTEE' AND m.status = 'ACTIVE'
      ORDER BY u.email, m.id`,
    loadCohortCadence(db(), cohortId),
  ]);
  const row = cohortRows[0];
  if (!row) return null;
  const { pool: poolRows, free, people: peopleRows, waitingSample, trainingModules, ...cohort } = row;

  // Names as shown: with a detail (student number, else email) wherever two of the cohort's
  // mentees and paired mentors share one (issue 10, item 2); the details stay on the server.
  const shared = sharedNames([
    ...menteeRows,
    ...pairRows.flatMap((p) => [{ name: p.clinicalName }, { name: p.preclinicalName }]),
  ]);
  if (shared.size) {
    for (const m of menteeRows)
      m.name = displayName({ name: m.name, email: m.email ?? "", studentNumber: m.studentNumber }, shared);
    for (const p of pairRows) {
      p.clinicalName = displayName({ name: p.clinicalName, email: p.clinicalEmail }, shared);
      p.preclinicalName = displayName({ name: p.preclinicalName, email: p.preclinicalEmail }, shared);
    }
  }
  for (const m of menteeRows) {
    delete m.email;
    delete m.studentNumber;
  }
  const pool = poolRows ?? [];
  const people = peopleRows ?? [];

  // Every pair with its mentors' traits (the balance summary and the filters need them all).
  const pairs = pairRows.map((p) => {
    const trained = p.mentors.every((m) => isTrained(m.modules, trainingModules));
    return {
      id: p.id,
      label: p.label,
      clinicalName: p.clinicalName,
      preclinicalName: p.preclinicalName,
      clinicalMentorId: p.clinicalMentorId,
      preclinicalMentorId: p.preclinicalMentorId,
      trained,
      current: 0,
      capacity: Math.min(cohort.groupSize, cohort.maxMenteesPerMentor),
      eligible: trained || !cohort.trainingRequired,
      mentorUserIds: p.mentors.map((m) => m.userId),
      languages: [...new Set(p.mentors.flatMap((m) => m.languages))],
      international: p.mentors.some((m) => m.international),
      dormitory: p.mentors.some((m) => m.dormitory),
      genders: p.mentors.map((m) => m.gender),
    };
  });
  const mentees = menteeRows.map(({ pairId: _, ...m }) => m);
  const assignments = menteeRows.flatMap((m) => (m.pairId ? [{ menteeId: m.id, pairId: m.pairId }] : []));
  const membersOf = new Map<string, typeof menteeRows>();
  for (const m of menteeRows) if (m.pairId) membersOf.set(m.pairId, [...(membersOf.get(m.pairId) ?? []), m]);
  for (const p of pairs) p.current = membersOf.get(p.id)?.length ?? 0;

  // The filters, on the server: a search (label, mentor or mentee name) and incomplete/untrained.
  const q = (opts.q ?? "").trim().slice(0, 100);
  const needle = q.toLocaleLowerCase();
  const has = (text: string) => text.toLocaleLowerCase().includes(needle);
  const show = (GROUP_FILTERS as readonly string[]).includes(opts.show ?? "") ? (opts.show as GroupFilter) : "";
  const found = pairs.filter(
    (p) =>
      (!needle ||
        has(p.label) ||
        has(p.clinicalName) ||
        has(p.preclinicalName) ||
        (membersOf.get(p.id) ?? []).some((m) => has(m.name))) &&
      (show !== "incomplete" || p.current < cohort.groupSize) &&
      (show !== "untrained" || !p.trained),
  );
  const pages = Math.max(1, Math.ceil(found.length / GROUPS_PER_PAGE));
  const page = pageOf(opts.page, pages);
  const shown = found.slice((page - 1) * GROUPS_PER_PAGE, page * GROUPS_PER_PAGE);
  const shownIds = shown.map((p) => p.id);

  const unassignedAll = menteeRows.filter((m) => !m.pairId && (!needle || has(m.name))).map(({ pairId: _, ...m }) => m);
  const upages = Math.max(1, Math.ceil(unassignedAll.length / UNASSIGNED_PER_PAGE));
  const upage = pageOf(opts.upage, upages);

  // The shown groups only, in one statement: each mentee's newest completed contact (own or
  // whole-group, through the partial indexes per pair and mentee, decision 102), who acknowledged
  // the agreement, and the mentors' contacts and meetings.
  const shownRows = shownIds.length
    ? await db().$queryRaw<
        {
          id: string;
          last: { menteeId: string; lastAt: string | null }[];
          acked: string[];
          clinicalContacts: number;
          preclinicalContacts: number;
          clinicalMeetings: number;
          preclinicalMeetings: number;
        }[]
      >`
        SELECT p.id,
          (SELECT COALESCE(json_agg(json_build_object('menteeId', a."menteeId", 'lastAt', ${LAST_COMPLETED_AT})), '[]')
             FROM "MenteeAssignment" a
             ${lastCompletedJoins(cohortId)}
            WHERE a."cohortId" = ${cohortId} AND a."pairId" = p.id) AS last,
          (SELECT COALESCE(json_agg(k."membershipId"), '[]') FROM "AgreementAcknowledgement" k
            WHERE k."pairId" = p.id) AS acked,
          (SELECT COUNT(*)::int FROM "ContactLog" c
            WHERE c."cohortId" = ${cohortId} AND c."mentorId" = p."clinicalMentorId") AS "clinicalContacts",
          (SELECT COUNT(*)::int FROM "ContactLog" c
            WHERE c."cohortId" = ${cohortId} AND c."mentorId" = p."preclinicalMentorId") AS "preclinicalContacts",
          (SELECT COUNT(*)::int FROM "Booking" b JOIN "AvailabilitySlot" s ON s.id = b."slotId"
            WHERE s."cohortId" = ${cohortId} AND s."mentorId" = p."clinicalMentorId"
              AND b.status IN ('BOOKED', 'ATTENDED')) AS "clinicalMeetings",
          (SELECT COUNT(*)::int FROM "Booking" b JOIN "AvailabilitySlot" s ON s.id = b."slotId"
            WHERE s."cohortId" = ${cohortId} AND s."mentorId" = p."preclinicalMentorId"
              AND b.status IN ('BOOKED', 'ATTENDED')) AS "preclinicalMeetings"
        FROM "MentorPair" p
        WHERE p."cohortId" = ${cohortId} AND p.id = ANY(${shownIds}::text[])`
    : [];
  const lastContacts = shownRows.flatMap((r) =>
    r.last.map((l) => ({ menteeId: l.menteeId, pairId: r.id, lastAt: l.lastAt ? new Date(l.lastAt) : null })),
  );
  const acks = shownRows.flatMap((r) => r.acked.map((membershipId) => ({ pairId: r.id, membershipId })));
  const counts = shown.flatMap((p) => {
    const r = shownRows.find((x) => x.id === p.id);
    return [
      { id: p.clinicalMentorId, contacts: r?.clinicalContacts ?? 0, meetings: r?.clinicalMeetings ?? 0 },
      { id: p.preclinicalMentorId, contacts: r?.preclinicalContacts ?? 0, meetings: r?.preclinicalMeetings ?? 0 },
    ];
  });

  // Overdue contacts per pair, from the same cadence rule the mentors' homes use.
  const overdueByPair = new Map<string, number>();
  if (cadence) {
    for (const m of cadenceOf(cadence, lastContacts, now)) {
      if (m.status.kind === "overdue") overdueByPair.set(m.pairId, (overdueByPair.get(m.pairId) ?? 0) + 1);
    }
  }
  const countsOf = new Map(counts.map((c) => [c.id, c]));
  const byGender = (drawn: boolean) => {
    const out: Record<DrawGender, number> = { FEMALE: 0, MALE: 0, OTHER: 0, UNDISCLOSED: 0 };
    for (const r of pool) if (r.drawn === drawn) out[r.gender] += r.n;
    return out;
  };
  const waiting = byGender(false);
  const draw = {
    waitingByGender: waiting,
    drawnByGender: byGender(true),
    drawn: people.map(({ drawn: _, ...p }) => p),
    /** up to SWAP_SUGGESTIONS waiting first-years (by name), as suggestions for the swap's typed field */
    suggestions: (waitingSample ?? []).map((w) => ({
      value: w.studentNumber ?? w.email,
      label: `${w.name} (${w.studentNumber ? `${w.studentNumber}, ` : ""}${w.email})`,
    })),
  };
  const acked = new Set(acks.map((a) => `${a.pairId}:${a.membershipId}`));
  const groups = shown.map((p) => {
    const members = (membersOf.get(p.id) ?? []).map(({ pairId: _, ...m }) => m);
    const notAcked = [
      ...(!acked.has(`${p.id}:${p.clinicalMentorId}`) ? [p.clinicalName] : []),
      ...(!acked.has(`${p.id}:${p.preclinicalMentorId}`) ? [p.preclinicalName] : []),
      ...members.filter((m) => !acked.has(`${p.id}:${m.id}`)).map((m) => m.name),
    ];
    return {
      id: p.id,
      label: p.label,
      clinicalName: p.clinicalName,
      preclinicalName: p.preclinicalName,
      trained: p.trained,
      mentees: members,
      notAcknowledged: notAcked,
    };
  });
  // Load of the shown groups' mentors: mentees, contacts, meetings and overdue contacts (a pair's
  // overdue mentees are both mentors' concern: either contact resets the clock).
  const load = shown.flatMap((p) =>
    [
      { membershipId: p.clinicalMentorId, name: p.clinicalName, phase: "CLINICAL" as const, pair: p.label },
      { membershipId: p.preclinicalMentorId, name: p.preclinicalName, phase: "PRECLINICAL" as const, pair: p.label },
    ].map((m) => ({
      ...m,
      mentees: p.current,
      contacts: countsOf.get(m.membershipId)?.contacts ?? 0,
      meetings: countsOf.get(m.membershipId)?.meetings ?? 0,
      overdue: overdueByPair.get(p.id) ?? 0,
      atLimit: p.current >= cohort.maxMenteesPerMentor,
      overLimit: p.current > cohort.maxMenteesPerMentor,
    })),
  );
  // The balance summary over every group; its rows for the shown groups.
  const balance = balanceReport(pairs, assignments, mentees, DEFAULT_WEIGHTS);
  const shownSet = new Set(shownIds);
  return {
    cohort,
    groups,
    totalGroups: pairs.length,
    filter: { q, show },
    found: found.length,
    page,
    pages,
    freeMentors: (free ?? []).map((m) => ({ id: m.id, phase: m.phase, user: { name: m.name } })),
    candidatePool: Object.values(waiting).reduce((a, b) => a + b, 0),
    draw,
    unassigned: unassignedAll.slice((upage - 1) * UNASSIGNED_PER_PAGE, upage * UNASSIGNED_PER_PAGE),
    unassignedTotal: menteeRows.filter((m) => !m.pairId).length,
    unassignedFound: unassignedAll.length,
    upage,
    upages,
    mentees: mentees.length,
    balance: { ...balance, rows: balance.rows.filter((r) => shownSet.has(r.pairId)) },
    load,
  };
}

/** The mentoring agreement card on a mentor's or mentee's home (after publishing). */
export async function getAgreementCard(actor: CohortActor, role: "MENTOR" | "MENTEE") {
  const pairId = role === "MENTOR" ? actor.mentorPairId : actor.menteePairId;
  const membershipId = actor.membershipIds[role];
  if (!pairId || !membershipId || !can(actor, "read", "cohort.setup", { cohortId: actor.cohortId, pairId }, role))
    return null;
  // One statement: the cohort's text and the caller's acknowledgement.
  const [row] = await db().$queryRaw<{ text: string | null; acknowledgedAt: Date | null }[]>`
    SELECT c."agreementText" AS text, a."acknowledgedAt"
      FROM "Cohort" c
      LEFT JOIN "AgreementAcknowledgement" a ON a."pairId" = ${pairId} AND a."membershipId" = ${membershipId}
     WHERE c.id = ${actor.cohortId}`;
  return { pairId, role, text: row?.text ?? null, acknowledgedAt: row?.acknowledgedAt ?? null };
}
