/**
 * Grouping: which mentees go into which pair's group. Sizes balanced, each group's gender split
 * following the cohort's, then shared characteristics matched by weight. Pure: no Prisma, no
 * next/*, no clock, no module state.
 */
import type { Gender } from "../../people/rules";

export interface GroupPair {
  id: string;
  /** mentees already in the group */
  current: number;
  /** how many the group may hold in total (group size, lowered to the per-mentor limit for suggestions) */
  capacity: number;
  /** both mentors trained, or the gate waived */
  eligible: boolean;
  mentorUserIds: readonly string[];
  languages: readonly string[];
  international: boolean;
  dormitory: boolean;
  genders: readonly Gender[];
}

export interface GroupMentee {
  id: string;
  userId: string;
  gender: Gender;
  international: boolean;
  dormitory: boolean;
  languages: readonly string[];
}

export interface MatchWeights {
  language: number;
  international: number;
  dormitory: number;
}

/** The weights "suggest groups" uses unless the coordinator sets others (form, schema and report). */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({ language: 3, international: 2, dormitory: 1 });

/** The highest weight a coordinator may give a criterion. */
export const MAX_WEIGHT = 5;

export type Criterion = keyof MatchWeights;

const norm = (s: string) => s.trim().toLowerCase();

/** Do the two lists share a language (case and spacing aside)? */
export function sameLanguage(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(b.map(norm));
  return a.some((l) => set.has(norm(l)));
}

/** A pair's matching facts, with its languages as a set (built once per call, never cached). */
interface PairFacts {
  languages: ReadonlySet<string>;
  international: boolean;
  dormitory: boolean;
}

function factsOf(p: Pick<GroupPair, "languages" | "international" | "dormitory">): PairFacts {
  return { languages: new Set(p.languages.map(norm)), international: p.international, dormitory: p.dormitory };
}

/** Does criterion `c` apply to this mentee at all (whatever the pair)? */
function applies(c: Criterion, m: GroupMentee): boolean {
  switch (c) {
    case "language":
      // Shared language matters for international students (the review's example).
      return m.international && m.languages.length > 0;
    case "international":
      return m.international;
    case "dormitory":
      return m.dormitory;
  }
}

/** Does the pair meet this criterion for this mentee? (undefined = does not apply to them) */
function met(c: Criterion, m: GroupMentee, p: PairFacts): boolean | undefined {
  if (!applies(c, m)) return undefined;
  switch (c) {
    case "language":
      return m.languages.some((l) => p.languages.has(norm(l)));
    case "international":
      return p.international;
    case "dormitory":
      return p.dormitory;
  }
}

/** Does the pair meet criterion `c` for this mentee? (undefined = it does not apply to them) */
export function criterionMet(c: Criterion, m: GroupMentee, p: GroupPair): boolean | undefined {
  return met(c, m, factsOf(p));
}

/** The mentee's highest-weighted criterion that applies to them (null = none). */
export function topCriterion(m: GroupMentee, w: MatchWeights): Criterion | null {
  const order = (Object.keys(w) as Criterion[]).filter((c) => w[c] > 0).sort((a, b) => w[b] - w[a]);
  return order.find((c) => applies(c, m)) ?? null;
}

function score(m: GroupMentee, p: PairFacts, w: MatchWeights): number {
  let s = 0;
  for (const c of Object.keys(w) as Criterion[]) if (w[c] > 0 && met(c, m, p)) s += w[c];
  return s;
}

export function matchScore(m: GroupMentee, p: GroupPair, w: MatchWeights): number {
  return score(m, factsOf(p), w);
}

/**
 * Suggest groups: place unassigned mentees into the eligible pairs' free places.
 * 1. Sizes: places are spread so groups differ by at most one (most free places first).
 * 2. Gender: each step places a mentee of the gender, in the group, furthest below that group's
 *    share of that gender, so each group's split follows the cohort's.
 * 3. Matching: swaps between two mentees of the SAME gender (so sizes and gender split stay as
 *    they are) whenever the swap raises the weighted match score.
 * When there is not room for everyone, the first mentees in the given order get the places.
 * Never places a mentee with a pair they mentor in themselves, never beyond capacity.
 */
export function suggestGroups(
  pairs: readonly GroupPair[],
  mentees: readonly GroupMentee[],
  w: MatchWeights = DEFAULT_WEIGHTS,
) {
  const open = pairs.filter((p) => p.eligible && p.capacity > p.current);
  const selfMentor = (m: GroupMentee, p: GroupPair) => p.mentorUserIds.includes(m.userId);
  const room = open.reduce((n, p) => n + p.capacity - p.current, 0);
  // Who gets a place when there is not room for all: the first ones in the given (drawn) order.
  const chosen = mentees.slice(0, room);

  // 1. Balanced sizes: each place goes to the group with the most free places (ties: pair order).
  const free = open.map((p) => p.capacity - p.current);
  const target = open.map(() => 0);
  for (let n = 0; n < chosen.length; n++) {
    let best = -1;
    for (let j = 0; j < open.length; j++)
      if (free[j] - target[j] > 0 && (best < 0 || free[j] - target[j] > free[best] - target[best])) best = j;
    if (best < 0) break;
    target[best]++;
  }

  // 2. Gender: how many of each gender each group gets. The ideal is size x the gender's share,
  //    a fraction; controlled rounding (every cell rounded down or up, row and column sums kept)
  //    always exists and is found with a small max-flow, so each group is within one of its share.
  const genders = [...new Set(chosen.map((m) => m.gender))];
  const total = open.reduce((n, _p, j) => n + target[j], 0);
  const quota = roundMatrix(
    target,
    genders.map((g) => chosen.filter((m) => m.gender === g).length),
    total,
  );
  const waiting = new Map(genders.map((g) => [g, chosen.filter((m) => m.gender === g)]));
  const placed = new Map<string, string>(); // mentee id -> pair id
  const size = open.map(() => 0);
  genders.forEach((g, gi) => {
    const ms = waiting.get(g)!;
    for (let j = 0; j < open.length; j++) {
      for (let q = 0; q < quota[j][gi]; q++) {
        const k = ms.findIndex((m) => !selfMentor(m, open[j]));
        if (k < 0) break;
        const [m] = ms.splice(k, 1);
        placed.set(m.id, open[j].id);
        size[j]++;
      }
    }
  });
  // Self-mentoring can leave someone over: any group with a place left that they do not mentor.
  for (const ms of waiting.values()) {
    for (const m of ms) {
      const j = open.findIndex((p, k) => size[k] < free[k] && !selfMentor(m, p));
      if (j < 0) continue; // no room: the mentee stays unassigned
      placed.set(m.id, open[j].id);
      size[j]++;
    }
  }

  // 3. Matching by same-gender swaps. Scores are computed once per (mentee, open pair) and mentees
  //    already at their best possible score are skipped, so 2,000 mentees stay fast.
  const list = mentees.filter((m) => placed.has(m.id));
  const facts = open.map(factsOf);
  const pairIndex = new Map(open.map((p, i) => [p.id, i]));
  const table = new Float64Array(list.length * open.length);
  const best = new Float64Array(list.length);
  list.forEach((m, i) => {
    for (let j = 0; j < open.length; j++) {
      const s = score(m, facts[j], w);
      table[i * open.length + j] = s;
      if (s > best[i]) best[i] = s;
    }
  });
  const at = list.map((m) => pairIndex.get(placed.get(m.id)!)!);
  const scoreAt = (i: number, j: number) => table[i * open.length + j];
  const self = (i: number, j: number) => selfMentor(list[i], open[j]);
  for (let pass = 0; pass < 3; pass++) {
    let improved = false;
    for (let a = 0; a < list.length; a++) {
      if (scoreAt(a, at[a]) >= best[a]) continue;
      for (let b = 0; b < list.length; b++) {
        if (b === a || list[b].gender !== list[a].gender || at[b] === at[a]) continue;
        const pa = at[a];
        const pb = at[b];
        if (self(a, pb) || self(b, pa)) continue;
        if (scoreAt(a, pb) + scoreAt(b, pa) - scoreAt(a, pa) - scoreAt(b, pb) > 0) {
          at[a] = pb;
          at[b] = pa;
          improved = true;
          if (scoreAt(a, at[a]) >= best[a]) break;
        }
      }
    }
    if (!improved) break;
  }
  list.forEach((m, i) => placed.set(m.id, open[at[i]].id));
  return [...placed].map(([menteeId, pairId]) => ({ menteeId, pairId }));
}

/**
 * Controlled rounding of e[j][g] = rows[j] * cols[g] / total: an integer matrix with the same row
 * and column sums whose every cell is floor(e) or ceil(e). Floors first, then the remaining units
 * as a bipartite flow (rows -> columns through fractional cells), augmenting paths by BFS.
 */
export function roundMatrix(rows: readonly number[], cols: readonly number[], total: number): number[][] {
  const e = rows.map((r) => cols.map((c) => (total ? (r * c) / total : 0)));
  const out = e.map((row) => row.map((x) => Math.floor(x + 1e-9)));
  const rowLeft = rows.map((r, j) => r - out[j].reduce((a, b) => a + b, 0));
  const colLeft = cols.map((c, g) => c - out.reduce((a, row) => a + row[g], 0));
  const frac = e.map((row, j) => row.map((x, g) => x - out[j][g] > 1e-9));
  const R = rows.length;
  const C = cols.length;
  // nodes: 0 source, 1..R rows, R+1..R+C cols, R+C+1 sink
  const used = e.map((row) => row.map(() => false));
  for (;;) {
    // BFS from the source over residual edges
    const prev = new Int32Array(R + C + 2).fill(-2);
    prev[0] = -1;
    const queue = [0];
    while (queue.length && prev[R + C + 1] === -2) {
      const u = queue.shift()!;
      if (u === 0) {
        for (let j = 0; j < R; j++) {
          if (rowLeft[j] > 0 && prev[1 + j] === -2) {
            prev[1 + j] = 0;
            queue.push(1 + j);
          }
        }
      } else if (u <= R) {
        const j = u - 1;
        for (let g = 0; g < C; g++) {
          if (frac[j][g] && !used[j][g] && prev[R + 1 + g] === -2) {
            prev[R + 1 + g] = u;
            queue.push(R + 1 + g);
          }
        }
      } else if (u <= R + C) {
        const g = u - R - 1;
        if (colLeft[g] > 0 && prev[R + C + 1] === -2) prev[R + C + 1] = u;
        for (let j = 0; j < R; j++) {
          if (used[j][g] && prev[1 + j] === -2) {
            prev[1 + j] = u;
            queue.push(1 + j);
          }
        }
      }
    }
    if (prev[R + C + 1] === -2) break;
    // walk back and flip
    let v = R + C + 1;
    colLeft[prev[v] - R - 1]--;
    v = prev[v];
    while (prev[v] !== 0) {
      const u = prev[v];
      if (u <= R && v > R)
        used[u - 1][v - R - 1] = true; // row -> col: use the cell
      else if (u > R && v <= R) used[v - 1][u - R - 1] = false; // col -> row: give the cell back
      v = u;
    }
    rowLeft[v - 1]--;
  }
  return out.map((row, j) => row.map((x, g) => x + (used[j][g] ? 1 : 0)));
}
