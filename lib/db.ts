import "server-only";
import { serveBackupRequests } from "./db/backup";
import { openDb, type Db, type DbHandle } from "./db/client";
import { dbTarget } from "./db/target";

/**
 * The app's one database client, created on first use (so `next build` never opens the
 * database) and kept on globalThis (so dev hot reload never opens PGlite twice).
 * Integration tests install their own per-file database with setDbForTests().
 *
 * While the database cannot be opened (another process holds the PGlite directory, PostgreSQL is
 * down), the state is "unavailable": the proxy answers every request with a plain 503 page and
 * /api/health says `db: unavailable`; the error itself (it names the directory and a pid) goes to
 * the server's log only, once per change. The scheduler started by instrumentation.ts retries.
 */
export type DbState = { status: "ok" | "unavailable" | "unknown"; since: number };

const globalForDb = globalThis as unknown as {
  __duomentorDb?: DbHandle;
  __duomentorDbHooks?: boolean;
  __duomentorDbState?: DbState;
  __duomentorDbLastTry?: number;
};

export class DatabaseUnavailableError extends Error {
  constructor() {
    super("The database is unavailable.");
    this.name = "DatabaseUnavailableError";
  }
}

/** Between two attempts to open an unavailable database, at least this long. */
const RETRY_MS = 2000;

function setState(status: DbState["status"], error?: unknown) {
  const before = globalForDb.__duomentorDbState?.status;
  globalForDb.__duomentorDbState = { status, since: Date.now() };
  if (status === before) return;
  if (status === "unavailable") {
    const e = error as Error | undefined;
    console.error(`[db] cannot open the database: ${e?.name ?? "Error"}: ${e?.message ?? ""}`);
  } else if (status === "ok" && before === "unavailable") console.log("[db] the database is available again");
}

export function databaseState(): DbState {
  return globalForDb.__duomentorDbState ?? { status: "unknown", since: Date.now() };
}

export function dbHandle(): DbHandle {
  if (!globalForDb.__duomentorDb) {
    const last = globalForDb.__duomentorDbLastTry ?? 0;
    if (databaseState().status === "unavailable" && Date.now() - last < RETRY_MS) throw new DatabaseUnavailableError();
    globalForDb.__duomentorDbLastTry = Date.now();
    try {
      globalForDb.__duomentorDb = openDb(dbTarget());
    } catch (e) {
      setState("unavailable", e);
      throw new DatabaseUnavailableError();
    }
    installShutdownHooks();
    const target = globalForDb.__duomentorDb.target;
    // `npm run db:backup` asks this process for a dump while it holds the directory.
    if (target.kind === "pglite") serveBackupRequests(target.dir, () => globalForDb.__duomentorDb?.pglite ?? null);
  }
  return globalForDb.__duomentorDb;
}

export function db(): Db {
  return dbHandle().prisma;
}

/** Opens the database if needed and runs one query (health check, start-up); never throws. */
export async function probeDatabase(timeoutMs = 3000): Promise<"ok" | "unavailable"> {
  try {
    const handle = dbHandle();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      handle.sql.query("SELECT 1"),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    setState("ok");
    return "ok";
  } catch (e) {
    if (!(e instanceof DatabaseUnavailableError)) setState("unavailable", e);
    return "unavailable";
  }
}

/** At start-up: open the database now, and keep trying every few seconds while it is unavailable. */
export function watchDatabase(intervalMs = 5000) {
  const g = globalThis as unknown as { __duomentorDbWatch?: NodeJS.Timeout };
  if (g.__duomentorDbWatch) return;
  const tick = () => {
    void probeDatabase().then((s) => {
      if (s === "ok") {
        clearInterval(g.__duomentorDbWatch);
      }
    });
  };
  g.__duomentorDbWatch = setInterval(tick, intervalMs);
  g.__duomentorDbWatch.unref();
  tick();
}

export function setDbForTests(handle: DbHandle | undefined) {
  globalForDb.__duomentorDb = handle;
}

function installShutdownHooks() {
  if (globalForDb.__duomentorDbHooks) return;
  globalForDb.__duomentorDbHooks = true;
  // Ctrl+C reaches every process of the group, and a parent may forward it again: repeated
  // signals while closing are ignored, so PGlite always finishes closing before the exit.
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    const handle = globalForDb.__duomentorDb;
    globalForDb.__duomentorDb = undefined;
    void (handle?.close() ?? Promise.resolve()).finally(() => {
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

export type { Db };
