/**
 * npm run db:migrate: applies the committed migrations to the configured database
 * (embedded PGlite by default, PostgreSQL with DATABASE_URL). Idempotent.
 *   --reset  (PGlite only) delete the embedded database first
 */
import fs from "node:fs";
import { openDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { dbTarget } from "../lib/db/target";

async function main() {
  const target = dbTarget();
  if (process.argv.includes("--reset")) {
    if (target.kind !== "pglite") throw new Error("--reset only deletes the embedded database");
    fs.rmSync(target.dir, { recursive: true, force: true });
  }
  const where = target.kind === "pglite" ? `embedded database ${target.dir}` : "PostgreSQL";
  const handle = openDb(target);
  try {
    const t0 = performance.now();
    const { applied } = await migrate(handle.sql, { log: (l) => console.log(`  ${l}`) });
    const ms = Math.round(performance.now() - t0);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to the ${where} in ${ms} ms.`
        : `The ${where} is up to date.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
