/**
 * Data rights (issue 16, item 8; docs/decisions/064-data-rights-and-retention.md). Pure.
 */
export const ANONYMISED_TEXT = "[removed]";

/** The name an anonymised person is shown under: stable, and says nothing about them. */
export function anonymisedName(userId: string): string {
  return `Former participant ${userId.slice(-6)}`;
}

export function anonymisedEmail(userId: string): string {
  return `anonymised-${userId}@invalid`;
}

/** Records that must be kept (anonymised) rather than deleted with the account. */
export interface KeptRecords {
  contacts: number;
  referrals: number;
  bookings: number;
  templateSends: number;
  surveyResponses: number;
  attendances: number;
  feedback: number;
  pairs: number;
  groups: number;
  slots: number;
  referralEvents: number;
  /** exam results, hours corrections and certificates (lib/outcomes, lib/recognition) */
  outcomes: number;
}

/** null: the account may be deleted outright; otherwise why it must be anonymised instead. */
export function deletionProblem(kept: KeptRecords): string | null {
  const total = Object.values(kept).reduce((a, b) => a + b, 0);
  return total === 0 ? null : "dataRights.request.keptRecords";
}

/** Cohorts the retention rule anonymises now: closed, ended more than `years` ago, not done yet. */
export function cohortDueForRetention(
  cohort: { status: string; endsOn: Date; anonymisedAt: Date | null },
  years: number | null,
  now: Date,
): boolean {
  if (years === null || cohort.status !== "CLOSED" || cohort.anonymisedAt) return false;
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cohort.endsOn.getTime() < cutoff.getTime();
}
