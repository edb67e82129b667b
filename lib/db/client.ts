/**
 * Opens the database a process uses: embedded PGlite (with a lock file, so a second process
 * gets a clear error instead of a corrupted directory) or PostgreSQL through a pool.
 * lib/db.ts keeps the app's one instance; scripts and tests call openDb() directly.
 */
import fs from "node:fs";
import os from "node:os";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Pool } from "pg";
import { PrismaClient } from "../../generated/prisma/client";
import { env } from "../env";
import type { DbTarget } from "./target";
import { pgRunner, pgliteRunner } from "./runners";
import type { SqlRunner } from "./migrate";

/** Secret columns never leave the database unless a query asks for them by name. */
const omit = { user: { passwordHash: true, calendarTokenHash: true } } as const;

export function createPrisma(adapter: PrismaPGlite | PrismaPg) {
  return new PrismaClient({ adapter, omit });
}
export type Db = ReturnType<typeof createPrisma>;

export interface DbHandle {
  prisma: Db;
  target: DbTarget | { kind: "pglite-memory" };
  /** Direct SQL (migrations, test set-up); PGlite instance or a pool-backed runner. */
  sql: SqlRunner;
  /** the embedded instance (backups: lib/db/backup.ts) */
  pglite?: PGlite;
  close(): Promise<void>;
}

export class DatabaseLockedError extends Error {
  constructor(dir: string, pid: number) {
    // For the server's log only: a path and a pid are never shown to a person (lib/db.ts).
    super(
      `The embedded database at ${dir} is in use by another process (pid ${pid}). ` +
        `PGlite allows one process per directory: stop that process first, or set ` +
        `DATABASE_URL to a PostgreSQL server to run several.`,
    );
    this.name = "DatabaseLockedError";
  }
}

/**
 * Who holds a lock: the pid AND that process's start time (and the boot), so a pid reused after a
 * crash or a restart by an unrelated process is not taken for the owner (issue 16, item 7).
 */
export interface LockOwner {
  pid: number;
  /** /proc/<pid>/stat field 22 (clock ticks since boot); null where /proc is missing */
  start: string | null;
  boot: string | null;
  host: string;
}

function readProc(path: string): string | null {
  try {
    return fs.readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** A process's start time, or null (no /proc, or no such process). */
export function processStartTime(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[19] ?? null; // field 22 overall
}

function bootId(): string | null {
  return readProc("/proc/sys/kernel/random/boot_id")?.trim() ?? null;
}

export function currentLockOwner(): LockOwner {
  return { pid: process.pid, start: processStartTime(process.pid), boot: bootId(), host: os.hostname() };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The lock file's owner: JSON, or a bare pid (locks written before this format). */
export function parseLock(text: string): LockOwner | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return { pid: Number(t), start: null, boot: null, host: os.hostname() };
  try {
    const v = JSON.parse(t) as Partial<LockOwner>;
    return typeof v.pid === "number"
      ? { pid: v.pid, start: v.start ?? null, boot: v.boot ?? null, host: v.host ?? os.hostname() }
      : null;
  } catch {
    return null;
  }
}

/** Is the lock's owner still running? A live pid with another start time is someone else. */
export function ownerAlive(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true; // another machine: cannot tell, so assume it is
  if (owner.boot && bootId() && owner.boot !== bootId()) return false; // the machine restarted since
  if (owner.pid === process.pid && owner.start === processStartTime(process.pid)) return false; // our own leftover
  if (!pidAlive(owner.pid)) return false;
  const start = processStartTime(owner.pid);
  if (owner.start && start) return owner.start === start;
  if (!owner.start && start) {
    // An old-format lock: only a Node.js process can be its owner.
    return /node|next|tsx/.test(readProc(`/proc/${owner.pid}/cmdline`) ?? "");
  }
  return true; // no /proc: the pid is all we have
}

/** Takes `<dir>.lock` atomically; a lock left by a dead process (or a reused pid) is taken over. */
export function lockDirectory(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  const me = JSON.stringify(currentLockOwner());
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, me);
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, "utf8") === me) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let text = "";
      try {
        text = fs.readFileSync(lockPath, "utf8");
      } catch {
        continue; // removed meanwhile: try again
      }
      const owner = parseLock(text);
      if (owner && ownerAlive(owner)) throw new DatabaseLockedError(dir, owner.pid);
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone (or is someone else now)
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

export function openPglite(pglite: PGlite, target: DbHandle["target"], release = () => {}): DbHandle {
  const prisma = createPrisma(new PrismaPGlite(pglite));
  let closed = false;
  return {
    prisma,
    target,
    pglite,
    sql: pgliteRunner(pglite),
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

/** Opens the target synchronously (PGlite queues queries until it is ready). */
export function openDb(target: DbTarget): DbHandle {
  if (target.kind === "postgres") {
    const pool = new Pool({ connectionString: target.url, max: env.DB_POOL_MAX });
    const prisma = createPrisma(new PrismaPg(pool));
    let closed = false;
    return {
      prisma,
      target,
      sql: {
        async exec(sql) {
          await pool.query(sql);
        },
        async query<T>(sql: string, params: unknown[] = []) {
          return (await pool.query(sql, params)).rows as T[];
        },
        async session(fn) {
          const client = await pool.connect();
          try {
            return await fn(pgRunner(client));
          } finally {
            client.release();
          }
        },
      },
      async close() {
        if (closed) return;
        closed = true;
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const release = lockDirectory(target.dir);
  try {
    return openPglite(new PGlite(target.dir), target, release);
  } catch (e) {
    release();
    throw e;
  }
}
