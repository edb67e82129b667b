/**
 * Stands in for the running app in the backup test: holds a PGlite directory (with its lock) and
 * answers backup requests as lib/db.ts does in the app.   tsx tests/helpers/hold-pglite.ts <dir>
 */
import { serveBackupRequests } from "../../lib/db/backup";
import { openDb } from "../../lib/db/client";

const dir = process.argv[2];
const handle = openDb({ kind: "pglite", dir });
await handle.sql.query("SELECT 1");
serveBackupRequests(dir, () => handle.pglite ?? null);
console.log("ready");
const alive = setInterval(() => {}, 60_000); // like a server: stay up until told to stop
process.on("SIGTERM", () => {
  clearInterval(alive);
  void handle.close().then(() => process.exit(0));
});
