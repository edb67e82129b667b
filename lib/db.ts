import "server-only";
import { openDb, type Db, type DbHandle } from "./db/client";
import { dbTarget } from "./db/target";

/**
 * The app's one database client, created on first use (so `next build` never opens the
 * database) and kept on globalThis (so dev hot reload never opens PGlite twice).
 * Integration tests install their own per-file database with setDbForTests().
 */
const globalForDb = globalThis as unknown as { __duomentorDb?: DbHandle; __duomentorDbHooks?: boolean };

export function dbHandle(): DbHandle {
  if (!globalForDb.__duomentorDb) {
    globalForDb.__duomentorDb = openDb(dbTarget());
    installShutdownHooks();
  }
  return globalForDb.__duomentorDb;
}

export function db(): Db {
  return dbHandle().prisma;
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
