/**
 * EXPLAIN ANALYZE of the cadence and meetings statements at scale (decision 102): the old and
 * the new shape of each, with the indexes of migration 20261202030136_performance_indexes and
 * without them (dropped inside a transaction that is rolled back).
 *
 *   bash scripts/with-postgres.sh npx tsx bench/explain.ts [--students=50000 --mentees=5000 --contacts=5000000]
 */
import pg from "pg";
import { migrate } from "../lib/db/migrate";
import { pgRunner } from "../lib/db/runners";
import { scaleCohortSql } from "./scale-cohort";

const args = new Map(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith("--"))
    .map((a) => a.slice(2).split("=") as [string, string]),
);
const num = (k: string, d: number) => (args.has(k) ? Number(args.get(k)) : d);
const SIZES = {
  students: num("students", 50_000),
  mentees: num("mentees", 5_000),
  contacts: num("contacts", 5_000_000),
};
const NEW_INDEXES = [
  "ContactLog_cohortId_menteeId_occurredAt_idx",
  "ContactLog_completed_mentee_time",
  "ContactLog_completed_pair_mentee_time",
  "AvailabilitySlot_cohortId_startsAt_idx",
];
const TZ = "Europe/Berlin";

const QUERIES: Record<string, { sql: string; params: unknown[] }> = {
  "compliance days, old (fan-out + string_agg DISTINCT)": {
    sql: `WITH c AS (
      SELECT c."menteeId", c."pairId", (c."occurredAt" AT TIME ZONE $1)::date AS d
      FROM "ContactLog" c WHERE c."cohortId" = $2 AND c."outcome" = 'COMPLETED'
    ), x AS (
      SELECT c."menteeId" AS mid, c.d FROM c WHERE c."menteeId" IS NOT NULL
      UNION ALL
      SELECT g."menteeId" AS mid, c.d FROM c JOIN "MenteeAssignment" g ON g."pairId" = c."pairId" WHERE c."menteeId" IS NULL
    ), agg AS (SELECT mid, string_agg(DISTINCT d::text, ',') AS days FROM x GROUP BY mid)
    SELECT a."menteeId", a."pairId", u."name", COALESCE(agg.days, '') AS days
    FROM "MenteeAssignment" a JOIN "Membership" mm ON mm.id = a."menteeId" JOIN "User" u ON u.id = mm."userId"
    LEFT JOIN agg ON agg.mid = a."menteeId" WHERE a."cohortId" = $2`,
    params: [TZ, "scale"],
  },
  "compliance days, new (distinct days per mentee and per group)": {
    sql: `WITH d AS (
      SELECT DISTINCT c."menteeId", CASE WHEN c."menteeId" IS NULL THEN c."pairId" END AS gp,
             (c."occurredAt" AT TIME ZONE $1)::date AS d
        FROM "ContactLog" c WHERE c."cohortId" = $2 AND c."outcome" = 'COMPLETED'
    ), own AS (
      SELECT "menteeId", string_agg(d::text, ',' ORDER BY d) AS days FROM d WHERE "menteeId" IS NOT NULL GROUP BY 1
    ), grp AS (
      SELECT gp, string_agg(d::text, ',' ORDER BY d) AS days FROM d WHERE gp IS NOT NULL GROUP BY 1
    )
    SELECT a."menteeId", a."pairId", u."name", own.days AS own,
           CASE WHEN row_number() OVER (PARTITION BY a."pairId" ORDER BY a."menteeId") = 1 THEN COALESCE(grp.days, '') END AS "group"
      FROM "MenteeAssignment" a JOIN "Membership" mm ON mm.id = a."menteeId" JOIN "User" u ON u.id = mm."userId"
      LEFT JOIN own ON own."menteeId" = a."menteeId" LEFT JOIN grp ON grp.gp = a."pairId"
     WHERE a."cohortId" = $2`,
    params: [TZ, "scale"],
  },
  "mentor home last contacts, old (CTE over the pair)": {
    sql: `WITH ind AS (
      SELECT "menteeId", MAX("occurredAt") AS m FROM "ContactLog"
      WHERE "cohortId" = $1 AND "pairId" = $2 AND "outcome" = 'COMPLETED' AND "menteeId" IS NOT NULL GROUP BY "menteeId"
    ), grp AS (
      SELECT "pairId", MAX("occurredAt") AS m FROM "ContactLog"
      WHERE "cohortId" = $1 AND "pairId" = $2 AND "outcome" = 'COMPLETED' AND "menteeId" IS NULL GROUP BY "pairId"
    )
    SELECT a."menteeId", a."pairId", GREATEST(ind.m, grp.m) AS "lastAt" FROM "MenteeAssignment" a
    LEFT JOIN ind ON ind."menteeId" = a."menteeId" LEFT JOIN grp ON grp."pairId" = a."pairId"
    WHERE a."cohortId" = $1 AND a."pairId" = $2`,
    params: ["scale", "sp-0"],
  },
  "mentor home last contacts, new (LATERAL max per mentee)": {
    sql: `SELECT a."menteeId", a."pairId", GREATEST(ind.m, grp.m) AS "lastAt" FROM "MenteeAssignment" a
      LEFT JOIN LATERAL (SELECT max(c."occurredAt") AS m FROM "ContactLog" c
        WHERE c."pairId" = a."pairId" AND c."menteeId" = a."menteeId" AND c."outcome" = 'COMPLETED' AND c."cohortId" = $1) ind ON true
      LEFT JOIN LATERAL (SELECT max(c."occurredAt") AS m FROM "ContactLog" c
        WHERE c."pairId" = a."pairId" AND c."menteeId" IS NULL AND c."outcome" = 'COMPLETED' AND c."cohortId" = $1) grp ON true
     WHERE a."cohortId" = $1 AND a."pairId" = $2`,
    params: ["scale", "sp-0"],
  },
  "meetings by pair and week, old (CTE over every booking)": {
    sql: `WITH b AS (
      SELECT "slotId", count(*) FILTER (WHERE status = 'BOOKED') AS booked, count(*) FILTER (WHERE status = 'ATTENDED') AS attended,
             count(*) FILTER (WHERE status = 'NO_SHOW') AS "noShow", count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled
        FROM "Booking" GROUP BY "slotId")
    SELECT p.id, p.label, to_char(date_trunc('week', sl."startsAt" AT TIME ZONE $1), 'YYYY-MM-DD') AS week,
           count(*), sum(sl.capacity), COALESCE(sum(b.booked), 0), COALESCE(sum(b.attended), 0), COALESCE(sum(b."noShow"), 0), COALESCE(sum(b.cancelled), 0)
      FROM "AvailabilitySlot" sl JOIN "MentorPair" p ON p.id = sl."pairId" LEFT JOIN b ON b."slotId" = sl.id
     WHERE sl."cohortId" = $2 AND sl."cancelledAt" IS NULL AND sl."startsAt" >= now() - interval '28 days' AND sl."startsAt" < now() + interval '28 days'
     GROUP BY p.id, p.label, 3 ORDER BY 3, p.label`,
    params: [TZ, "scale"],
  },
  "meetings by pair and week, new (LATERAL per slot in the window)": {
    sql: `SELECT p.id, p.label, to_char(date_trunc('week', sl."startsAt" AT TIME ZONE $1), 'YYYY-MM-DD') AS week,
           count(*), sum(sl.capacity), COALESCE(sum(b.booked), 0), COALESCE(sum(b.attended), 0), COALESCE(sum(b."noShow"), 0), COALESCE(sum(b.cancelled), 0)
      FROM "AvailabilitySlot" sl JOIN "MentorPair" p ON p.id = sl."pairId"
      LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE bk.status = 'BOOKED') AS booked, count(*) FILTER (WHERE bk.status = 'ATTENDED') AS attended,
             count(*) FILTER (WHERE bk.status = 'NO_SHOW') AS "noShow", count(*) FILTER (WHERE bk.status = 'CANCELLED') AS cancelled
        FROM "Booking" bk WHERE bk."slotId" = sl.id) b ON true
     WHERE sl."cohortId" = $2 AND sl."cancelledAt" IS NULL AND sl."startsAt" >= now() - interval '28 days' AND sl."startsAt" < now() + interval '28 days'
     GROUP BY p.id, p.label, 3 ORDER BY 3, p.label`,
    params: [TZ, "scale"],
  },
};

async function explain(client: pg.Client, sql: string, params: unknown[]) {
  const { rows } = await client.query<{ "QUERY PLAN": { "Execution Time": number; Plan: { "Node Type": string } }[] }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
    params,
  );
  return rows[0]["QUERY PLAN"][0]["Execution Time"];
}

async function main() {
  const base = process.env.PG_URL_BASE;
  if (!base) throw new Error("Run me with bash scripts/with-postgres.sh npx tsx bench/explain.ts");
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE duomentor_explain`);
  await admin.end();
  const client = new pg.Client({ connectionString: `${base}/duomentor_explain` });
  await client.connect();
  await migrate(pgRunner(client));
  const today = new Date(new Date().toISOString().slice(0, 10));
  let t = performance.now();
  for (const sql of scaleCohortSql(SIZES, today, "nobody@bench.test")) {
    await client.query(sql);
    const label = sql.trim().split(/\s+/).slice(0, 3).join(" ");
    console.log(`  ${label.padEnd(40)} ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
  }
  console.log(`scale ${JSON.stringify(SIZES)}\n`);
  for (const [label, q] of Object.entries(QUERIES)) {
    await explain(client, q.sql, q.params); // warm the cache
    const withIdx = await explain(client, q.sql, q.params);
    await client.query("BEGIN");
    for (const i of NEW_INDEXES) await client.query(`DROP INDEX "${i}"`);
    const without = await explain(client, q.sql, q.params);
    await client.query("ROLLBACK");
    console.log(
      `${label.padEnd(66)} with the new indexes ${withIdx.toFixed(1).padStart(9)} ms   without ${without.toFixed(1).padStart(9)} ms`,
    );
  }
  await client.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
