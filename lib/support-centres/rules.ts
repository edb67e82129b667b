/**
 * Support-centre directory rules. Pure: no Prisma, no next/*, no clock.
 * The directory is per cohort; the coordinator keeps it, the supervisor and the mentors read it
 * (lib/auth/permissions.ts, "support.centre").
 */

/** What a centre's form becomes in the database: optional texts left empty are stored as null. */
export function centreFields<C extends string>(input: {
  name: string;
  category: C;
  contact: string;
  hours: string;
  howToRefer: string;
  emergency: boolean;
}) {
  return {
    name: input.name,
    category: input.category,
    contact: input.contact || null,
    hours: input.hours || null,
    howToRefer: input.howToRefer || null,
    emergency: input.emergency,
  };
}

/** Referrals keep pointing at the centre they were forwarded to (reports count by centre). */
export function centreRemovalProblem(forwardedReferrals: number): string | null {
  if (forwardedReferrals > 0)
    return `Referrals were forwarded to this centre (${forwardedReferrals}), so it stays in the directory. Edit its details instead.`;
  return null;
}

/** A rollover copies from another (earlier) cohort into this one. */
export function copySourceProblem(fromCohortId: string, toCohortId: string): string | null {
  if (fromCohortId === toCohortId) return "Choose an earlier cohort to copy from.";
  return null;
}
