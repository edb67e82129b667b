/**
 * The demo's mentee draw, pairs and groups, made the way the app makes them: the REAL draw
 * (lib/pairing/rules/draw.ts) over the first-years in the action's order, with the seed the
 * cohort records (so the draw replays from Cohort.menteeDrawSeed and the audit trail), and the
 * REAL grouping rules (suggestGroups) for the 6 groups of 6.
 *
 * The draw is stratified as a coordinator would ask: 18 women and 18 men (decision 128). A demo
 * also wants its sign-ins in one group: the demo takes the first seed of a fixed series whose
 * draw puts the demo mentee into Group 1; every draw itself is the real one.
 */
import type { Prisma } from "../../generated/prisma/client";
import { DRAW_METHOD, drawStratified, type Strata } from "../pairing/rules/draw";
import { suggestGroups, type GroupMentee, type GroupPair } from "../pairing/rules/grouping";
import { addMinutes, idOf, rngFor, type DemoCalendar } from "./context";
import type { DemoPeople, Person } from "./people";

export const DEMO_GROUPS = 6;
export const DEMO_GROUP_SIZE = 6;
const DRAWN = DEMO_GROUPS * DEMO_GROUP_SIZE;
/** What the demo's coordinator asked for: 18 women and 18 men. */
export const DEMO_STRATA: Strata = { byGender: { FEMALE: DRAWN / 2, MALE: DRAWN / 2 } };

export interface DemoDraw {
  /** the recorded seed (Cohort.menteeDrawSeed, audit event mentees.drawn) */
  seed: string;
  /** how many seeds of the series were tried */
  tries: number;
  drawn: Person[];
  /** per pair (Group 1 first): its mentees, the demo mentee first in Group 1, then by email */
  groups: Person[][];
}

const byEmail = (a: Person, b: Person) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0);

/** The pairs as grouping sees them: pair g is clinical[g] with preclinical[g] (Group g+1). */
function groupPairs(people: DemoPeople): GroupPair[] {
  return people.clinical.map((c, g) => {
    const both = [c, people.preclinical[g]];
    return {
      id: String(g),
      current: 0,
      capacity: DEMO_GROUP_SIZE,
      eligible: true, // every demo mentor is trained
      mentorUserIds: both.map((m) => m.id),
      languages: [...new Set(both.flatMap((m) => m.languages))],
      international: both.some((m) => m.international),
      dormitory: both.some((m) => m.dormitory),
      genders: both.map((m) => m.gender),
    };
  });
}

const asMentee = (p: Person): GroupMentee => ({
  id: p.id,
  userId: p.id,
  gender: p.gender,
  international: p.international,
  dormitory: p.dormitory,
  languages: p.languages,
});

/** The draw and the groups, as "Draw mentees at random" and "Suggest groups" would make them. */
export function drawAndGroup(people: DemoPeople, membershipIds: Map<Person, string>): DemoDraw {
  // The candidates as the action reads them: membership id and gender (drawStratified orders them).
  const pool = people.firstYears.map((person) => ({ id: membershipIds.get(person)!, gender: person.gender, person }));
  const pairs = groupPairs(people);
  const seeds = rngFor("draw-seed");
  const hex = () =>
    Math.floor(seeds.next() * 2 ** 32)
      .toString(16)
      .padStart(8, "0");
  for (let tries = 1; tries <= 20_000; tries++) {
    const seed = hex() + hex();
    const drawn = drawStratified(pool, DEMO_STRATA, seed).map((c) => c.person);
    if (drawn.length !== DRAWN || !drawn.includes(people.demoMentee)) continue;
    // "Suggest groups" places the waiting mentees in the action's order (by email).
    const waiting = [...drawn].sort(byEmail);
    const placed = new Map(suggestGroups(pairs, waiting.map(asMentee)).map((p) => [p.menteeId, Number(p.pairId)]));
    if (placed.get(people.demoMentee.id) !== 0 || placed.size !== DRAWN) continue;
    const groups = pairs.map((_, g) => waiting.filter((p) => placed.get(p.id) === g));
    groups[0] = [people.demoMentee, ...groups[0].filter((p) => p !== people.demoMentee)];
    return { seed, tries, drawn, groups };
  }
  throw new Error("No seed of the demo's series gives the reference draw: check lib/demo/pairs-groups.ts");
}

/** The pairs, the group placements and the agreement acknowledgements, with the setup's audit trail. */
export function pairsAndGroups(input: {
  cal: DemoCalendar;
  cohortId: string;
  coordinatorUserId: string;
  draw: DemoDraw;
  clinicalIds: string[];
  preclinicalIds: string[];
  poolSize: number;
  mid: (p: Person) => string;
}) {
  const { cal, cohortId, draw, clinicalIds, preclinicalIds, mid } = input;
  const pairs: Prisma.MentorPairCreateManyInput[] = clinicalIds.map((clinicalMentorId, g) => ({
    id: idOf("pair", g + 1),
    cohortId,
    label: `Group ${g + 1}`,
    clinicalMentorId,
    preclinicalMentorId: preclinicalIds[g],
    // one after the other, in label order (the groups page lists pairs by creation)
    createdAt: addMinutes(cal.drawnAt, 24 * 60 + g),
    updatedAt: addMinutes(cal.drawnAt, 24 * 60 + g),
  }));
  const assignments: Prisma.MenteeAssignmentCreateManyInput[] = [];
  draw.groups.forEach((group, g) =>
    group.forEach((p) =>
      assignments.push({
        id: idOf("asg", assignments.length + 1),
        cohortId,
        pairId: pairs[g].id!,
        menteeId: mid(p),
        createdAt: addMinutes(cal.drawnAt, 25 * 60),
      }),
    ),
  );
  // Everyone acknowledged the agreement after publishing, except two mentees (so the
  // reminder has someone to remind).
  const agreementAcks: Prisma.AgreementAcknowledgementCreateManyInput[] = [];
  const notAcknowledged = new Set([draw.groups[4][5], draw.groups[5][5]]);
  draw.groups.forEach((group, g) => {
    const members = [clinicalIds[g], preclinicalIds[g], ...group.filter((p) => !notAcknowledged.has(p)).map(mid)];
    members.forEach((membershipId, i) =>
      agreementAcks.push({
        id: idOf("ack", agreementAcks.length + 1),
        pairId: pairs[g].id!,
        membershipId,
        acknowledgedAt: addMinutes(cal.publishedAt, 90 + 211 * i + 37 * g),
      }),
    );
  });
  const audit = (n: number, action: string, createdAt: Date, detail: Prisma.InputJsonValue) => ({
    id: idOf("aud", n),
    actorId: input.coordinatorUserId,
    cohortId,
    action,
    entity: "Cohort",
    entityId: cohortId,
    detail,
    createdAt,
  });
  const auditEvents: Prisma.AuditEventCreateManyInput[] = [
    audit(1, "mentees.drawn", cal.drawnAt, {
      seed: draw.seed,
      count: draw.drawn.length,
      pool: input.poolSize,
      strata: DEMO_STRATA,
      byGender: { FEMALE: DRAWN / 2, MALE: DRAWN / 2, OTHER: 0, UNDISCLOSED: 0 },
      order: DRAW_METHOD,
    }),
    audit(2, "groups.suggested", addMinutes(cal.drawnAt, 25 * 60), { placed: assignments.length }),
    audit(3, "groups.published", cal.publishedAt, { pairs: pairs.length, mentees: assignments.length }),
  ];
  return { pairs, assignments, agreementAcks, auditEvents };
}
