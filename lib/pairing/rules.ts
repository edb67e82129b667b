/**
 * Pairing rules: mentor pairs, the random mentee draw, group suggestions, the balance report
 * and the checks every assignment passes. Pure: no Prisma, no next/*.
 */

export type Gender = "FEMALE" | "MALE" | "OTHER" | "UNDISCLOSED";
export type Phase = "CLINICAL" | "PRECLINICAL";

// ---------------------------------------------------------------- seeded randomness

/** FNV-1a of a string: the 32-bit seed of the PRNG. */
export function hashSeed(seed: string): number {
  let h = 2_166_136_261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16_777_619);
  return h >>> 0;
}

/** mulberry32: small, well-mixed, and identical on every machine. */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The random mentee draw: `count` of the candidates, reproducible from the recorded seed.
 * Candidates must be given in a stable order (the action sorts them by email), so anyone can
 * repeat the draw from the audit trail: same candidates + same seed = same mentees.
 */
export function drawMentees<T>(candidates: readonly T[], count: number, seed: string): T[] {
  const rng = mulberry32(hashSeed(seed));
  const pool = [...candidates];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, Math.min(count, pool.length));
}

export function drawProblem(input: { alreadyDrawn: boolean; pool: number; count: number }): string | null {
  if (input.alreadyDrawn) return "The mentees of this cohort have already been drawn; the seed is in the audit trail.";
  if (input.count < 1) return "Draw at least one mentee.";
  if (input.pool === 0) return "There are no first-year students to draw from: import them first.";
  if (input.count > input.pool) return `Only ${input.pool} first-year students are waiting to be drawn.`;
  return null;
}

// ---------------------------------------------------------------- mentors and training

/** A mentor is trained when every module of the cohort is recorded as completed. */
export function isTrained(completedModules: readonly string[], cohortModules: readonly string[]): boolean {
  return cohortModules.every((m) => completedModules.includes(m));
}

export interface PairCandidate {
  id: string;
  userId: string;
  phase: Phase;
  status: string;
}

/** Why these two mentors cannot form a pair (null = they can). */
export function pairProblem(clinical: PairCandidate | null, preclinical: PairCandidate | null): string | null {
  if (!clinical || !preclinical) return "Choose one clinical and one preclinical mentor of this cohort.";
  if (clinical.phase !== "CLINICAL") return "The first mentor must be in the clinical phase.";
  if (preclinical.phase !== "PRECLINICAL") return "The second mentor must be in the preclinical phase.";
  if (clinical.status !== "ACTIVE" || preclinical.status !== "ACTIVE") return "Only accepted mentors can form a pair.";
  if (clinical.userId === preclinical.userId) return "A pair needs two different people.";
  return null;
}

export interface MentorTraits {
  id: string;
  gender: Gender;
  languages: readonly string[];
}

export interface PairOptions {
  mixGender: boolean;
  shareLanguage: boolean;
}

/**
 * Suggest pairs among unpaired mentors: each clinical mentor with one preclinical mentor,
 * greedily maximising the attributes the coordinator picked (mixed gender, a shared language).
 */
export function suggestPairs(
  clinical: readonly MentorTraits[],
  preclinical: readonly MentorTraits[],
  opts: PairOptions,
) {
  const score = (a: MentorTraits, b: MentorTraits) =>
    (opts.mixGender && a.gender !== b.gender && a.gender !== "UNDISCLOSED" && b.gender !== "UNDISCLOSED" ? 2 : 0) +
    (opts.shareLanguage && a.languages.some((l) => b.languages.map(norm).includes(norm(l))) ? 1 : 0);
  const free = [...preclinical];
  const pairs: { clinicalId: string; preclinicalId: string; score: number }[] = [];
  for (const c of clinical) {
    if (free.length === 0) break;
    let best = 0;
    for (let i = 1; i < free.length; i++) if (score(c, free[i]) > score(c, free[best])) best = i;
    const [p] = free.splice(best, 1);
    pairs.push({ clinicalId: c.id, preclinicalId: p.id, score: score(c, p) });
  }
  return pairs;
}

// ---------------------------------------------------------------- groups

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

export const DEFAULT_WEIGHTS: MatchWeights = { language: 3, international: 2, dormitory: 1 };

type Criterion = keyof MatchWeights;

const norm = (s: string) => s.trim().toLowerCase();
const languageSets = new WeakMap<GroupPair, Set<string>>();
function languageSet(p: GroupPair): Set<string> {
  let set = languageSets.get(p);
  if (!set) languageSets.set(p, (set = new Set(p.languages.map(norm))));
  return set;
}

/** Does the pair meet this criterion for this mentee? (undefined = does not apply to them) */
function criterionMet(c: Criterion, m: GroupMentee, p: GroupPair): boolean | undefined {
  switch (c) {
    case "language":
      // Shared language matters for international students (the review's example).
      if (!m.international || m.languages.length === 0) return undefined;
      return m.languages.some((l) => languageSet(p).has(norm(l)));
    case "international":
      if (!m.international) return undefined;
      return p.international;
    case "dormitory":
      if (!m.dormitory) return undefined;
      return p.dormitory;
  }
}

/** The mentee's highest-weighted criterion that applies to them (null = none). */
export function topCriterion(m: GroupMentee, w: MatchWeights): Criterion | null {
  const order = (Object.keys(w) as Criterion[]).filter((c) => w[c] > 0).sort((a, b) => w[b] - w[a]);
  for (const c of order) {
    // applicability does not depend on the pair: probe with an empty pair
    const probe = criterionMet(c, m, EMPTY_PAIR);
    if (probe !== undefined) return c;
  }
  return null;
}

const EMPTY_PAIR: GroupPair = {
  id: "",
  current: 0,
  capacity: 0,
  eligible: true,
  mentorUserIds: [],
  languages: [],
  international: false,
  dormitory: false,
  genders: [],
};

export function matchScore(m: GroupMentee, p: GroupPair, w: MatchWeights): number {
  let s = 0;
  for (const c of Object.keys(w) as Criterion[]) if (w[c] > 0 && criterionMet(c, m, p)) s += w[c];
  return s;
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

  // Matching by same-gender swaps. Scores are computed once per (mentee, open pair) and mentees
  // already at their best possible score are skipped, so 2,000 mentees stay fast.
  const list = mentees.filter((m) => placed.has(m.id));
  const pairIndex = new Map(open.map((p, i) => [p.id, i]));
  const table = new Float64Array(list.length * open.length);
  const best = new Float64Array(list.length);
  list.forEach((m, i) => {
    for (let j = 0; j < open.length; j++) {
      const s = matchScore(m, open[j], w);
      table[i * open.length + j] = s;
      if (s > best[i]) best[i] = s;
    }
  });
  const at = list.map((m) => pairIndex.get(placed.get(m.id)!)!);
  const score = (i: number, j: number) => table[i * open.length + j];
  const self = (i: number, j: number) => selfMentor(list[i], open[j]);
  for (let pass = 0; pass < 3; pass++) {
    let improved = false;
    for (let a = 0; a < list.length; a++) {
      if (score(a, at[a]) >= best[a]) continue;
      for (let b = 0; b < list.length; b++) {
        if (b === a || list[b].gender !== list[a].gender || at[b] === at[a]) continue;
        const pa = at[a];
        const pb = at[b];
        if (self(a, pb) || self(b, pa)) continue;
        if (score(a, pb) + score(b, pa) - score(a, pa) - score(b, pb) > 0) {
          at[a] = pb;
          at[b] = pa;
          improved = true;
          if (score(a, at[a]) >= best[a]) break;
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
  // nodes: 0 source, 1..R rows, R+1..R+C cols, R+C+1 sink; capacities in a map
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

/** Why this mentee cannot join this group (null = they can); `overLimit` asks for confirmation. */
export function assignmentProblem(input: {
  groupCount: number; // mentees already in the target group (without this mentee)
  groupSize: number;
  maxMenteesPerMentor: number;
  mentorsTrained: boolean;
  trainingRequired: boolean;
  selfMentoring: boolean;
  menteeActive: boolean;
  confirmOverLimit: boolean;
}): { message: string; field: "pairId" | "confirmOverLimit" } | null {
  if (!input.menteeActive) return { message: "Only selected mentees can join a group.", field: "pairId" };
  if (input.selfMentoring) return { message: "No one can be in the group they mentor themselves.", field: "pairId" };
  if (input.trainingRequired && !input.mentorsTrained)
    return {
      message: "Both mentors of this pair must complete their training before they get mentees.",
      field: "pairId",
    };
  if (input.groupCount >= input.groupSize)
    return { message: `This group is full (${input.groupSize} mentees).`, field: "pairId" };
  if (input.groupCount + 1 > input.maxMenteesPerMentor && !input.confirmOverLimit)
    return {
      message: `This gives each mentor of the pair ${input.groupCount + 1} mentees, above the cohort's limit of ${input.maxMenteesPerMentor}. Tick the box to confirm.`,
      field: "confirmOverLimit",
    };
  return null;
}

// ---------------------------------------------------------------- balance report

export interface BalanceRow {
  pairId: string;
  label: string;
  size: number;
  female: number;
  male: number;
  other: number;
  withCriterion: number;
  criterionMet: number;
}

export function balanceReport(
  pairs: readonly (GroupPair & { label: string })[],
  assignments: readonly { menteeId: string; pairId: string }[],
  mentees: readonly GroupMentee[],
  w: MatchWeights = DEFAULT_WEIGHTS,
) {
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  const rows: BalanceRow[] = pairs.map((p) => ({
    pairId: p.id,
    label: p.label,
    size: 0,
    female: 0,
    male: 0,
    other: 0,
    withCriterion: 0,
    criterionMet: 0,
  }));
  const rowById = new Map(rows.map((r) => [r.pairId, r]));
  const pairById = new Map(pairs.map((p) => [p.id, p]));
  for (const a of assignments) {
    const m = menteeById.get(a.menteeId);
    const r = rowById.get(a.pairId);
    const p = pairById.get(a.pairId);
    if (!m || !r || !p) continue;
    r.size++;
    if (m.gender === "FEMALE") r.female++;
    else if (m.gender === "MALE") r.male++;
    else r.other++;
    const top = topCriterion(m, w);
    if (top) {
      r.withCriterion++;
      if (criterionMet(top, m, p)) r.criterionMet++;
    }
  }
  const withCriterion = rows.reduce((n, r) => n + r.withCriterion, 0);
  const met = rows.reduce((n, r) => n + r.criterionMet, 0);
  const total = rows.reduce((n, r) => n + r.size, 0);
  const female = rows.reduce((n, r) => n + r.female, 0);
  return {
    rows,
    total,
    female,
    withCriterion,
    criterionMet: met,
    /** share of mentees (with a criterion) whose top matching criterion was met; null if none had one */
    topCriterionShare: withCriterion ? met / withCriterion : null,
  };
}

/** Text of the balance report (the e2e run logs it; also handy in a terminal). */
export function formatBalanceReport(r: ReturnType<typeof balanceReport>): string {
  const lines = ["Group | size | female | male | other | top criterion met"];
  for (const row of r.rows)
    lines.push(
      `${row.label} | ${row.size} | ${row.female} | ${row.male} | ${row.other} | ${row.criterionMet}/${row.withCriterion}`,
    );
  lines.push(
    `Total ${r.total} mentees, ${r.female} female; top matching criterion met for ${r.criterionMet} of ${r.withCriterion}` +
      (r.topCriterionShare === null ? "" : ` (${Math.round(r.topCriterionShare * 100)}%)`),
  );
  return lines.join("\n");
}
