/**
 * npm run db:backup -- [file]    a consistent backup of the configured database
 *   PGlite: a .tar.gz of the data directory (asks the running app for it when it has the
 *   directory open); PostgreSQL: pg_dump's custom format. Default file: backups/duomentor-<time>.<ext>
 * npm run db:restore -- <file>   (scripts/db-restore.ts)
 */
import path from "node:path";
import { backupDatabase } from "../lib/db/backup";
import { dbTarget } from "../lib/db/target";

async function main() {
  const target = dbTarget();
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
  const out =
    process.argv[2] ?? path.join("backups", `duomentor-${stamp}.${target.kind === "pglite" ? "tar.gz" : "pgdump"}`);
  const result = await backupDatabase(target, out);
  console.log(`db:backup: wrote ${out} (${Math.round(result.bytes / 1024)} KiB, via ${result.via})`);
}

main().catch((e) => {
  console.error(`db:backup failed: ${(e as Error).message}`);
  process.exit(1);
});
