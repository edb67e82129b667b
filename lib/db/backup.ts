/**
 * Backups that restore (issue 16, item 9; docs/decisions/065-backups.md).
 *  - PGlite: a tar of the data directory from PGlite's dumpDataDir(), after a CHECKPOINT and while
 *    no query or transaction runs. While the app has the directory open (only one process may),
 *    `npm run db:backup` asks the app for it: it writes a request file and sends SIGUSR2 to the
 *    pid in the lock; the app writes the dump into `<dir>-backups/` and the script moves it where
 *    asked. Otherwise the script opens the directory itself.
 *  - PostgreSQL: pg_dump --format=custom; restore with pg_restore --clean --single-transaction.
 *    The password goes to the tools through PGPASSWORD, never on a command line.
 * A restore of PGlite refuses while the app runs, and keeps the old directory beside the new one.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { env } from "../env";
import { lockDirectory, ownerAlive, parseLock } from "./client";
import type { SqlRunner } from "./migrate";
import type { DbTarget } from "./target";

const run = promisify(execFile);

/** A consistent dump of an open PGlite: checkpoint, then the tar while nothing else runs. */
export async function dumpOpenPglite(pglite: PGlite): Promise<Blob> {
  await pglite.exec("CHECKPOINT");
  const p = pglite as unknown as {
    _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T>;
    _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T>;
  };
  return p._runExclusiveTransaction(() => p._runExclusiveQuery(() => pglite.dumpDataDir("gzip")));
}

const requestFile = (dir: string) => `${dir}.backup-request`;
const backupsDir = (dir: string) => `${dir}-backups`;

/** In the process that holds the directory: answer backup requests (SIGUSR2). */
export function serveBackupRequests(dir: string, pglite: () => PGlite | null) {
  const g = globalThis as unknown as { __duomentorBackupServer?: boolean };
  if (g.__duomentorBackupServer) return;
  g.__duomentorBackupServer = true;
  process.on("SIGUSR2", () => {
    void (async () => {
      let name = "";
      try {
        const req = JSON.parse(fs.readFileSync(requestFile(dir), "utf8")) as { name?: string };
        name = String(req.name ?? "").replace(/[^A-Za-z0-9._-]/g, "");
        if (!name) return;
        const db = pglite();
        if (!db) throw new Error("the database is not open");
        const blob = await dumpOpenPglite(db);
        fs.mkdirSync(backupsDir(dir), { recursive: true, mode: 0o700 });
        const out = path.join(backupsDir(dir), name);
        fs.writeFileSync(`${out}.partial`, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
        fs.renameSync(`${out}.partial`, out);
        console.log(`[backup] wrote ${path.basename(out)}`);
      } catch (e) {
        console.error(`[backup] failed: ${(e as Error).name}`);
        if (name) fs.writeFileSync(path.join(backupsDir(dir), `${name}.failed`), "");
      }
    })();
  });
}

async function waitFor(file: string, failed: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (fs.existsSync(file)) return;
    if (fs.existsSync(failed)) throw new Error("The running app could not write the backup (see its log).");
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("The running app did not answer the backup request in time.");
}

export async function backupPglite(dir: string, out: string): Promise<{ via: "app" | "direct"; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const lockText = fs.existsSync(`${dir}.lock`) ? fs.readFileSync(`${dir}.lock`, "utf8") : "";
  const owner = lockText ? parseLock(lockText) : null;
  if (owner && ownerAlive(owner)) {
    const name = `backup-${Date.now()}-${process.pid}.tar.gz`;
    fs.writeFileSync(requestFile(dir), JSON.stringify({ name }), { mode: 0o600 });
    process.kill(owner.pid, "SIGUSR2");
    const file = path.join(backupsDir(dir), name);
    try {
      await waitFor(file, `${file}.failed`, 120_000);
    } finally {
      fs.rmSync(requestFile(dir), { force: true });
    }
    fs.copyFileSync(file, out);
    fs.rmSync(file, { force: true });
    return { via: "app", bytes: fs.statSync(out).size };
  }
  if (!fs.existsSync(dir)) throw new Error(`No embedded database at ${dir}.`);
  const release = lockDirectory(dir);
  try {
    const pglite = new PGlite(dir);
    try {
      const blob = await dumpOpenPglite(pglite);
      fs.writeFileSync(out, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
    } finally {
      await pglite.close();
    }
  } finally {
    release();
  }
  return { via: "direct", bytes: fs.statSync(out).size };
}

export async function restorePglite(dir: string, file: string): Promise<{ keptOld: string | null }> {
  const release = lockDirectory(dir); // refuses while the app runs
  let keptOld: string | null = null;
  try {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      keptOld = `${dir}.before-restore-${new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15)}`;
      fs.renameSync(dir, keptOld);
    }
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    const blob = new Blob([fs.readFileSync(file)]);
    const pglite = new PGlite(dir, { loadDataDir: blob });
    try {
      await pglite.waitReady;
      await pglite.query("SELECT 1");
    } finally {
      await pglite.close();
    }
  } catch (e) {
    if (keptOld && !fs.existsSync(path.join(dir, "PG_VERSION"))) {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(keptOld, dir); // put the old one back
      keptOld = null;
    }
    throw e;
  } finally {
    release();
  }
  return { keptOld };
}

function pgConnection(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  // The tools inherit the environment (PATH, locale), plus the password, which stays off the command line.
  // eslint-disable-next-line no-restricted-properties
  const inherited = process.env;
  return { args: ["--dbname", u.toString()], env: { ...inherited, ...(password ? { PGPASSWORD: password } : {}) } };
}

function pgTool(name: "pg_dump" | "pg_restore"): string {
  const candidate = path.join(env.PG_BIN, name);
  return fs.existsSync(candidate) ? candidate : name;
}

export async function backupPostgres(url: string, out: string): Promise<{ bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const c = pgConnection(url);
  await run(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", "--file", out, ...c.args], {
    env: c.env,
  });
  return { bytes: fs.statSync(out).size };
}

export async function restorePostgres(url: string, file: string): Promise<void> {
  const c = pgConnection(url);
  await run(
    pgTool("pg_restore"),
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      ...c.args,
      file,
    ],
    { env: c.env },
  );
}

export async function backupDatabase(target: DbTarget, out: string) {
  return target.kind === "pglite"
    ? backupPglite(target.dir, out)
    : { via: "pg_dump", ...(await backupPostgres(target.url, out)) };
}

export async function restoreDatabase(target: DbTarget, file: string) {
  if (target.kind === "pglite") return restorePglite(target.dir, file);
  await restorePostgres(target.url, file);
  return { keptOld: null };
}

/** Row count and a checksum of every table: what the backup test compares, and `db:backup --verify` prints. */
export async function tableFingerprints(sql: SqlRunner): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const q = `"${name.replace(/"/g, '""')}"`;
    const [row] = await sql.query<{ rows: string | number; md5: string | null }>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${q} t`,
    );
    out[name] = { rows: Number(row.rows), md5: row.md5 ?? "" };
  }
  return out;
}
