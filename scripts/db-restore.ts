/**
 * npm run db:restore -- <file>   restores a backup made by db:backup into the configured database.
 *   PGlite: stop the app first (it refuses otherwise); the old directory is kept beside the new one.
 *   PostgreSQL: pg_restore --clean --if-exists --single-transaction (all or nothing).
 */
import { restoreDatabase } from "../lib/db/backup";
import { dbTarget } from "../lib/db/target";

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run db:restore -- <backup file>");
    process.exit(2);
  }
  const { keptOld } = await restoreDatabase(dbTarget(), file);
  console.log(`db:restore: restored ${file}${keptOld ? `; the previous data directory is kept at ${keptOld}` : ""}`);
}

main().catch((e) => {
  console.error(`db:restore failed: ${(e as Error).message}`);
  process.exit(1);
});
