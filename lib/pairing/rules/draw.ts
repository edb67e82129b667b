/**
 * The random mentee draw: `count` first-year students, reproducible from the recorded seed.
 * Pure: no Prisma, no next/*, no clock, no module state.
 */

/** How the draw works, as written into the audit trail next to the seed (so anyone can repeat it). */
export const DRAW_METHOD = "candidates sorted by email (character codes), Fisher-Yates with mulberry32(fnv1a(seed))";

/**
 * The order the draw works on: by email, compared character by character (not by the database's
 * collation, which differs between installations), so a draw replays anywhere from its seed.
 */
export function drawOrder<T extends { email: string }>(candidates: readonly T[]): T[] {
  return [...candidates].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
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
 * The random mentee draw: `count` of the candidates, reproducible from the recorded seed.
 * Candidates must be given in a stable order (drawOrder: by email), so anyone can repeat the
 * draw from the audit trail: same candidates + same seed = same mentees.
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
