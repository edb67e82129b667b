/**
 * People import: rows per second for a registry file of 10,000 and 50,000 rows (14 columns,
 * "First name" / "Last name" / "E-mail" headers), on PGlite (in memory) and, when
 * PG_URL_BASE is set, on PostgreSQL, through the real code path: the header mapping and the
 * chunks of the browser (lib/people/mapping.ts guessMapping, applyMapping, chunkRanges), then
 * previewImportAction and importPeopleAction for every chunk, as a coordinator (the pipeline:
 * parse, load, authorise, rule, transaction, audit). Three passes per size: the preview, the
 * import, and the same file imported again (idempotent by email: nobody added twice).
 * Prints figures; asserts nothing about time (it checks the counts).
 *
 *   npm run bench:import                          (PGlite and a throwaway PostgreSQL)
 *   NODE_ENV=test npx tsx --conditions react-server bench/import.ts [sizes…]   (PGlite only)
 * NODE_ENV=test lets the actions run as a user without a request (lib/auth/test-context.ts).
 */
import os from "node:os";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { asUser } from "../lib/auth/test-context";
import { openDb, openPglite } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { pgliteRunner, pgRunner } from "../lib/db/runners";
import { setDbForTests } from "../lib/db";
import type { DbHandle } from "../lib/db/client";
import { importPeopleAction, previewImportAction } from "../lib/people/actions";
import { applyMapping, chunkRanges, guessMapping } from "../lib/people/mapping";

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = SIZES.length ? SIZES : [10_000, 50_000];
/** as components/people/csv-import.tsx sends them */
const CHUNK_ROWS = 1000;
const CHUNK_BYTES = 900_000;

const HEADERS = [
  "Student ID",
  "First name",
  "Last name",
  "E-mail",
  "Sex",
  "Year",
  "Programme",
  "Campus",
  "International",
  "Dormitory",
  "Languages",
  "Phone",
  "Enrolled on",
  "Notes",
];

function registry(n: number, tag: string): Record<string, string>[] {
  return Array.from({ length: n }, (_, i) => ({
    "Student ID": `S${tag}${String(i).padStart(6, "0")}`,
    "First name": `Given${i}`,
    "Last name": `Family${i % 997}`,
    "E-mail": `s${i}.${tag}@registry.example.edu`,
    Sex: i % 2 ? "female" : "male",
    Year: "1",
    Programme: "Medicine (MD)",
    Campus: i % 3 ? "North" : "South",
    International: i % 10 === 0 ? "yes" : "no",
    Dormitory: i % 4 === 0 ? "yes" : "no",
    Languages: i % 10 === 0 ? "Persian; English" : "English",
    Phone: `+49 30 ${String(1_000_000 + i)}`,
    "Enrolled on": "2026-10-01",
    Notes: "imported from the registry export of the faculty office",
  }));
}

async function setUp(handle: DbHandle) {
  const db = handle.prisma;
  const now = Date.now();
  const cohort = await db.cohort.create({
    data: {
      name: `Import bench ${now}`,
      academicYear: "2027-2028",
      startsOn: new Date(now + 30 * 86_400_000),
      endsOn: new Date(now + 330 * 86_400_000),
      status: "DRAFT",
    },
    select: { id: true, name: true },
  });
  const user = await db.user.create({
    data: { email: `coordinator-${now}@bench.test`, name: "Bench Coordinator" },
    select: { id: true },
  });
  await db.membership.create({
    data: { userId: user.id, cohortId: cohort.id, role: "COORDINATOR", status: "ACTIVE" },
  });
  return { cohortId: cohort.id, userId: user.id };
}

async function pass(
  label: string,
  kind: "preview" | "import",
  who: { cohortId: string; userId: string },
  rows: Record<string, string>[],
) {
  const ranges = chunkRanges(rows, CHUNK_ROWS, CHUNK_BYTES);
  const t = performance.now();
  let added = 0;
  let slowest = 0;
  for (const [from, to] of ranges) {
    const c = performance.now();
    const input = { cohortId: who.cohortId, rows: rows.slice(from, to), offset: from };
    if (kind === "preview") {
      const r = await asUser(who.userId, () => previewImportAction(null, input));
      if (!r.ok) throw new Error(`${label}: chunk at ${from} refused: ${r.error}`);
      if (r.data.problemCount) throw new Error(`${label}: problems at ${from}`);
    } else {
      const r = await asUser(who.userId, () => importPeopleAction(null, input));
      if (!r.ok) throw new Error(`${label}: chunk at ${from} refused: ${r.error}`);
      added += r.data.newMemberships;
    }
    slowest = Math.max(slowest, performance.now() - c);
  }
  const s = (performance.now() - t) / 1000;
  console.log(
    `  ${label.padEnd(10)} ${String(rows.length).padStart(6)} rows in ${ranges.length} chunks: ${s.toFixed(1).padStart(6)} s, ${Math.round(
      rows.length / s,
    )
      .toString()
      .padStart(6)} rows/s (slowest chunk ${Math.round(slowest)} ms)`,
  );
  return added;
}

async function run(label: string, handle: DbHandle) {
  setDbForTests(handle);
  console.log(`${label}:`);
  for (const n of sizes) {
    const file = registry(n, `${n}`);
    const mapping = guessMapping(HEADERS);
    const rows = applyMapping(file, mapping);
    const bytes = Buffer.byteLength([HEADERS.join(","), ...file.map((r) => Object.values(r).join(","))].join("\n"));
    console.log(
      ` ${n} rows (a ${(bytes / 1e6).toFixed(1)} MB CSV; mapped ${Object.keys(mapping).length} of 14 columns)`,
    );
    const who = await setUp(handle);
    await pass("preview", "preview", who, rows);
    const added = await pass("import", "import", who, rows);
    const again = await pass("re-import", "import", who, rows);
    const members = await handle.prisma.membership.count({ where: { cohortId: who.cohortId, role: "MENTEE" } });
    if (added !== n || again !== 0 || members !== n)
      throw new Error(`counts: added ${added}, added again ${again}, members ${members} (expected ${n}, 0, ${n})`);
  }
}

async function main() {
  if (process.env.NODE_ENV !== "test") throw new Error("Run me with NODE_ENV=test (npm run bench:import does).");
  console.log(`Import bench, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`);
  const pglite = new PGlite();
  await pglite.waitReady;
  await migrate(pgliteRunner(pglite));
  const lite = openPglite(pglite, { kind: "pglite-memory" });
  try {
    await run("PGlite (in memory)", lite);
  } finally {
    await lite.close();
  }

  const base = process.env.PG_URL_BASE;
  if (!base) {
    console.log("PostgreSQL: skipped (run through scripts/with-postgres.sh, as npm run bench:import does)");
    return;
  }
  const name = `duomentor_bench_import_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const client = new pg.Client({ connectionString: `${base}/${name}` });
  await client.connect();
  await migrate(pgRunner(client));
  await client.end();
  const handle = openDb({ kind: "postgres", url: `${base}/${name}` });
  try {
    await run("PostgreSQL 15", handle);
  } finally {
    await handle.close();
  }
  console.log(`load average after: ${os.loadavg()[0].toFixed(1)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
