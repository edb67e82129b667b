/**
 * The random mentee draw: first-year students, optionally so many of each gender, reproducible
 * from the recorded seed; its redo and the swap of one drawn student (decision 128).
 * Pure: no Prisma, no next/*, no clock, no module state. Messages are catalog descriptors (msg).
 */
import { msg, type Msg } from "../../i18n/msg";

/** How the draw works, as written into the audit trail next to the seed (so anyone can repeat it). */
export const DRAW_METHOD =
  "candidates sorted by membership id (character codes), Fisher-Yates with mulberry32(fnv1a(seed)); " +
  "then, in that order, each candidate is taken while the number asked for their gender (or the total) is not reached";

export const DRAW_GENDERS = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"] as const;
export type DrawGender = (typeof DRAW_GENDERS)[number];

/** What the coordinator asks for: a total of anyone, or so many of each gender. */
export type Strata = { total: number } | { byGender: Partial<Record<DrawGender, number>> };

/** The form field of each number (a problem is shown next to it). */
export const STRATUM_FIELD = {
  FEMALE: "female",
  MALE: "male",
  OTHER: "other",
  UNDISCLOSED: "undisclosed",
} as const satisfies Record<DrawGender, string>;
export type DrawField = "count" | (typeof STRATUM_FIELD)[DrawGender];

/** "Only 2 female first-years are waiting; …": one catalog key per stratum. */
const SHORT: Record<DrawGender, string> = {
  FEMALE: "pairing.errors.shortFemale",
  MALE: "pairing.errors.shortMale",
  OTHER: "pairing.errors.shortOther",
  UNDISCLOSED: "pairing.errors.shortUndisclosed",
};

/** How many the strata ask for in all. */
export function strataTotal(strata: Strata): number {
  if ("total" in strata) return strata.total;
  return DRAW_GENDERS.reduce((sum, g) => sum + (strata.byGender[g] ?? 0), 0);
}

const byCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order the draw works on: by membership id, compared by UTF-16 character codes (never by
 * the database's collation, which differs between installations and locales), so a draw
 * replays anywhere from its seed. Ids are unique: the order is total.
 */
export function drawOrder<T extends { id: string }>(candidates: readonly T[]): T[] {
  return [...candidates].sort((a, b) => byCodes(a.id, b.id));
}

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
 * Fisher-Yates with mulberry32(fnv1a(seed)), then the first `count`. The items must come in a
 * stable order (drawOrder) for the result to replay.
 */
export function drawMentees<T>(candidates: readonly T[], count: number, seed: string): T[] {
  const rng = mulberry32(hashSeed(seed));
  const pool = [...candidates];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, Math.max(0, Math.min(count, pool.length)));
}

/**
 * The draw: the candidates in drawOrder (so their input order does not matter), shuffled from
 * the seed; then, in the shuffled order, each is taken while their gender's number (or the
 * total) is not reached. Each stratum is thus a uniform random sample of its candidates; never
 * more than asked; fewer only when a stratum has too few candidates (drawProblem says so first).
 */
export function drawStratified<T extends { id: string; gender: DrawGender }>(
  candidates: readonly T[],
  strata: Strata,
  seed: string,
): T[] {
  const shuffled = drawMentees(drawOrder(candidates), candidates.length, seed);
  if ("total" in strata) return shuffled.slice(0, Math.max(0, strata.total));
  const left = new Map<DrawGender, number>(DRAW_GENDERS.map((g) => [g, strata.byGender[g] ?? 0]));
  const drawn: T[] = [];
  for (const c of shuffled) {
    const room = left.get(c.gender) ?? 0;
    if (room <= 0) continue;
    left.set(c.gender, room - 1);
    drawn.push(c);
  }
  return drawn;
}

/** The candidates waiting, by gender. */
export function waitingByGender(candidates: readonly { gender: DrawGender }[]): Record<DrawGender, number> {
  const out: Record<DrawGender, number> = { FEMALE: 0, MALE: 0, OTHER: 0, UNDISCLOSED: 0 };
  for (const c of candidates) out[c.gender]++;
  return out;
}

export interface DrawProblem {
  message: Msg;
  field: DrawField;
}

/**
 * Why this draw cannot be made, next to the field to correct: drawn already, nothing asked,
 * nobody to draw from, or a stratum (or the total) with fewer candidates than asked.
 */
export function drawProblem(input: {
  alreadyDrawn: boolean;
  waiting: Record<DrawGender, number>;
  strata: Strata;
}): DrawProblem | null {
  const field: DrawField = "count";
  if (input.alreadyDrawn)
    return {
      message: msg("pairing.errors.alreadyDrawn"),
      field,
    };
  const pool = DRAW_GENDERS.reduce((sum, g) => sum + input.waiting[g], 0);
  const total = strataTotal(input.strata);
  if (total < 1) return { message: msg("pairing.errors.drawAtLeastOne"), field };
  if (pool === 0) return { message: msg("pairing.errors.noFirstYears"), field };
  if ("byGender" in input.strata) {
    for (const g of DRAW_GENDERS) {
      const asked = input.strata.byGender[g] ?? 0;
      const have = input.waiting[g];
      if (asked > have)
        return {
          message: msg(SHORT[g], { have, asked }),
          field: STRATUM_FIELD[g],
        };
    }
    return null;
  }
  if (total > pool)
    return {
      message: msg("pairing.errors.poolShort", { pool, total }),
      field,
    };
  return null;
}

/** Why the draw cannot be redone: after publishing, before any draw, or a drawn mentee with a history. */
export function redoProblem(input: { drawn: boolean; published: boolean; withHistory: number }): Msg | null {
  if (input.published) return msg("pairing.errors.redoPublished");
  if (!input.drawn) return msg("pairing.errors.notDrawn");
  if (input.withHistory > 0) return msg("pairing.errors.redoHistory", { count: input.withHistory });
  return null;
}

export type SwapField = "outId" | "inId" | "reason";

/** Why one drawn mentee cannot be swapped for this candidate. */
export function swapProblem(input: {
  published: boolean;
  /** the drawn mentee to take out: null when it is not a drawn, active mentee of the cohort */
  out: { hasHistory: boolean } | null;
  /** the candidate to draw instead: false when it is not a waiting first-year of the cohort */
  inIsCandidate: boolean;
}): { message: Msg; field: SwapField } | null {
  if (input.published) return { message: msg("pairing.errors.swapPublished"), field: "outId" };
  if (!input.out) return { message: msg("pairing.errors.chooseDrawn"), field: "outId" };
  if (input.out.hasHistory) return { message: msg("pairing.errors.swapHistory"), field: "outId" };
  if (!input.inIsCandidate) return { message: msg("pairing.errors.chooseWaiting"), field: "inId" };
  return null;
}
