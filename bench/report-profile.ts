/**
 * Where the programme report's time goes at the scale cohort: each section on its own, timed.
 *   bash scripts/with-postgres.sh npx tsx bench/report-profile.ts [--mentees=1000 --contacts=500000]
 */
import pg from "pg";
import { openDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { pgRunner } from "../lib/db/runners";
import { DEMO_EMAILS, seedDemo } from "../lib/demo/seed-demo";
import * as section from "../lib/reports/data";
import { scaleCohortSql } from "./scale-cohort";

const arg = (k: string, d: number) => Number(process.argv.find((a) => a.startsWith(`--${k}=`))?.split("=")[1] ?? d);
const SIZES = { students: arg("students", 10_000), mentees: arg("mentees", 1_000), contacts: arg("contacts", 500_000) };

async function main() {
  const base = process.env.PG_URL_BASE!;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS report_profile`);
  await admin.query(`CREATE DATABASE report_profile`);
  await admin.end();
  const url = `${base}/report_profile`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await migrate(pgRunner(client));
  const handle = openDb({ kind: "postgres", url });
  const n = new Date();
  const today = new Date(Date.UTC(n.getUTCFullYear(), n.getUTCMonth(), n.getUTCDate()));
  await seedDemo(handle.prisma, { today });
  for (const sql of scaleCohortSql(SIZES, today, DEMO_EMAILS.coordinator)) await client.query(sql);
  await client.query("ANALYZE");
  const c = (
    await client.query(
      `SELECT "startsOn"::text AS f, "endsOn"::text AS t, "timeZone" AS z FROM "Cohort" WHERE id = 'scale'`,
    )
  ).rows[0];
  const scope = { cohortId: "scale", timeZone: c.z, from: c.f, to: c.t };
  const now = new Date();
  const time = async (name: string, fn: () => Promise<unknown>) => {
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = await fn();
      const ms = performance.now() - t;
      if (i === 2) console.log(`${name.padEnd(20)} ${ms.toFixed(0).padStart(6)} ms  ${JSON.stringify(r).length} chars`);
    }
  };
  const p = handle.prisma;
  await time("reportCounts", () => section.reportCounts(p, scope, now, { sessions: true }));
  await time("complianceWeekly", () => section.complianceWeekly(p, scope, now));
  await time("surveys", () => section.surveys(p, scope, now));
  for (const [name, sql] of [
    [
      "weekly",
      `SELECT to_char(date_trunc('week', c."occurredAt" AT TIME ZONE '${c.z}'), 'YYYY-MM-DD'), c.channel, count(*) FROM "ContactLog" c WHERE c."cohortId"='scale' AND c.outcome='COMPLETED' GROUP BY 1,2`,
    ],
    [
      "perPair",
      `SELECT p.id, count(c.id) FROM "MentorPair" p LEFT JOIN "ContactLog" c ON c."pairId"=p.id WHERE p."cohortId"='scale' GROUP BY p.id`,
    ],
  ] as const) {
    const t = performance.now();
    await client.query(sql);
    console.log(`${name.padEnd(20)} ${(performance.now() - t).toFixed(0).padStart(6)} ms (alone)`);
  }
  await handle.close();
  await client.end();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
