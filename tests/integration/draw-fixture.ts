/**
 * A draw whose candidates' ids sort differently by character codes than under a natural-language
 * collation (ICU, glibc de_DE/en_US: case and punctuation ignored at first): the same seed must
 * give the same mentees on PGlite and on PostgreSQL with any collation
 * (pairing-draw-actions.test.ts on PGlite, pairing-draw-collation.pg.test.ts on PostgreSQL).
 */
import type { Gender } from "../../generated/prisma/client";

const STEMS = ["Ab", "ab", "a-b", "a_b", "aB", "b", "B", "ä", "z", "Z", "a.b", "a b"];

/** 24 candidates: 12 women and 12 men, ids built from STEMS. */
export const COLLATION_CANDIDATES: { id: string; gender: Gender }[] = STEMS.flatMap((stem, i) => [
  { id: `c${stem}${i}f`, gender: "FEMALE" as const },
  { id: `c${stem}${i}m`, gender: "MALE" as const },
]);

export const COLLATION_SEED = "collation-check";
export const COLLATION_STRATA = { female: 4, male: 4 };

/** What drawStratified gives for these candidates, seed and strata (sorted by character codes). */
export const COLLATION_EXPECTED: string[] = ["cAb0m", "cB6m", "ca b11f", "ca.b10f", "ca_b3m", "cb5f", "cb5m", "cz8f"];
