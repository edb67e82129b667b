/**
 * Opens the database a process uses: embedded PGlite (with a lock file, so a second process
 * gets a clear error instead of a corrupted directory) or PostgreSQL through a pool.
 * lib/db.ts keeps the app's one instance; scripts and tests call openDb() directly.
 */
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Pool } from "pg";
import { PrismaClient } from "../../generated/prisma/client";
import { env } from "../env";
import type { DbTarget } from "./target";
import { pgliteRunner } from "./runners";
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
  close(): Promise<void>;
}

export class DatabaseLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database at ${dir} is in use by another process (pid ${pid}). ` +
        `PGlite allows one process per directory: stop that process first, or set ` +
        `DATABASE_URL to a PostgreSQL server to run several.`,
    );
    this.name = "DatabaseLockedError";
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes `<dir>.lock` atomically; a lock left by a dead process is taken over. */
export function lockDirectory(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(fs.readFileSync(lockPath, "utf8").trim());
      if (pid && pid !== process.pid && pidAlive(pid)) throw new DatabaseLockedError(dir, pid);
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone
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
