/**
 * Prepares the throwaway database the e2e server runs on (playwright.config.ts runs this
 * right before `next start`): wipes it, migrates it and seeds the demo programme.
 *  - PGlite (default): deletes the directory in PGLITE_DIR (must be an e2e directory,
 *    e.g. data/e2e-pglite); refuses while another process holds it.
 *  - DATABASE_URL=postgres://…: drops and recreates the `public` schema of that database,
 *    whose name must contain "e2e" or "test" (so it is never a real one).
 *  - E2E_EMPTY_DB=1: migrated but not seeded, a fresh install (tests/e2e/first-run.spec.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { lockDirectory, openDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { dbTarget } from "../lib/db/target";
import { seedDemo } from "../lib/demo/seed-demo";

async function main() {
  const t0 = performance.now();
  const target = dbTarget();

  if (target.kind === "pglite") {
    if (!/e2e/i.test(path.basename(target.dir))) {
      throw new Error(`e2e-db: refusing to wipe ${target.dir}; set PGLITE_DIR=data/e2e-pglite`);
    }
    const release = lockDirectory(target.dir); // throws if a server still has it open
    try {
      fs.rmSync(target.dir, { recursive: true, force: true });
    } finally {
      release();
    }
  } else {
    const name = decodeURIComponent(new URL(target.url).pathname.slice(1));
    if (!/e2e|test/i.test(name)) {
      throw new Error(`e2e-db: refusing to reset database "${name}"; its name must contain "e2e" or "test"`);
    }
  }

  const handle = openDb(target);
  try {
    if (target.kind === "postgres") {
      await handle.sql.exec(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
    }
    const { applied } = await migrate(handle.sql);
    const empty = process.env.E2E_EMPTY_DB === "1";
    const { created } = empty ? { created: false } : await seedDemo(handle.prisma, { today: new Date() });
    const where = target.kind === "pglite" ? target.dir : "PostgreSQL";
    console.log(
      `e2e-db: ${where}: ${applied.length} migration(s) applied, demo programme ` +
        `${empty ? "left out (E2E_EMPTY_DB)" : created ? "seeded" : "already there"}, in ${Math.round(performance.now() - t0)} ms`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
