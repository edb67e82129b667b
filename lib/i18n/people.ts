import "server-only";
import type { Db } from "../db/client";
import { chooseLocale } from "./choose";
import type { Locale } from "./config";

/**
 * Whose language and time zone, from the database: a person's own choice, else the default of
 * their most relevant cohort (active first, then the newest: the cohort their home shows).
 * Used for the signed-in reader (lib/i18n/server.ts) and for email recipients (lib/emails).
 */
type Reader = Pick<Db, "user">;

export interface PersonLocale {
  /** the person's own choice, else their cohort's default, else null (then cookie/browser decide) */
  preferred: string | null;
  own: string | null;
  cohortDefault: string | null;
  /** their cohort's zone, for showing times ("UTC" without a cohort) */
  timeZone: string;
}

const STATUS_RANK = { ACTIVE: 0, DRAFT: 1, CLOSED: 2 } as const;

const SELECT = {
  id: true,
  locale: true,
  memberships: {
    where: { status: "ACTIVE" as const },
    select: { cohort: { select: { defaultLocale: true, timeZone: true, status: true, startsOn: true } } },
  },
};

type Row = {
  id: string;
  locale: string | null;
  memberships: {
    cohort: { defaultLocale: string | null; timeZone: string; status: keyof typeof STATUS_RANK; startsOn: Date };
  }[];
};

function fromRow(row: Row): PersonLocale {
  const cohorts = row.memberships
    .map((m) => m.cohort)
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.startsOn.getTime() - a.startsOn.getTime());
  const cohortDefault = cohorts.find((c) => c.defaultLocale)?.defaultLocale ?? null;
  return {
    own: row.locale,
    cohortDefault,
    preferred: row.locale ?? cohortDefault,
    timeZone: cohorts[0]?.timeZone ?? "UTC",
  };
}

export async function personLocale(db: Reader, userId: string): Promise<PersonLocale | null> {
  const row = (await db.user.findUnique({ where: { id: userId }, select: SELECT })) as Row | null;
  return row ? fromRow(row) : null;
}

/** Recipients' languages in one query: every id gets a locale (English when nothing is set). */
export async function recipientLocales(
  db: Reader,
  userIds: string[],
): Promise<Map<string, { locale: Locale; timeZone: string }>> {
  const out = new Map<string, { locale: Locale; timeZone: string }>();
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return out;
  const rows = (await db.user.findMany({ where: { id: { in: ids } }, select: SELECT })) as Row[];
  for (const row of rows) {
    const p = fromRow(row);
    out.set(row.id, { locale: chooseLocale({ person: p.own, cohort: p.cohortDefault }), timeZone: p.timeZone });
  }
  return out;
}
